/**
 * One question as a form with radios, an error summary and a Continue button (island only).
 * Written with h(), not JSX, to keep the island's first chunk small (see parts.tsx).
 */
import { Component, h, type RefObject } from 'preact';
import { answerValues, getQuestion, type Answers, type QuestionId } from '../../domain/eligibility/questions';
import type { AnswerError, WizardState } from '../../domain/eligibility/steps';
import { Heading, WizardLink, type WizardContext } from './parts';

interface Props {
  ctx: WizardContext;
  answers: Answers;
  question: QuestionId;
  back?: WizardState | undefined;
  headingRef: RefObject<HTMLHeadingElement>;
  /** Records the answer and moves on, or returns why it cannot. */
  onAnswer: (values: string[]) => AnswerError | undefined;
}

interface State {
  selected: string[];
  error: AnswerError | undefined;
}

/** Renders the question as a GOV.UK-style fieldset of radios; errors go to a focused summary linked to the first option. */
export class QuestionForm extends Component<Props, State> {
  override state: State = { selected: [...answerValues(this.props.answers, this.props.question)], error: undefined };

  override render({ ctx, question, back, headingRef, onAnswer }: Props, { selected, error }: State) {
    const { t } = ctx;
    const q = getQuestion(question);
    const idFor = (o: string) => `wz-${question}-${o}`;
    const hintId = `wz-${question}-hint`;
    const errorId = `wz-${question}-error`;
    const message = t(`questions.${question}.error`);
    const submit = (e: Event) => {
      e.preventDefault();
      const problem = onAnswer(selected);
      this.setState({ error: problem });
      if (problem) requestAnimationFrame(() => document.getElementById('wz-error-summary')?.focus());
    };
    const option = (o: string) =>
      h(
        'div',
        { class: 'wz-option', key: o },
        h('input', {
          type: 'radio',
          id: idFor(o),
          name: question,
          value: o,
          checked: selected.includes(o),
          onChange: () => this.setState({ selected: [o] }),
        }),
        h('label', { for: idFor(o) }, t(`questions.${question}.options.${o}`)),
      );
    const first = idFor(q.options[0]!);
    const summary = h(
      'div',
      { class: 'wz-error-summary', id: 'wz-error-summary', role: 'alert', tabIndex: -1 },
      h(Heading, { level: ctx.level + 1 }, t('ui.errorSummaryTitle')),
      h(
        'ul',
        null,
        h(
          'li',
          null,
          h(
            'a',
            {
              href: `#${first}`,
              onClick: (e: Event) => {
                e.preventDefault();
                document.getElementById(first)?.focus();
              },
            },
            message,
          ),
        ),
      ),
    );
    const fieldset = h(
      'fieldset',
      { class: 'wz-fieldset', 'aria-describedby': error ? `${hintId} ${errorId}` : hintId },
      h(
        'legend',
        { class: 'wz-legend' },
        h(Heading, { level: ctx.level, headingRef }, t(`questions.${question}.legend`)),
      ),
      h('p', { class: 'wz-hint', id: hintId }, t(`questions.${question}.hint`)),
      error &&
        h(
          'p',
          { class: 'wz-error', id: errorId },
          h('span', { class: 'wz-visually-hidden' }, `${t('ui.errorPrefix')} `),
          message,
        ),
      h('div', { class: 'wz-options' }, q.options.map(option)),
    );
    return h(
      'div',
      { class: 'wz-screen wz-question' },
      back && h(WizardLink, { ctx, class: 'wz-back', to: back }, t('ui.back')),
      error && summary,
      h(
        'form',
        { class: 'wz-form', noValidate: true, onSubmit: submit },
        h('div', { class: `wz-group${error ? ' wz-group--error' : ''}` }, fieldset),
        h('button', { type: 'submit', class: 'wz-button' }, t('ui.continue')),
      ),
    );
  }
}
