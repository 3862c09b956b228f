import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import type { Evidence, TimelineEntry } from '@site/scripts/lib/evidence/evidence-schema';
import { evidenceCommand, evidenceIn, lifecycleOffsets, stateIn, versionRuns } from '@site/scripts/lib/evidence/evidence-view';
import type { LabDefinition } from '@site/scripts/lib/labs/lab-schema';
import Link from '@docusaurus/Link';
import { labPagePath } from '@site/src/components/LabPage/paths';
import { useLabLang, useLabText } from '@site/src/utils/labLanguage';
import { chartOf, formatSeconds as formatSecondsIn } from './chart';
import styles from './styles.module.css';

interface Props {
  /** The lab that ran (`labs/<name>/lab.ts`): check titles come from it, in the page's language. */
  lab: LabDefinition;
  /** `labs/<name>/evidence.json`, imported by the page. */
  evidence: Evidence;
  /** On the lab's own page (src/components/LabPage), which needs no link to itself. */
  onLabPage?: boolean;
}

// A function, not a constant: translate() reads the current locale, so it runs at render time.
const kindLabel = (kind: TimelineEntry['kind']): string =>
  ({
    init: translate({ id: 'lab.evidence.kind.init', message: 'init container' }),
    sidecar: translate({ id: 'lab.evidence.kind.sidecar', message: '사이드카' }),
    main: translate({ id: 'lab.evidence.kind.main', message: '메인 컨테이너' }),
  })[kind];

/** A number of seconds in the page's language (`3.2초`, `3.2s`). */
const formatSeconds = (s: number): string =>
  formatSecondsIn(s, translate({ id: 'lab.evidence.secondsUnit', message: '초', description: 'Unit after a number of seconds (3.2초)' }));

