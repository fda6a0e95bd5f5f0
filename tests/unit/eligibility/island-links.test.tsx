/**
 * The links the island renders exist only after hydration, so the link gate checks the list that
 * islandLinks() computes. This test renders the island's own screens for every state and holds that list to
 * what they really draw, so the gate cannot drift from the components.
 */
import { readFileSync } from 'node:fs';
import { createRef } from 'preact';
import { render } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckAnswers } from '../../../src/components/wizard/CheckAnswers';
import { Outcome } from '../../../src/components/wizard/Outcome';
import { OutcomeActions } from '../../../src/components/wizard/OutcomeActions';
import { QuestionForm } from '../../../src/components/wizard/QuestionForm';
import type { WizardContext } from '../../../src/components/wizard/parts';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import { GUIDE_SLUGS, GUIDES } from '../../../src/domain/eligibility/evaluation';
import { walk } from '../../../src/domain/eligibility/flow';
import { queryHref, resultPermalink } from '../../../src/domain/eligibility/href';
import { islandLinks } from '../../../src/domain/eligibility/links';
import { enumerateStates } from '../../../src/domain/eligibility/states';
import { backState, resolveView } from '../../../src/domain/eligibility/steps';
import { createTranslator, type Messages } from '../../../src/domain/i18n/format';

const ORIGIN = 'https://example.test';
const host = '/base/en/eligibility/';
const steps = '/base/en/eligibility/steps/';
const guides = Object.fromEntries(GUIDE_SLUGS.map((g) => [g, `/base/en/${GUIDES[g]}`])) as Record<
  (typeof GUIDE_SLUGS)[number],
  string
>;
const t = createTranslator(JSON.parse(readFileSync('locales/en/wizard.json', 'utf8')) as Messages, 'en');
const ctx: WizardContext = { t, tag: 'en', level: 1, href: queryHref(host), navigate: () => {}, guideUrls: guides };
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&').replace(ORIGIN, '')).sort();

const links = islandLinks({ host, steps, guides });
const expected = (path: string) =>
  links
    .filter((l) => l.state === path)
    .map((l) => l.href)
    .sort();

describe('the links the island renders', () => {
  const saved = globalThis.location;
  beforeAll(() => {
    Object.defineProperty(globalThis, 'location', { value: { href: `${ORIGIN}${host}` }, configurable: true });
  });
  afterAll(() => {
    Object.defineProperty(globalThis, 'location', { value: saved, configurable: true });
  });

  it.each(enumerateStates().map((s) => [s.path || '(start)', s] as const))(
    '%s: exactly as islandLinks() lists',
    (_, s) => {
      const { answers } = s;
      let html: string;
      if (s.kind === 'question') {
        const view = resolveView({ answers });
        if (view.kind !== 'question') throw new Error('not a question');
        html = render(
          <QuestionForm
            ctx={ctx}
            answers={answers}
            question={view.question}
            back={backState(answers, view)}
            headingRef={createRef()}
            onAnswer={() => undefined}
          />,
        );
      } else if (s.kind === 'check') {
        html = render(<CheckAnswers ctx={ctx} answers={answers} back={backState(answers, { kind: 'check' })} />);
      } else {
        const evaluation = evaluate(answers)!;
        const actions = <OutcomeActions t={t} tag="en" answers={answers} evaluation={evaluation} stepsPath={steps} />;
        html = render(
          <Outcome
            ctx={ctx}
            answers={answers}
            evaluation={evaluation}
            back={backState(answers, { kind: 'result' })}
            actions={actions}
          />,
        );
        // The permanent link is the outcome's state in the plain version, never a page of its own.
        expect(html).toContain(`href="${ORIGIN}${resultPermalink(steps, answers)}"`);
        expect(walk(answers).asked.length).toBeGreaterThan(0);
      }
      expect(hrefs(html)).toEqual(expected(s.path));
    },
  );
});
