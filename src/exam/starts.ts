/**
 * The exam boxes of the pattern pages ("시험에서는" / "In the exam", <KubectlStart>): the imperative
 * `kubectl run … --dry-run=client -o yaml` that writes a one-container Pod manifest to start from,
 * and the containers a reader then adds by hand. The boxes show exactly these commands and
 * containers; src/exam/starts.test.ts runs the commands with kubectl and completes their output
 * the way the boxes say, and starts.cluster.test.ts has a real API server accept the result
 * (`kubectl apply --dry-run=server`, as the box applies it). Pure and browser-safe.
 */
import { parse } from 'yaml';

export interface ExamStart {
  /** Name of the Pod and of its first container (`kubectl run NAME`). */
  pod: string;
  image: string;
  /** What the container runs: the arguments after `--` (kubectl puts them in `args`). */
  args: string[];
  /** The list of the Pod's spec that the containers typed by hand go to (appended to it). */
  field: 'containers' | 'initContainers';
  /** The containers typed by hand: a YAML sequence, as the box shows it (kubectl's indentation). */
  containers: string;
}

const coLocated: ExamStart = {
  pod: 'app',
  image: 'busybox:1.36',
  args: ['sh', '-c', 'echo app started; sleep 3600'],
  field: 'containers',
  containers: `- name: helper
  image: busybox:1.36
  command: ['sh', '-c', 'echo helper started; sleep 3600']
`,
};

const initContainers: ExamStart = {
  pod: 'app',
  image: 'busybox:1.36',
  args: ['sh', '-c', 'echo app started; sleep 3600'],
  field: 'initContainers',
  containers: `- name: wait-for-db
  image: busybox:1.36
  command: ['sh', '-c', 'until nslookup db-service; do sleep 1; done']
`,
};

const sidecarContainers: ExamStart = {
  pod: 'app',
  image: 'busybox:1.36',
  args: ['sh', '-c', 'echo app started; sleep 3600'],
  field: 'initContainers',
  containers: `- name: log-shipper
  image: busybox:1.36
  command: ['sh', '-c', 'echo log-shipper started; sleep 3600']
  restartPolicy: Always
`,
};

/** One entry per pattern page (docs/multi-container-pod/<page>.mdx and its translation). */
export const examStarts = { 'co-located': coLocated, 'init-containers': initContainers, 'sidecar-containers': sidecarContainers } as const;

/** `kubectl` arguments of the start command (without the output redirection). */
export const kubectlRunArgs = (s: ExamStart): string[] => ['run', s.pod, `--image=${s.image}`, '--dry-run=client', '-o', 'yaml', '--', ...s.args];

/** The file the box writes the manifest to. */
export const manifestFile = (s: ExamStart): string => `${s.pod}.yaml`;

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export const shellWord = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** The command line the box shows: `kubectl run … -o yaml -- … > app.yaml`. */
export const startCommand = (s: ExamStart): string => `${['kubectl', ...kubectlRunArgs(s)].map(shellWord).join(' ')} > ${manifestFile(s)}`;

/** What the box shows to add: the sequence, under its key when the spec has no such list yet. */
export const additionText = (s: ExamStart): string => (s.field === 'containers' ? s.containers : `${s.field}:\n${s.containers}`);

/** Kubernetes objects as far as completing a manifest needs them. */
interface PodManifest {
  kind: string;
  spec: Record<string, unknown> & { containers: unknown[] };
}

/** The manifest printed by the start command, completed as the box says: the containers appended to `spec.<field>`. */
export function complete(printed: string, s: ExamStart): PodManifest {
  const pod = parse(printed) as PodManifest;
  if (pod?.kind !== 'Pod') throw new Error(`kubectl run printed no Pod:\n${printed}`);
  const added = parse(s.containers) as unknown[];
  const existing = (pod.spec[s.field] as unknown[] | undefined) ?? [];
  pod.spec[s.field] = [...existing, ...added];
  return pod;
}
