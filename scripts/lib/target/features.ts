/**
 * Preflight for the one cluster feature labs depend on: native sidecars (restartable init
 * containers, KEP-753: an init container with `restartPolicy: Always`). The `SidecarContainers`
 * feature gate is alpha and off by default in v1.28, beta and on from v1.29, GA in v1.33
 * (Kubernetes' feature-gates reference). With the gate off, the API server drops the field
 * (the Pod strategy's dropDisabledFields), so the version alone cannot tell: the probe is a
 * server-side dry run that shows whether the field survives.
 */
import { parseAllDocuments } from 'yaml';
import { UserError } from '../output/errors';
import type { Kubectl } from './kubectl';
import type { LabLang } from '../labs/lab-text';
import type { LoadedLab } from '../labs/labs';
import { messages } from '../output/messages';

/** What a lab asks of the cluster: native sidecars on, off, or nothing. */
export type SidecarNeed = 'on' | 'off' | undefined;

type Container = { restartPolicy?: string };
type PodSpecLike = { initContainers?: Container[] };
type Doc = { spec?: PodSpecLike & { template?: { spec?: PodSpecLike } } };

/**
 * True when a manifest set puts `restartPolicy: Always` on an init container of a Pod or of a
 * Pod template (Job, Deployment, …). Input: file name → YAML text (a lab's manifests).
 */
export function usesNativeSidecars(manifests: Map<string, string>): boolean {
  for (const text of manifests.values()) {
    for (const doc of parseAllDocuments(text)) {
      const d = doc.toJS() as Doc | null;
      const specs = [d?.spec, d?.spec?.template?.spec];
      if (specs.some((s) => s?.initContainers?.some((c) => c.restartPolicy === 'Always'))) return true;
    }
  }
  return false;
}

/** The need of a lab run: `off` when the lab says so (lab.ts `cluster`), `on` when its manifests use sidecars. */
export function sidecarNeed(lab: LoadedLab, manifests: Map<string, string>): SidecarNeed {
  if (lab.lab.cluster?.nativeSidecars === false) return 'off';
  return usesNativeSidecars(manifests) ? 'on' : undefined;
}

/** A Pod with one restartable init container; a dry run creates nothing and pulls nothing. */
const probePod = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'native-sidecar-probe' },
  spec: {
    initContainers: [{ name: 'sidecar', image: 'busybox:1.36', restartPolicy: 'Always' }],
    containers: [{ name: 'app', image: 'busybox:1.36' }],
  },
});

/**
 * Whether the cluster keeps `restartPolicy: Always` on an init container: a server-side dry run
 * (`kubectl create --dry-run=server`) of a probe Pod in `namespace`, read back as JSON.
 * Returns `supported` and a one-phrase reason in `lang`. Throws the kubectl error when the dry
 * run itself fails (no permission to create Pods there, for example).
 */
export async function probeNativeSidecars(kubectl: Kubectl, namespace: string, lang?: LabLang): Promise<{ supported: boolean; why: string }> {
  const r = await kubectl.run(['create', '--dry-run=server', '-n', namespace, '-o', 'json', '-f', '-'], { input: probePod });
  const pod = JSON.parse(r.stdout) as { spec?: PodSpecLike };
  const supported = pod.spec?.initContainers?.[0]?.restartPolicy === 'Always';
  const m = messages(lang).nativeSidecars;
  return { supported, why: supported ? m.kept : m.dropped };
}

/**
 * Fails in one line when a lab asks for native sidecars the cluster lacks, or for a cluster
 * without them when it has them; does nothing when no lab asks. `runs` pairs each lab name
 * with its need; the probe runs in `namespace` (one that exists: the runner uses `default`).
 */
export async function requireSidecarSupport(
  kubectl: Kubectl,
  target: { context: string; serverVersion: string; dedicated?: boolean },
  runs: { name: string; need: SidecarNeed }[],
  namespace: string,
  lang?: LabLang,
): Promise<void> {
  if (!runs.some((r) => r.need !== undefined)) return;
  const { supported, why } = await probeNativeSidecars(kubectl, namespace, lang);
  const m = messages(lang).nativeSidecars;
  const want = supported ? 'off' : 'on';
  const blocked = runs.filter((r) => r.need === want).map((r) => r.name);
  if (blocked.length === 0) return;
  if (!supported) throw new UserError(m.missing(target.context, target.serverVersion, why, blocked));
  throw new UserError(target.dedicated ? m.presentOnKind(target.serverVersion, blocked) : m.present(target.context, target.serverVersion, blocked));
}
