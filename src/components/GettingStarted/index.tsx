/** Pieces of the getting-started page that come from the site's configuration or the labs. */
import React, { type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Evidence } from '@site/scripts/lib/evidence/evidence-schema';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import Version from '@site/src/components/Version';
import { useLabLang, useLabText } from '@site/src/utils/labLanguage';
import { repositoryOf } from '@site/src/utils/repository';
import { runSampleLines } from './runSample';

/** The kind release the runner pins (scripts/lib/target/kind.ts KIND_VERSION, passed in by docusaurus.config.ts). */
function useKindVersion(): string {
  const version = useDocusaurusContext().siteConfig.customFields?.kindVersion;
  if (typeof version !== 'string') throw new Error('customFields.kindVersion is not set in docusaurus.config.ts (it passes KIND_VERSION of scripts/lib/target/kind.ts)');
  return version;
}

/** `v0.30.0`, unbroken. */
export function KindVersion(): ReactNode {
  return <Version>v{useKindVersion()}</Version>;
}

/** The kind install with Go, at the pinned release. */
export function KindGoInstall(): ReactNode {
  return <code>go install sigs.k8s.io/kind@v{useKindVersion()}</code>;
}

/**
 * The clone step: with `customFields.repositoryUrl` set, a link to the repository and the commands
 * that clone it; without, the step in words only (no placeholder URL for a reader to paste).
 */
export function CloneStep(): ReactNode {
  const repo = repositoryOf(useDocusaurusContext().siteConfig.customFields?.repositoryUrl);
  if (!repo) {
    return (
      <p data-testid="clone-step">
        <Translate id="gettingStarted.clone.noUrl">이 저장소를 clone하고, 그 폴더에서 아래 명령을 실행한다.</Translate>
      </p>
    );
  }
  return (
    <div data-testid="clone-step">
      <p>
        <Translate id="gettingStarted.clone" values={{ repository: <Link href={repo.clone}>{repo.clone}</Link> }}>
          {'이 저장소({repository})를 clone하고, 그 폴더로 들어간다.'}
        </Translate>
      </p>
      <CodeBlock language="bash">{`git clone ${repo.clone}\ncd ${repo.folder}`}</CodeBlock>
    </div>
  );
}

interface RunSampleProps {
  lab: LabDefinition;
  /** The lab's `evidence.json`: the lines are those of its last real run. */
  evidence: Evidence;
  /** Which step's checks to show (0-based). */
  step?: number;
}

/**
 * What a passing run of a lab prints, in the page's language: the check lines of one step of its
 * last real run, `…` for the rest, and how the run ends (the verdict and what the lab showed).
 */
export function RunSample({ lab, evidence, step = 0 }: RunSampleProps): ReactNode {
  const lang = useLabLang();
  const text = useLabText(lab);
  return <CodeBlock language="text">{runSampleLines(lab.name, text, evidence, step, lang).join('\n')}</CodeBlock>;
}
