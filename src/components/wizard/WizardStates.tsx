/**
 * Every wizard state on one page, for readers without JavaScript (see the comment at the top of
 * src/domain/eligibility/flow.ts). Each state is a section whose id is `/` + its state path; links
 * between states are fragments, and CSS shows only the section the URL's fragment targets (`:target`),
 * so one question is shown at a time, the URL names the state (share, bookmark, reload) and the
 * browser's Back and Forward move between states. Rendered on the server only, in one Preact render.
 */
import type { StateKind, WizardStateEntry } from '../../domain/eligibility/states';
import { StaticScreen } from './StaticScreen';
import type { WizardContext } from './parts';

/** The fragment (without `#`) that shows a state: `/` for the first question, `/partner/osa-sell/` after it. */
export const stateId = (path: string): string => `/${path}`;

interface Props {
  /** Context with `href` pointing at fragments of this page and `level` for each screen's heading. */
  ctx: WizardContext;
  states: readonly WizardStateEntry[];
}

const isResult = (kind: StateKind) => kind === 'result';

/**
 * Renders the states; the first question comes last in the DOM so that `:target ~ .wz-state--start`
 * hides it whenever another state is targeted (no `:has()` needed), and shows it when none is.
 */
export function WizardStates({ ctx, states }: Props) {
  const start = states.find((s) => s.path === '');
  if (!start) throw new Error('WizardStates: the first question is missing from the states');
  const ordered = [...states.filter((s) => s !== start), start];
  return (
    <div class="wz-states">
      {ordered.map((s, i) => (
        <section key={s.path} id={stateId(s.path)} class={s === start ? 'wz-state wz-state--start' : 'wz-state'}>
          <StaticScreen ctx={{ ...ctx, idPrefix: `wz${i}` }} state={{ answers: s.answers, result: isResult(s.kind) }} />
        </section>
      ))}
    </div>
  );
}
