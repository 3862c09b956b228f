/**
 * Certificates and kubeconfigs for the cluster, made with openssl: one CA, the API server's
 * serving certificate, a client certificate per component (with the user and group that
 * Kubernetes' bootstrap RBAC expects), and the service-account signing key.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exec } from '../lib/exec';
import { net, paths } from './config';

const pki = (name: string) => join(paths.pki, name);

/** Client identities: the subject's CN is the user, O the group. */
export const clients = {
  admin: '/O=system:masters/CN=kubernetes-admin',
  'kube-controller-manager': '/CN=system:kube-controller-manager',
  'kube-scheduler': '/CN=system:kube-scheduler',
  kubelet: `/O=system:nodes/CN=system:node:${net.nodeName}`,
  'kube-proxy': '/CN=system:kube-proxy',
  'apiserver-kubelet-client': '/O=system:masters/CN=kube-apiserver-kubelet-client',
} as const;
export type Client = keyof typeof clients;

const openssl = (...args: string[]) => exec(['openssl', ...args]);

async function keyAndCert(name: string, subject: string, extensions: string): Promise<void> {
  await openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', pki(`${name}.key`));
  await openssl('req', '-new', '-key', pki(`${name}.key`), '-subj', subject, '-out', pki(`${name}.csr`));
  await writeFile(pki(`${name}.ext`), extensions);
  await openssl(
    'x509', '-req', '-in', pki(`${name}.csr`), '-CA', pki('ca.crt'), '-CAkey', pki('ca.key'), '-CAcreateserial',
    '-days', '30', '-extfile', pki(`${name}.ext`), '-out', pki(`${name}.crt`),
  );
}

export async function createPki(): Promise<void> {
  await mkdir(paths.pki, { recursive: true });
  await openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', pki('ca.key'));
  await openssl('req', '-x509', '-new', '-key', pki('ca.key'), '-subj', '/CN=multi-container-pod-ca', '-days', '30', '-out', pki('ca.crt'));
  const sans = [
    'DNS:kubernetes', 'DNS:kubernetes.default', 'DNS:kubernetes.default.svc', 'DNS:kubernetes.default.svc.cluster.local',
    'DNS:localhost', `DNS:${net.nodeName}`, 'IP:127.0.0.1', `IP:${net.nodeIP}`, `IP:${net.apiServiceIP}`,
  ];
  const serving = `keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${sans.join(',')}\n`;
  await keyAndCert('apiserver', '/CN=kube-apiserver', serving);
  const kubeletSans = `subjectAltName=DNS:${net.nodeName},IP:${net.nodeIP},IP:127.0.0.1\n`;
  await keyAndCert('kubelet-serving', `/CN=${net.nodeName}`, serving.replace(/subjectAltName=.*\n/, kubeletSans));
  const client = 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n';
  for (const [name, subject] of Object.entries(clients)) await keyAndCert(name, subject, client);
  await openssl('genrsa', '-out', pki('sa.key'), '2048');
  await openssl('rsa', '-in', pki('sa.key'), '-pubout', '-out', pki('sa.pub'));
  for (const name of Object.keys(clients) as Client[]) {
    await writeFile(kubeconfigPath(name), kubeconfig(name));
  }
}

export const kubeconfigPath = (client: Client) => (client === 'admin' ? paths.kubeconfig : pki(`${client}.kubeconfig`));

/** A kubeconfig with file references, so it stays valid as long as the state folder does. */
function kubeconfig(client: Client): string {
  return `apiVersion: v1
kind: Config
clusters:
- name: multi-container-pod
  cluster:
    certificate-authority: ${pki('ca.crt')}
    server: https://127.0.0.1:${net.apiPort}
users:
- name: ${client}
  user:
    client-certificate: ${pki(`${client}.crt`)}
    client-key: ${pki(`${client}.key`)}
contexts:
- name: multi-container-pod
  context:
    cluster: multi-container-pod
    user: ${client}
current-context: multi-container-pod
`;
}

export { pki };
