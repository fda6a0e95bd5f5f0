/** Copy-as-text, print, and a permanent link for an outcome (island only; hidden when printing). */
import { Component } from 'preact';
import type { Translate } from '../../domain/i18n/format';
import type { Evaluation } from '../../domain/eligibility/evaluation';
import type { Answers } from '../../domain/eligibility/questions';
import { resultPermalink } from '../../domain/eligibility/href';
import { outcomeAsText } from '../../domain/eligibility/text';

interface Props {
  t: Translate;
  tag: string;
  answers: Answers;
  evaluation: Evaluation;
  /** The plain version's page (`/<lang>/eligibility/steps/`): permanent links name a state of it. */
  stepsPath: string;
}

type Status = 'idle' | 'copied' | 'failed';

/** Copies the outcome as plain text; if the clipboard is refused, shows the text to copy by hand. */
export class OutcomeActions extends Component<Props, { status: Status }> {
  override state = { status: 'idle' as Status };

  override render({ t, tag, answers, evaluation, stepsPath }: Props, { status }: { status: Status }) {
    const setStatus = (s: Status) => this.setState({ status: s });
    const link = new URL(resultPermalink(stepsPath, answers), location.href).href;
    const text = outcomeAsText(answers, evaluation, t, tag, link);
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(text);
        setStatus('copied');
      } catch {
        setStatus('failed');
      }
    };
    return (
      <>
        <button type="button" class="wz-button" onClick={copy}>
          {t('ui.copy')}
        </button>
        <button type="button" class="wz-button wz-button--secondary" onClick={() => print()}>
          {t('ui.print')}
        </button>
        <p class="wz-permalink">
          <a href={link}>{t('ui.linkToResult')}</a> <span class="wz-hint">{t('ui.linkHint')}</span>
        </p>
        <p role="status" class="wz-status">
          {status === 'copied' ? t('ui.copied') : ''}
        </p>
        {status === 'failed' && (
          <div class="wz-copy-fallback">
            <label for="wz-copy-text">{t('ui.copyFailed')}</label>
            <textarea id="wz-copy-text" readOnly rows={12} value={text} />
          </div>
        )}
      </>
    );
  }
}
