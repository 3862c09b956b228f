/**
 * One kind release and one Kubernetes version everywhere a reader or CI meets them: the runner's
 * pin (scripts/lib/target/kind.ts), the README's install line, the missing-tool hint, CI's kind build
 * module and the Kubernetes version CI builds its offline node image from. A bump in one place
 * that misses another fails here, naming both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releases, versions } from '../../cluster/versions';
import { KIND_VERSION, NODE_IMAGE } from '../../lib/target/kind';
import { clusterToolsProblem, installHint } from '../../lib/target/tools';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

describe('kind and Kubernetes pins agree', () => {
  it('the node image is pinned by tag and digest', () => {
    expect(NODE_IMAGE).toMatch(/^kindest\/node:v\d+\.\d+\.\d+@sha256:[0-9a-f]{64}$/);
  });

  it('CI builds the Kubernetes version of the pinned node image', () => {
    const tag = NODE_IMAGE.match(/:v([\d.]+)@/)![1];
    expect(versions.kubernetes, `scripts/cluster/versions.ts kubernetes must equal the node image's v${tag} (scripts/lib/target/kind.ts NODE_IMAGE)`).toBe(tag);
    expect(read(`scripts/cluster/build/kubernetes/v${tag}/go.mod`)).toContain(`require k8s.io/kubernetes v${tag}\n`);
  });

  it('each Kubernetes release CI builds has its module, with etcd and CoreDNS modules of the versions it pairs', () => {
    for (const [k8s, { etcd, coredns }] of Object.entries(releases)) {
      expect(read(`scripts/cluster/build/kubernetes/v${k8s}/go.mod`)).toContain(`require k8s.io/kubernetes v${k8s}\n`);
      expect(read(`scripts/cluster/build/etcd/v${etcd}/go.mod`)).toContain(`require go.etcd.io/etcd/server/v3 v${etcd}\n`);
      expect(read(`scripts/cluster/build/coredns/v${coredns}/go.mod`)).toContain(`require github.com/coredns/coredns v${coredns}\n`);
    }
  });

  it('CI builds the kind release the runner pins', () => {
    expect(versions.kind).toBe(KIND_VERSION);
    expect(read('scripts/cluster/build/kind/go.mod')).toContain(`require sigs.k8s.io/kind v${KIND_VERSION}\n`);
  });

  it('the README and the missing-tool hints install that release', () => {
    // `go install sigs.k8s.io/kind@vX` and kind's release binaries, `https://kind.sigs.k8s.io/dl/vX/…`.
    const installs = (text: string) => [...text.matchAll(/sigs\.k8s\.io\/(?:kind@|dl\/)v([\d.]+)/g)].map((m) => m[1]);
    expect(installs(read('README.md')).length, 'README.md names no `go install sigs.k8s.io/kind@v…`').toBeGreaterThan(0);
    const missingKind = clusterToolsProblem([{ tool: 'kind', state: 'missing' }], 'en')!;
    expect(installs(missingKind).length, 'the missing-kind message installs no release binary').toBeGreaterThan(0);
    for (const [where, text] of [['README.md', read('README.md')], ['scripts/lib/target/tools.ts installHint("kind")', installHint('kind', 'ko')], ['scripts/lib/target/tools.ts installHint("kind", "en")', installHint('kind', 'en')], ['scripts/lib/target/tools.ts clusterToolsProblem', missingKind]]) {
      for (const v of installs(text)) expect(v, `${where} installs kind v${v}, the runner pins v${KIND_VERSION}`).toBe(KIND_VERSION);
    }
  });
});
