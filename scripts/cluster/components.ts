/**
 * How each component of the cluster is started: its config files and its flags, after
 * Kubernetes' hack/local-up-cluster.sh, trimmed to one node and certificate-based auth.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bin } from './build';
import { cgroupRoot, cluster, featureGatesFlag, infraImages, net, paths, stateDir } from './config';
import { kubeconfigPath, pki, type Client } from './pki';

export interface Component {
  name: string;
  /** Writes the component's config files and returns its command line. */
  prepare: () => Promise<string[]>;
}

const dir = (name: string) => join(stateDir, name);

/** `--feature-gates=…` for the components that take it as a flag; none when no gate is set. */
const gateFlags = featureGatesFlag ? [`--feature-gates=${featureGatesFlag}`] : [];

/** The minor version of the selected release (1.34.0 → 34), for settings that a release lacks. */
const minor = Number(cluster.kubernetes.split('.')[1]);

/** A control-plane component talks to the API server, and checks its own callers, as `client`. */
const clientFlags = (client: Client) =>
  ['--kubeconfig', '--authentication-kubeconfig', '--authorization-kubeconfig'].map((f) => `${f}=${kubeconfigPath(client)}`);

const containerd: Component = {
  name: 'containerd',
  async prepare() {
    const config = join(dir('containerd'), 'config.toml');
    await mkdir(dir('containerd'), { recursive: true });
    await mkdir(join(dir('cni'), 'net.d'), { recursive: true });
    await writeFile(
      config,
      `version = 2
root = "${join(dir('containerd'), 'root')}"
state = "${join(dir('containerd'), 'state')}"
[grpc]
  address = "${paths.containerdSocket}"
[ttrpc]
  address = "${paths.containerdSocket}.ttrpc"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "${infraImages.pause}"
  # This machine withholds CAP_SYS_RESOURCE even from root, so a negative oom_score_adj (the
  # kubelet asks -998 for Pod sandboxes) fails in runc; clamp it to containerd's own score.
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        # The kubelet runs with the cgroupfs driver; runc must agree.
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "${join(dir('cni'), 'net.d')}"
`,
    );
    await writeFile(
      join(dir('cni'), 'net.d', '10-lab.conflist'),
      JSON.stringify(
        {
          cniVersion: '0.4.0',
          name: 'lab',
          plugins: [
            {
              type: 'bridge',
              bridge: net.bridge,
              isGateway: true,
              // Nothing leaves this machine, so no masquerading (and no rules to clean up).
              ipMasq: false,
              // A Pod reaching itself through its own Service.
              hairpinMode: true,
              ipam: {
                type: 'host-local',
                ranges: [[{ subnet: net.podCIDR }]],
                routes: [{ dst: '0.0.0.0/0' }],
                dataDir: join(dir('cni'), 'ipam'),
              },
            },
            { type: 'portmap', capabilities: { portMappings: true } },
          ],
        },
        null,
        2,
      ),
    );
    return ['containerd', '--config', config];
  },
};

const etcd: Component = {
  name: 'etcd',
  async prepare() {
    return [
      bin('etcd'),
      '--name=lab',
      `--data-dir=${dir('etcd')}`,
      '--listen-client-urls=http://127.0.0.1:2379',
      '--advertise-client-urls=http://127.0.0.1:2379',
      '--listen-peer-urls=http://127.0.0.1:2380',
      '--initial-advertise-peer-urls=http://127.0.0.1:2380',
      '--initial-cluster=lab=http://127.0.0.1:2380',
      // A throwaway test cluster: no fsync makes it much faster on a busy disk.
      '--unsafe-no-fsync',
      '--log-level=warn',
    ];
  },
};

