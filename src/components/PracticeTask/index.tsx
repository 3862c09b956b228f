import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import type { TaskDefinition } from '@site/scripts/lib/practice/schema';
import { checkCommand, taskText } from '@site/scripts/lib/practice/text';
import CodeSpans from '@site/src/components/CodeSpans';
import CopyCommand from '@site/src/components/CopyCommand';
import { useLabLang } from '@site/src/utils/labLanguage';
import styles from './styles.module.css';

/**
 * The parts of a practice task's page (tasks/<name>/task.ts), each in the page's language. The
 * page writes the headings, so they reach the table of contents; these render what is under them.
 * Their few fixed words are kept here in both languages (the practice pages are the site's own).
 */
const WORDS = {
  ko: {
    note: '이 연습 문제는 노트에 없는 내용으로, 이 사이트가 덧붙였다. 답은 실제 클러스터에서 검사한다.',
    practises: '이 문제가 연습하는 패턴:',
    accepted: 'API 서버가 답의 객체를 모두 받아들였다 (kubectl apply 성공)',
    step: '단계',
    save: '답을 YAML 파일(예: answer.yaml, 여러 파일이면 폴더)로 저장하고, 저장소 폴더에서 실행한다. 확인 항목마다 통과 여부와 클러스터에서 본 것이 나오고, 실패한 확인 항목에는 힌트와 읽을 곳이 붙는다. --watch를 붙이면 저장할 때마다 다시 검사한다.',
    startCopy: '시작 파일을 answer.yaml로 복사해 고친다:',
    hintButton: (n: number, total: number) => `힌트 보기 (${n}/${total})`,
    solution: '모범 답안 펼치기',
    solutionCommand: '터미널에서는 --solution으로 본다:',
    alsoCorrect: '이것도 통과한다:',
  },
  en: {
    note: 'This exercise is not in the note: the site adds it. Answers are checked on a real cluster.',
    practises: 'The pattern this task practises:',
    accepted: 'The API server accepted every object of the answer (kubectl apply succeeded)',
    step: 'Step',
    save: 'Save your answer as a YAML file (e.g. answer.yaml; a folder for several files) and run this in the repository folder. Each check says whether it passed and what it saw on the cluster; a failed one adds a hint and where to read. With --watch it checks again on every save.',
    startCopy: 'Copy the starting file to answer.yaml and change it:',
    hintButton: (n: number, total: number) => `Show a hint (${n}/${total})`,
    solution: 'Show the reference solution',
    solutionCommand: 'In a terminal, --solution prints it:',
    alsoCorrect: 'These pass as well:',
  },
} as const;

interface TaskProps {
  /** The default export of `tasks/<name>/task.ts`. */
  task: TaskDefinition;
}

/** The site's note, and the link back to the pattern page. */
export function About({ task, pattern }: TaskProps & { pattern: string }): ReactNode {
  const w = WORDS[useLabLang()];
  return (
    <div className={styles.about} data-testid="practice-about">
      <p>{w.note}</p>
      <p>
        {w.practises} <Link to={`/docs/${task.doc}`}>{pattern}</Link>
      </p>
    </div>
  );
}

/** The statement: paragraphs and `- ` lists, with `code` in backticks. */
export function Statement({ task }: TaskProps): ReactNode {
  const text = taskText(task, useLabLang()).statement;
  return (
    <div data-testid="practice-statement">
      {text.split(/\n\s*\n/).map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith('- '))) {
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>
                  <CodeSpans text={l.slice(2)} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            <CodeSpans text={block} />
          </p>
        );
      })}
    </div>
  );
}

/** The starting files, each under its path in the repository. */
export function StartFiles({ task, files }: TaskProps & { files: Record<string, string> }): ReactNode {
  const w = WORDS[useLabLang()];
  return (
    <>
      <p>{w.startCopy}</p>
      {Object.entries(files).map(([file, text]) => (
        <CodeBlock key={file} language="yaml" title={`tasks/${task.name}/start/${file}`} showLineNumbers>
          {text}
        </CodeBlock>
      ))}
    </>
  );
}

/** What the checker checks, step by step (the first check is always that the answer was applied). */
export function Checks({ task }: TaskProps): ReactNode {
  const lang = useLabLang();
  const text = taskText(task, lang);
  return (
    <ol className={styles.steps} data-testid="practice-checks">
      {task.steps.map((s, i) => (
        <li key={i}>
          <CodeSpans text={text.steps[i]} />
          <ul>
            {s.answer && (
              <li>
                <code>accepted</code> {WORDS[lang].accepted}
              </li>
            )}
            {s.checks.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code> <CodeSpans text={text.checks[c.id].title} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The command that checks an answer, with a copy button. */
export function Command({ task }: TaskProps): ReactNode {
  const lang = useLabLang();
  return (
    <>
      <p>{WORDS[lang].save}</p>
      <CopyCommand command={checkCommand(task.name, 'answer.yaml', lang)} />
    </>
  );
}

/** The hints, opened one at a time. */
export function Hints({ task }: TaskProps): ReactNode {
  const lang = useLabLang();
  const hints = taskText(task, lang).hints;
  const [shown, setShown] = useState(0);
  return (
    <div data-testid="practice-hints">
      <ol className={styles.hints}>
        {hints.slice(0, shown).map((h, i) => (
          <li key={i} data-testid="practice-hint">
            <CodeSpans text={h} />
          </li>
        ))}
      </ol>
      {shown < hints.length && (
        <button type="button" className="button button--secondary button--sm" onClick={() => setShown(shown + 1)} data-testid="practice-hint-next">
          {WORDS[lang].hintButton(shown + 1, hints.length)}
        </button>
      )}
    </div>
  );
}

/** The reference solution, folded away; and the other answers that pass too. */
export function Solution({ task, files }: TaskProps & { files: Record<string, string> }): ReactNode {
  const lang = useLabLang();
  const w = WORDS[lang];
  const also = Object.entries(taskText(task, lang).alsoCorrect);
  return (
    <details className={styles.solution} data-testid="practice-solution">
      <summary>{w.solution}</summary>
      <p>
        {w.solutionCommand} <code>{`npm run lab -- check ${task.name} --solution${lang === 'ko' ? '' : ` --lang ${lang}`}`}</code>
      </p>
      {Object.entries(files).map(([file, text]) => (
        <CodeBlock key={file} language="yaml" title={`tasks/${task.name}/solution/${file}`} showLineNumbers>
          {text}
        </CodeBlock>
      ))}
      {also.length > 0 && (
        <>
          <p>{w.alsoCorrect}</p>
          <ul>
            {also.map(([name, why]) => (
              <li key={name}>
                <code>{`tasks/${task.name}/also-correct/${name}/`}</code>: <CodeSpans text={why} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
