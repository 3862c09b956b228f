import React, { type ReactNode } from 'react';
import type { Evidence } from '@site/scripts/lib/evidence/evidence-schema';
import { observedValue, type ObservedValueName } from '@site/scripts/lib/evidence/evidence-values';
import Version from '@site/src/components/Version';

interface Props {
  /** `labs/<name>/evidence.json`, imported by the page. */
  evidence: Evidence;
  /** What to show: `serverVersion`, or a value read from one check's evidence (scripts/lib/evidence/evidence-values.ts). */
  value: ObservedValueName;
  /** The check the value is read from (every value but `serverVersion`). */
  check?: string;
}

/**
 * A figure a verification note quotes from the lab's last real run (a status, a count, a gap in
 * ms, the Kubernetes version), read from evidence.json instead of typed: re-recording the evidence
 * updates the sentence. Numbers come bare (the page writes the unit), statuses in code font. A
 * check or value the evidence does not have fails the build.
 */
export default function Observed({ evidence, value, check }: Props): ReactNode {
  const v = observedValue(evidence, value, check);
  const from = `${evidence.lab}${check ? `/${check}` : ''}`;
  if (Array.isArray(v)) {
    return (
      <span data-observed={from}>
        {v.map((s, i) => (
          <React.Fragment key={i}>
            {i > 0 && ' → '}
            <code>{s}</code>
          </React.Fragment>
        ))}
      </span>
    );
  }
  if (value === 'serverVersion') return <Version><span data-observed={from}>{v}</span></Version>;
  if (value === 'status') return <code data-observed={from}>{v}</code>;
  return <span data-observed={from}>{v}</span>;
}