const apiserver: Component = {
  name: 'kube-apiserver',
  async prepare() {
    return [
      bin('kube-apiserver'),
      '--etcd-servers=http://127.0.0.1:2379',
      `--advertise-address=${net.nodeIP}`,
      `--secure-port=${net.apiPort}`,
      `--service-cluster-ip-range=${net.serviceCIDR}`,
      `--tls-cert-file=${pki('apiserver.crt')}`,
      `--tls-private-key-file=${pki('apiserver.key')}`,
      `--client-ca-file=${pki('ca.crt')}`,
      `--kubelet-client-certificate=${pki('apiserver-kubelet-client.crt')}`,
      `--kubelet-client-key=${pki('apiserver-kubelet-client.key')}`,
      `--kubelet-certificate-authority=${pki('ca.crt')}`,
      `--service-account-key-file=${pki('sa.pub')}`,
      `--service-account-signing-key-file=${pki('sa.key')}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      '--authorization-mode=Node,RBAC',
      '--allow-privileged=true',
      // The node's hostname is not in any DNS: reach the kubelet by its address.
      '--kubelet-preferred-address-types=InternalIP',
      '--enable-priority-and-fairness=false',
      ...gateFlags,
      '--v=1',
    ];
  },
};

const controllerManager: Component = {
  name: 'kube-controller-manager',
  async prepare() {
    return [
      bin('kube-controller-manager'),
      ...clientFlags('kube-controller-manager'),
      `--service-account-private-key-file=${pki('sa.key')}`,
      `--root-ca-file=${pki('ca.crt')}`,
      `--cluster-signing-cert-file=${pki('ca.crt')}`,
      `--cluster-signing-key-file=${pki('ca.key')}`,
      '--use-service-account-credentials=true',
      `--service-cluster-ip-range=${net.serviceCIDR}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      ...gateFlags,
      '--v=1',
    ];
  },
};

const scheduler: Component = {
  name: 'kube-scheduler',
  async prepare() {
    return [
      bin('kube-scheduler'),
      ...clientFlags('kube-scheduler'),
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      ...gateFlags,
      '--v=1',
    ];
  },
};

const kubelet: Component = {
  name: 'kubelet',
  async prepare() {
    const config = join(dir('kubelet'), 'config.yaml');
    await mkdir(dir('kubelet'), { recursive: true });
    await writeFile(
      config,
      `apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous:
    enabled: false
  webhook:
    enabled: true
  x509:
    clientCAFile: ${pki('ca.crt')}
authorization:
  mode: Webhook
tlsCertFile: ${pki('kubelet-serving.crt')}
tlsPrivateKeyFile: ${pki('kubelet-serving.key')}
cgroupDriver: cgroupfs
${cgroupRoot === '/' ? '' : `cgroupRoot: ${cgroupRoot}\n`}${minor >= 31 ? '# These machines mount cgroup v1 controllers (cgroup2 beside them); the field exists from 1.31.\nfailCgroupV1: false\n' : ''}${
  featureGatesFlag ? `featureGates:\n${Object.entries(cluster.featureGates).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n` : ''
}failSwapOn: false
containerRuntimeEndpoint: unix://${paths.containerdSocket}
clusterDNS: [${net.dnsServiceIP}]
clusterDomain: cluster.local
podCIDR: ${net.podCIDR}
# Container logs stay in the state folder too, so that cluster:down removes them.
podLogsDir: ${join(dir('kubelet'), 'pod-logs')}
# Images are imported, never pulled: never let image GC remove them, never evict for disk.
imageGCHighThresholdPercent: 100
evictionHard:
  memory.available: 100Mi
  nodefs.available: 1%
  imagefs.available: 1%
serializeImagePulls: false
# Faster feedback for labs: Pod status reaches the API sooner.
syncFrequency: 10s
fileCheckFrequency: 10s
`,
    );
    return [
      bin('kubelet'),
      `--config=${config}`,
      `--kubeconfig=${kubeconfigPath('kubelet')}`,
      `--root-dir=${join(dir('kubelet'), 'root')}`,
      `--hostname-override=${net.nodeName}`,
      `--node-ip=${net.nodeIP}`,
      '--v=1',
    ];
  },
};

const kubeProxy: Component = {
  name: 'kube-proxy',
  async prepare() {
    return [
      bin('kube-proxy'),
      `--kubeconfig=${kubeconfigPath('kube-proxy')}`,
      `--hostname-override=${net.nodeName}`,
      `--cluster-cidr=${net.clusterCIDR}`,
      '--proxy-mode=iptables',
      // Leave the host's conntrack table size alone.
      '--conntrack-max-per-core=0',
      ...gateFlags,
      '--v=1',
    ];
  },
};

/** In start order. */
export const components = { containerd, etcd, apiserver, controllerManager, scheduler, kubelet, kubeProxy };
