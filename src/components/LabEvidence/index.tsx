import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { evidenceCommand, type Evidence, type TimelineEntry } from '@site/scripts/lib/evidence-schema';
import { chartOf, formatSeconds } from './chart';
import styles from './styles.module.css';

interface Props {
  /** `labs/<name>/evidence.json`, imported by the page. */
  evidence: Evidence;
}

const kindLabel: Record<TimelineEntry['kind'], string> = { init: 'init container', sidecar: '사이드카', main: '메인 컨테이너' };

/** UTC, so the server-rendered and the hydrated text are the same in every time zone. */
const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/** The lab's last real run: versions, each check's verdict and evidence, the container timeline, the `kubectl get pods -w` transcript. */
export default function LabEvidence({ evidence: e }: Props): ReactNode {
  const chart = chartOf(e);
  const multiPod = new Set(e.timeline.map((t) => t.pod)).size > 1;
  const passed = e.checks.filter((c) => c.pass).length;
  const name = (t: TimelineEntry) => (multiPod ? `${t.pod}/${t.container}` : t.container);
  const summary = chart.bars
    .map(({ entry, start, end, open }) =>
      start === undefined
        ? `${name(entry)}(${kindLabel[entry.kind]}): 시작하지 않음`
        : `${name(entry)}(${kindLabel[entry.kind]}): ${formatSeconds(start)}에 시작, ${open ? `기록 시점(${formatSeconds(end!)})까지 실행 중` : `${formatSeconds(end!)}에 종료`}${entry.restarts ? `, 재시작 ${entry.restarts}회` : ''}`,
    )
    .join('; ');

  return (
    <section className={styles.evidence} aria-label={`마지막 실제 실행 기록: ${e.lab}`}>
      <p className={styles.kicker}>마지막 실제 실행 기록</p>
      <dl className={styles.meta}>
        <div>
          <dt>Kubernetes</dt>
          <dd>{e.serverVersion}</dd>
        </div>
        <div>
          <dt>실행 일시</dt>
          <dd>
            <time dateTime={e.date}>{utc(e.date)}</time>
          </dd>
        </div>
        <div>
          <dt>소요 시간</dt>
          <dd>{formatSeconds(Math.round(e.durationMs / 100) / 10)}</dd>
        </div>
        <div>
          <dt>결과</dt>
          <dd>
            확인 항목 {passed}/{e.checks.length} 통과
          </dd>
        </div>
      </dl>

      <p className={styles.label}>확인 항목과 근거</p>
      <ul className={styles.checks}>
        {e.checks.map((c) => (
          <li key={c.id} className={c.pass ? styles.pass : styles.fail}>
            <span className={styles.mark} aria-label={c.pass ? '통과' : '실패'} role="img">
              {c.pass ? '✔' : '✘'}
            </span>
            <span>
              {c.title} <code className={styles.id}>{c.id}</code>
              <br />
              <samp className={styles.proof}>{c.evidence}</samp>
            </span>
          </li>
        ))}
      </ul>

      <figure className={styles.figure}>
        <figcaption className={styles.label}>컨테이너 타임라인 (첫 Pod 생성 후 초, 상태 기록 시각 1초 단위)</figcaption>
        <div className={styles.chart} role="img" aria-label={`컨테이너 타임라인: ${summary}`}>
          {chart.bars.map(({ entry, left, width, open }, i) => (
            <React.Fragment key={`${entry.pod}/${entry.container}`}>
              {multiPod && (i === 0 || chart.bars[i - 1].entry.pod !== entry.pod) && (
                <div className={styles.pod}>
                  Pod <code>{entry.pod}</code>
                </div>
              )}
              <div className={styles.name}>
                {entry.container}
                <span className={styles.kind}>
                  {kindLabel[entry.kind]}
                  {entry.restarts > 0 && ` · 재시작 ${entry.restarts}회`}
                </span>
              </div>
              <div className={styles.track}>
                {width > 0 || entry.start ? (
                  <div className={clsx(styles.bar, styles[entry.kind], open && styles.open)} style={{ left: `${left}%`, width: `${width}%` }} />
                ) : (
                  <span className={styles.never}>시작하지 않음</span>
                )}
              </div>
            </React.Fragment>
          ))}
          <div className={styles.axis} aria-hidden="true">
            {chart.ticks.map((t) => (
              <span key={t} style={{ left: `${(t / chart.span) * 100}%` }}>
                {t}s
              </span>
            ))}
          </div>
        </div>
        <ul className={styles.legend} aria-hidden="true">
          {(['init', 'sidecar', 'main'] as const).map((k) => (
            <li key={k}>
              <span className={clsx(styles.swatch, styles[k])} /> {kindLabel[k]}
            </li>
          ))}
          <li>
            <span className={clsx(styles.swatch, styles.main, styles.open)} /> 기록 시점에 실행 중
          </li>
        </ul>
        <details className={styles.table}>
          <summary>표로 보기</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">컨테이너</th>
                <th scope="col">종류</th>
                <th scope="col">시작</th>
                <th scope="col">종료</th>
                <th scope="col">재시작</th>
                <th scope="col">기록 시점 상태</th>
              </tr>
            </thead>
            <tbody>
              {chart.bars.map(({ entry, start, end, open }) => (
                <tr key={`${entry.pod}/${entry.container}`}>
                  <td>
                    <code>{name(entry)}</code>
                  </td>
                  <td>{kindLabel[entry.kind]}</td>
                  <td>{start === undefined ? '—' : formatSeconds(start)}</td>
                  <td>{start === undefined ? '—' : open ? '실행 중' : formatSeconds(end!)}</td>
                  <td>{entry.restarts}</td>
                  <td>
                    <code>{entry.state}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>

      {e.lifecycle.length > 0 && (
        <>
          <p className={styles.label}>
            컨테이너가 남긴 <code>LIFECYCLE</code> 로그 (노드 uptime 기준, 첫 줄부터 지난 초, 0.01초 단위)
          </p>
          <pre className={styles.transcript} tabIndex={0} aria-label="LIFECYCLE 로그">
            {e.lifecycle.map((l) => `${`+${(l.uptime - e.lifecycle[0].uptime).toFixed(2)}초`.padStart(9)}  ${l.pod}  ${l.container}  ${l.event}`).join('\n')}
          </pre>
        </>
      )}

      <p className={styles.label}>
        Pod 상태 변화: <code>kubectl get pods -w -o wide</code> (앞의 숫자는 실행 시작 후 초)
      </p>
      <pre className={styles.transcript} tabIndex={0} aria-label="kubectl get pods -w 기록">
        {e.transcript.join('\n') || '(기록된 줄 없음)'}
      </pre>
      <p className={styles.regen}>
        다시 기록하려면: <code>{evidenceCommand(e.lab)}</code>
      </p>
    </section>
  );
}
