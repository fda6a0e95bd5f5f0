/**
 * Every link the wizard's island can render, computed with the same functions the island uses: its screens
 * exist only after hydration, so a check of the built HTML never sees them. The link gate
 * (scripts/gates/links.ts) resolves each one against the built site, and a unit test renders the island's
 * outcome screen for every state to hold this list to what the components really draw.
 */
import { evaluate } from './evaluate';
import type { GuideSlug } from './evaluation';
import { walk } from './flow';
import { resultPermalink } from './href';
import { serializeWizardQuery } from './serialize';
import { enumerateStates } from './states';
import { backState, resolveView, type WizardState } from './steps';

export interface WizardUrls {
  /** The page that hosts the island (the wizard's own page, or a guide page that embeds it). */
  host: string;
  /** The plain version (`/<lang>/eligibility/steps/`), target of permanent links. */
  steps: string;
  guides: Readonly<Record<GuideSlug, string>>;
}

export interface IslandLink {
  /** The state (plain path, '' for the first question) and screen on which the island shows the link. */
  state: string;
  screen: 'question' | 'check' | 'result';
  /** What the link is: a move within the wizard, a guide, or the permanent link (also in the copied text). */
  role: 'wizard' | 'guide' | 'permalink';
  href: string;
}

/** Every link of every screen the island can show, for one host page. */
export function islandLinks(urls: WizardUrls): IslandLink[] {
  const out: IslandLink[] = [];
  const move = (state: string, screen: IslandLink['screen'], to: WizardState | undefined) => {
    if (to) out.push({ state, screen, role: 'wizard', href: urls.host + serializeWizardQuery(to.answers, to.step) });
  };
  for (const s of enumerateStates()) {
    const { answers } = s;
    if (s.kind === 'question') {
      move(s.path, 'question', backState(answers, resolveView({ answers })));
    } else if (s.kind === 'check') {
      move(s.path, 'check', backState(answers, { kind: 'check' }));
      for (const id of walk(answers).asked) move(s.path, 'check', { answers, step: id });
      move(s.path, 'check', { answers, step: 'result' });
    } else {
      const e = evaluate(answers)!;
      move(s.path, 'result', backState(answers, { kind: 'result' }));
      for (const h of e.changeHints) move(s.path, 'result', { answers, step: h.questionId });
      for (const g of e.guides) out.push({ state: s.path, screen: 'result', role: 'guide', href: urls.guides[g] });
      move(s.path, 'result', { answers: {} });
      out.push({ state: s.path, screen: 'result', role: 'permalink', href: resultPermalink(urls.steps, answers) });
    }
  }
  return out;
}