/** UTC, so the server-rendered and the hydrated text are the same in every time zone. */
const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/** The lab's last real run: versions, each check's verdict and evidence, the container timeline, the `kubectl get pods -w` transcript. */
export default function LabEvidence({ lab, evidence: e, onLabPage = false }: Props): ReactNode {
  // The recorded title (Korean, as the run printed it) only for a check the lab no longer has.
  const titles = useLabText(lab).checks;
  // Korean pages show the Korean line when the file has one; English pages the English (canonical) one.
  const lang = useLabLang();
  if (lab.name !== e.lab) throw new Error(`<LabEvidence>: evidence of lab "${e.lab}" given with lab "${lab.name}": pass the lab the evidence.json belongs to`);
  const chart = chartOf(e);
  const multiPod = new Set(e.timeline.map((t) => t.pod)).size > 1;
  const passed = e.checks.filter((c) => c.pass).length;
  const name = (t: TimelineEntry) => (multiPod ? `${t.pod}/${t.container}` : t.container);
  const restarts = (count: number) => translate({ id: 'lab.evidence.restarts', message: '재시작 {count}회' }, { count });
  const neverStarted = translate({ id: 'lab.evidence.neverStarted', message: '시작하지 않음' });
  const summary = chart.bars
    .map(({ entry, start, end, open }) => {
      const who = `${name(entry)}(${kindLabel(entry.kind)})`;
      if (start === undefined) return `${who}: ${neverStarted}`;
      const times = { start: formatSeconds(start), end: formatSeconds(end!) };
      const ran = open
        ? translate({ id: 'lab.evidence.summary.open', message: '{start}에 시작, 기록 시점({end})까지 실행 중' }, times)
        : translate({ id: 'lab.evidence.summary.closed', message: '{start}에 시작, {end}에 종료' }, times);
      return `${who}: ${ran}${entry.restarts ? `, ${restarts(entry.restarts)}` : ''}`;
    })
    .join('; ');

  return (
    <section className={styles.evidence} aria-label={translate({ id: 'lab.evidence.ariaLabel', message: '마지막 실제 실행 기록: {lab}' }, { lab: e.lab })}>
      <p className={styles.kicker}>
        <Translate id="lab.evidence.kicker">마지막 실제 실행 기록</Translate>
      </p>
      <dl className={styles.meta}>
        <div>
          <dt>Kubernetes</dt>
          <dd className={styles.version}>{e.serverVersion}</dd>
        </div>
        <div>
          <dt>
            <Translate id="lab.evidence.date">실행 일시</Translate>
          </dt>
          <dd>
            <time dateTime={e.date}>{utc(e.date)}</time>
          </dd>
        </div>
        <div>
          <dt>
            <Translate id="lab.evidence.duration">소요 시간</Translate>
          </dt>
          <dd>{formatSeconds(Math.round(e.durationMs / 100) / 10)}</dd>
        </div>
        <div>
          <dt>
            <Translate id="lab.evidence.result">결과</Translate>
          </dt>
          <dd>
            <Translate id="lab.evidence.passed" values={{ passed, total: e.checks.length }}>
              {'확인 항목 {passed}/{total} 통과'}
            </Translate>
          </dd>
        </div>
      </dl>
      {/* Every version a passing run was recorded on (CI runs each lab on all of them). */}
      <p className={styles.versions}>
        <Translate id="lab.evidence.versions">검증한 Kubernetes 버전:</Translate>{' '}
        {versionRuns(e).map((v, i) => (
          <React.Fragment key={v.serverVersion}>
            {i > 0 && ' · '}
            <span className={styles.versionRun}>
              <strong>{v.serverVersion} ✔</strong> (<time dateTime={v.date}>{v.date.slice(0, 10)}</time>, {formatSeconds(Math.round(v.durationMs / 100) / 10)})
            </span>
          </React.Fragment>
        ))}
      </p>

      {/* Folded: the box runs 2,000–3,600 px open. The verdict above stays visible. */}
      <details className={styles.details}>
        <summary className={styles.summary}>
          <Translate id="lab.evidence.details" values={{ count: e.checks.length }}>
            {'확인 항목 {count}개의 근거, 컨테이너 타임라인, Pod 상태 기록 보기'}
          </Translate>
        </summary>
        <p className={styles.label}>
          <Translate id="lab.evidence.checks">확인 항목과 근거</Translate>
        </p>
        <ul className={styles.checks}>
          {e.checks.map((c) => (
            <li key={c.id} className={c.pass ? styles.pass : styles.fail}>
              <span className={styles.mark} aria-label={c.pass ? translate({ id: 'lab.evidence.pass', message: '통과' }) : translate({ id: 'lab.evidence.fail', message: '실패' })} role="img">
                {c.pass ? '✔' : '✘'}
              </span>
              <span>
                <span>{titles[c.id] ?? c.title}</span> <code className={styles.id}>{c.id}</code>
                <br />
                <samp className={styles.proof}>{evidenceIn(c, lang)}</samp>
              </span>
            </li>
          ))}
        </ul>

        <figure className={styles.figure}>
          <figcaption className={styles.label}>
            <Translate id="lab.evidence.timeline">컨테이너 타임라인 (첫 Pod 생성 후 초, 상태 기록 시각 1초 단위)</Translate>
          </figcaption>
          <div className={styles.chart} role="img" aria-label={translate({ id: 'lab.evidence.timelineLabel', message: '컨테이너 타임라인: {summary}' }, { summary })}>
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
                    {kindLabel(entry.kind)}
                    {entry.restarts > 0 && ` · ${restarts(entry.restarts)}`}
                  </span>
                </div>
                <div className={styles.track}>
                  {width > 0 || entry.start ? (
                    <div className={clsx(styles.bar, styles[entry.kind], open && styles.open)} style={{ left: `${left}%`, width: `${width}%` }} />
                  ) : (
                    <span className={styles.never}>{neverStarted}</span>
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
                <span className={clsx(styles.swatch, styles[k])} /> {kindLabel(k)}
              </li>
            ))}
            <li>
              <span className={clsx(styles.swatch, styles.main, styles.open)} />{' '}
              <Translate id="lab.evidence.legend.open">기록 시점에 실행 중</Translate>
            </li>
          </ul>
          <details className={styles.table}>
            <summary>
              <Translate id="lab.evidence.table">표로 보기</Translate>
            </summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <Translate id="lab.evidence.col.container">컨테이너</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="lab.evidence.col.kind">종류</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="lab.evidence.col.start">시작</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="lab.evidence.col.end">종료</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="lab.evidence.col.restarts">재시작</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="lab.evidence.col.state">기록 시점 상태</Translate>
                  </th>
                </tr>
              </thead>
              <tbody>
                {chart.bars.map(({ entry, start, end, open }) => (
                  <tr key={`${entry.pod}/${entry.container}`}>
                    <td>
                      <code>{name(entry)}</code>
                    </td>
                    <td>{kindLabel(entry.kind)}</td>
                    <td>{start === undefined ? '—' : formatSeconds(start)}</td>
                    <td>{start === undefined ? '—' : open ? translate({ id: 'lab.evidence.running', message: '실행 중' }) : formatSeconds(end!)}</td>
                    <td>{entry.restarts}</td>
                    <td>
                      <code>{stateIn(entry.state, lang)}</code>
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
              <Translate id="lab.evidence.lifecycle" values={{ lifecycle: <code>LIFECYCLE</code> }}>
                {'컨테이너가 남긴 {lifecycle} 로그 (Pod마다 그 Pod의 첫 줄부터 지난 초, 노드 uptime 기준, 0.01초 단위). Kubernetes는 컨테이너의 마지막 실행과 그 바로 전 실행의 로그만 남기고 러너는 바로 전 실행의 로그를 실습이 지우는 Pod에서만 읽으므로, 재시작한 컨테이너는 실행한 횟수보다 줄이 적을 수 있다(횟수는 재시작 열).'}
              </Translate>
            </p>
            <pre className={styles.transcript} tabIndex={0} aria-label={translate({ id: 'lab.evidence.lifecycleLabel', message: 'LIFECYCLE 로그' })}>
              {lifecycleOffsets(e.lifecycle).map((l) => `${translate({ id: 'lab.evidence.lifecycleSeconds', message: '+{seconds}초' }, { seconds: l.seconds.toFixed(2) }).padStart(9)}  ${l.pod}  ${l.container}  ${l.event}`).join('\n')}
            </pre>
          </>
        )}

        <p className={styles.label}>
          <Translate id="lab.evidence.transcript" values={{ command: <code>kubectl get pods -w -o wide</code> }}>
            {'Pod 상태 변화: {command} (앞의 숫자는 실행 시작 후 초)'}
          </Translate>
        </p>
        <pre className={styles.transcript} tabIndex={0} aria-label={translate({ id: 'lab.evidence.transcriptLabel', message: 'kubectl get pods -w 기록' })}>
          {e.transcript.join('\n') || translate({ id: 'lab.evidence.noLines', message: '(기록된 줄 없음)' })}
        </pre>
      </details>
      <p className={styles.regen}>
        <Translate id="lab.evidence.regen" values={{ command: <code>{evidenceCommand(e.lab, lang)}</code> }}>
          {'다시 기록하려면: {command}'}
        </Translate>
        {!onLabPage && (
          <>
            {' · '}
            <Link to={labPagePath(e.lab)} data-testid="lab-page-link">
              <Translate id="lab.evidence.page">실습 페이지</Translate>
            </Link>
          </>
        )}
      </p>
    </section>
  );
}
