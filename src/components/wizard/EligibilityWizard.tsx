/**
 * The eligibility wizard island. Its children are the server-rendered fallback (WizardStatic.astro: the
 * first question as plain links into the wizard's plain version), shown before hydration and with
 * JavaScript off; once
 * live, answers live in the URL query (one history entry per step, so back and forward move between
 * questions), focus moves to each new heading, and results are announced. See WizardIsland.astro.
 * Class components rather than hooks: preact/hooks would cost ~0.9 KB gzip of a 12 KB budget; for the
 * same reason the check list, rules and outcome come in a second chunk (Later.tsx) when first needed,
 * and this file calls h() rather than JSX (see parts.tsx).
 */
import { Component, createRef, h, type ComponentChildren } from 'preact';
import { createTranslator, type Messages, type Translate } from '../../domain/i18n/format';
import type { GuideSlug } from '../../domain/eligibility/evaluation';
import type { ParsedQuery } from '../../domain/eligibility/query';
import { serializeWizardQuery } from '../../domain/eligibility/serialize';
import { answerQuestion, backState, resolveView, type WizardState } from '../../domain/eligibility/steps';
import { QuestionForm } from './QuestionForm';
import { Frame } from './Frame';
import type { WizardContext } from './parts';

export interface EligibilityWizardProps {
  /** BCP 47 tag of the page's locale. */
  lang: string;
  /** The `wizard` namespace, resolved on the server. */
  messages: Messages;
  /** URL of the wizard's own page (with trailing slash), under the site's base path. */
  basePath: string;
  /** URL of the plain version (`…/eligibility/steps/`), where permanent links to results point. */
  stepsPath: string;
  guideUrls: Partial<Record<GuideSlug, string>>;
  /** Query to start from when the page's URL carries no wizard answers (e.g. a page that presets one). */
  initialSearch?: string;
  /** True inside another page: the wizard gets its own h2 and screen headings one level lower. */
  embedded?: boolean;
  /** The no-JavaScript fallback (WizardStatic.astro), replaced once the island is live. */
  children?: ComponentChildren;
}

type Later = typeof import('./Later');

interface State {
  parsed: ParsedQuery;
  /** The second chunk, once loaded. */
  later: Later | undefined;
  /** The hosting page's path; undefined until mounted (the fallback shows until then). */
  pagePath: string | undefined;
  announce: string;
}

/** The island; see the module comment for its behaviour. */
export default class EligibilityWizard extends Component<EligibilityWizardProps, State> {
  override state: State = { parsed: { answers: {}, errors: [] }, pagePath: undefined, announce: '', later: undefined };
  private loading: Promise<void> | undefined;
  private heading = createRef<HTMLHeadingElement>();
  /** Set when the reader moved (not on first load), so focus follows them to the new screen. */
  private moved = false;
  private t: Translate = createTranslator(this.props.messages, this.props.lang);
  /** The page's own title; each step prefixes its heading so history entries are told apart. */
  private pageTitle = '';

  /**
   * Reads the answers from the URL (with `extra` state, set in the same update). The parser lives in the
   * second chunk, needed only when there is a query; until it arrives the current screen stays.
   */
  private read = (extra: { pagePath?: string } = {}): void => {
    const search = location.search || (this.props.initialSearch ?? '');
    if (!search) {
      this.setState({ ...extra, parsed: { answers: {}, errors: [] } });
      return;
    }
    void this.loadLater().then(() => this.setState({ ...extra, parsed: this.state.later!.parseWizardQuery(search) }));
  };

  private onPop = (): void => {
    this.moved = true;
    this.read();
  };

  /** Loads the second chunk (once); the screen that needs it renders when it arrives. */
  private loadLater = (): Promise<void> =>
    (this.loading ??= import('./Later').then((later) => this.setState({ later })));

  private navigate = (state: WizardState): void => {
    history.pushState(
      null,
      '',
      (this.state.pagePath ?? location.pathname) + serializeWizardQuery(state.answers, state.step),
    );
    this.moved = true;
    this.setState({ parsed: { ...state, errors: [] } });
  };

  override componentDidMount(): void {
    this.pageTitle = document.title;
    this.read({ pagePath: location.pathname });
    addEventListener('popstate', this.onPop);
  }

  override componentWillUnmount(): void {
    removeEventListener('popstate', this.onPop);
  }

  override componentDidUpdate(): void {
    const { parsed, later } = this.state;
    const view = parsed.errors.length ? undefined : resolveView(parsed);
    // Fetch the second chunk once the reader has started (the check list can be one answer away), or at
    // once when this screen needs it (a shared result, a broken link).
    if (!later && (Object.keys(parsed.answers).length > 0 || view?.kind !== 'question')) void this.loadLater();
    const heading = this.heading.current;
    // While the chunk loads there is no heading yet: focus moves when the screen arrives.
    if (!this.moved || !heading) return;
    this.moved = false;
    heading.focus();
    if (!this.props.embedded) document.title = `${heading.textContent} · ${this.pageTitle}`;
    const outcome = view?.kind === 'result' ? later?.evaluate(parsed.answers)?.outcome : undefined;
    const title = outcome ? this.t(`outcomes.${outcome}.title`) : '';
    this.setState({ announce: title && this.t('ui.resultAnnounce', { title }) });
  }

  override render() {
    const { lang, basePath, stepsPath, guideUrls, embedded = false, children } = this.props;
    const { parsed, pagePath, announce, later } = this.state;
    const { t, heading: headingRef } = this;
    const href = ({ answers: a, step }: WizardState) => (pagePath ?? basePath) + serializeWizardQuery(a, step);
    const ctx: WizardContext = { t, tag: lang, level: embedded ? 3 : 1, href, navigate: this.navigate, guideUrls };
    const { answers } = parsed;
    const view = parsed.errors.length ? undefined : resolveView(parsed);
    const back = view && backState(answers, view);
    // Until mounted, the server-rendered fallback stays (hydration must match it).
    let screen: ComponentChildren = children;
    if (pagePath === undefined) screen = children;
    else if (view?.kind === 'question') {
      screen = h(QuestionForm, {
        key: `${view.question}:${serializeWizardQuery(answers)}`,
        ctx,
        answers,
        question: view.question,
        back,
        headingRef,
        onAnswer: (values) => {
          const next = answerQuestion(answers, view.question, values);
          if (typeof next === 'string') return next;
          this.navigate(next);
          return undefined;
        },
      });
    } else if (!later) screen = h('div', { class: 'wz-screen', 'aria-busy': 'true' });
    else if (!view) screen = h(later.QueryErrors, { ctx, errors: parsed.errors, answers, headingRef });
    else if (view.kind === 'check') screen = h(later.CheckAnswers, { ctx, answers, back, headingRef });
    else {
      const evaluation = later.evaluate(answers)!;
      const actions = h(later.OutcomeActions, { t, tag: lang, answers, evaluation, stepsPath });
      screen = h(later.Outcome, { ctx, answers, evaluation, back, headingRef, actions });
    }
    return h(Frame, { t, embedded, announce }, screen);
  }
}
