import React from 'react';
import Translate from '@docusaurus/Translate';
import type { Evidence } from '@site/scripts/lib/evidence/evidence-schema';
import { versionRuns } from '@site/scripts/lib/evidence/evidence-view';
import styles from './styles.module.css';

/**
 * Every lab's evidence.json, found at build time: a new lab shows up here with no page edit.
 * (webpack's require.context; the bundler inlines the JSON.)
 */
const evidenceFiles = require.context('../../../labs', true, /^\.\/[^/]+\/evidence\.json$/);
const allEvidence = (): Evidence[] =>
  evidenceFiles
    .keys()
    .map((k) => evidenceFiles(k) as Evidence)
    .sort((a, b) => a.lab.localeCompare(b.lab));

const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * A table of each lab's last passing run on each Kubernetes version it was recorded on (the
 * `versions` of its evidence.json): date (UTC) and duration. A dash: no run recorded on that version.
 */
export default function VersionMatrix(): React.ReactElement {
  const evidence = allEvidence();
  const versions = [...new Set(evidence.flatMap((e) => versionRuns(e).map((v) => v.serverVersion)))].sort(byVersion);
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>
              <Translate id="versionMatrix.lab">실습</Translate>
            </th>
            {versions.map((v) => (
              <th key={v} className={styles.version}>
                {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evidence.map((e) => {
            const runs = new Map(versionRuns(e).map((v) => [v.serverVersion, v]));
            return (
              <tr key={e.lab}>
                <td>
                  <code>{e.lab}</code>
                </td>
                {versions.map((v) => {
                  const run = runs.get(v);
                  return (
                    <td key={v} className={styles.cell}>
                      {run ? (
                        <>
                          ✔ <time dateTime={run.date}>{run.date.slice(0, 10)}</time> ({(run.durationMs / 1000).toFixed(1)} s)
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
