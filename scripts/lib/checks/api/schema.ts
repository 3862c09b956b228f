/**
 * Check kinds about what the API server and the kubelet did with an object, rather than how a
 * running Pod looks: a manifest the server rejects, a warning it gave, a field it stored (or
 * dropped), a container killed after a delete, a Pod a ResourceQuota admitted or refused. Joined
 * into the lab schema's `checkSchema` (lab-schema.ts). Browser-safe: zod only.
 */
import { z } from 'zod';

const k8sName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a Kubernetes name (lowercase, digits, -)');
const manifestFile = z.string().regex(/^[a-z0-9][-a-z0-9.]*\.ya?ml$/, 'must be a .yaml file name inside manifests/');
/** A resource name as a ResourceQuota spells it: `requests.cpu`, `limits.memory`, `pods`. */
const quotaResource = z.string().regex(/^[a-z0-9.\-/]+$/, 'must be a quota resource name such as requests.cpu');
/** A Kubernetes quantity: `300m`, `1`, `128Mi`. */
const quantity = z.string().regex(/^\d+(\.\d+)?(m|k|Ki|M|Mi|G|Gi|T|Ti)?$/, 'must be a Kubernetes quantity such as 300m or 128Mi');
/**
 * A field of the stored Pod: dot-separated keys; `[name]` picks the list element with that
 * `name` (a container), `[0]` one by position. E.g. `spec.containers[app].restartPolicy`.
 */
const fieldPath = z.string().regex(/^[A-Za-z]\w*(\[[\w-]+\])?(\.[A-Za-z]\w*(\[[\w-]+\])?)*$/, 'must be a path like spec.containers[app].restartPolicy');

export const apiCheckSchemas = [
  // The check applies this manifest itself (with `dryRun: true`, as a server-side dry run that
  // stores nothing): the server must refuse it, and its message must contain every one of `messageIncludes`.
  z.strictObject({
    kind: z.literal('apply-rejected'),
    manifest: manifestFile,
    dryRun: z.boolean().optional(),
    messageIncludes: z.array(z.string().min(1)).min(1),
  }),
  // When a step applied this manifest, kubectl printed a warning from the server that contains `text`.
  z.strictObject({ kind: z.literal('apply-warned'), manifest: manifestFile, text: z.string().min(1) }),
  // In the Pod as the server stored it (`kubectl get pod -o json`), the field at `path` is absent
  // (its parent exists, the key does not) or has exactly this value.
  z
    .strictObject({
      kind: z.literal('stored-field'),
      pod: k8sName,
      path: fieldPath,
      absent: z.literal(true).optional(),
      equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    })
    .refine((c) => (c.absent === undefined) !== (c.equals === undefined), 'stored-field: give exactly one of absent: true or equals: <value>'),
  // After a step's `delete` of the Pod: the container ended with `exitCode` between `minSeconds`
  // and `maxSeconds` after the delete was requested (server and node timestamps, 1 s resolution).
  z.strictObject({
    kind: z.literal('killed-after-delete'),
    pod: k8sName,
    container: k8sName,
    exitCode: z.number().int(),
    minSeconds: z.number().int().nonnegative(),
    maxSeconds: z.number().int().positive(),
  }),
  // The check applies this manifest (for real) in a namespace with the ResourceQuota `quota`:
  // `admitted: false` — refused with `exceeded quota: <quota>, requested: <resource>=<requested>`;
  // `admitted: true` — created, and the quota's `status.used[resource]` grew by `requested`.
  z.strictObject({
    kind: z.literal('quota-admission'),
    manifest: manifestFile,
    quota: k8sName,
    resource: quotaResource,
    admitted: z.boolean(),
    requested: quantity,
  }),
] as const;

export const API_CHECK_KINDS = apiCheckSchemas.map((s) => s.shape.kind.value);
