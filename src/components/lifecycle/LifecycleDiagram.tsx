/**
 * The life of an association as a vertical diagram: one node per status on a rail, the moves out of each status
 * beneath it (who acts, the next status, the time limit, the sources and their period), and every version of a
 * rule the sources disagree on, labelled. Rendered at build time only (Lifecycle.astro, no client directive): it is
 * plain HTML, an ordered list a screen reader reads as it is, with the rail, symbols and borders for the eye.
 */
import { listFormat, type Translate } from '../../domain/i18n/format';
import {
  LIFECYCLE_STATUSES,
  NOTIFICATIONS,
  periodsOf,
  TRANSITIONS,
  transitionsFrom,
  type Actor,
  type StatusId,
  type Transition,
} from '../../domain/lifecycle/association';
import type { SourceId } from '../../domain/sources/register';

export type LifecycleView = 'partner' | 'customer';

export interface LifecycleDiagramProps {
  t: Translate;
  /** BCP 47 tag of the page's language. */
  lang: string;
  view: LifecycleView;
}

/** The topic of each group of versions, by the group's first transition. */
const TOPICS: Readonly<Record<string, string>> = {
  'customer-declines-after-notice': 'window',
  'partner-ends-older': 'ending',
};

const SYMBOL: Record<Actor, string> = { partner: '◆', microsoft: '■', customer: '●', time: '◷' };

/** Transitions that state one move differently, as groups in data order; throws on a group without a topic. */
export function conflictGroups(): { topic: string; versions: Transition[] }[] {
  const groups: { topic: string; versions: Transition[] }[] = [];
  const seen = new Set<string>();
  for (const t of TRANSITIONS) {
    if (!t.conflictsWith || seen.has(t.id)) continue;
    const ids = new Set([t.id, ...t.conflictsWith]);
    const versions = TRANSITIONS.filter((x) => ids.has(x.id));
    for (const v of versions) seen.add(v.id);
    const topic = TOPICS[t.id];
    if (!topic) throw new Error(`src/domain/lifecycle/association.ts: versions ${[...ids].join(', ')} have no topic`);
    groups.push({ topic, versions });
  }
  return groups;
}

export function LifecycleDiagram({ t, lang, view }: LifecycleDiagramProps) {
  const list = (items: readonly string[]) => listFormat(lang).format(items);
  const cite = (sources: readonly SourceId[]) =>
    t('sources', { ids: sources.join(', '), periods: list(periodsOf(sources).map((p) => t(`period.${p}`))) });
  const name = (id: StatusId) => t(`statuses.${id}.name`);
  const groups = conflictGroups();
  const versionOf = (id: string) => {
    for (const g of groups) {
      const n = g.versions.findIndex((v) => v.id === id);
      if (n >= 0) return { n: n + 1, total: g.versions.length, topic: t(`topics.${g.topic}`) };
    }
    return undefined;
  };
  const editable = LIFECYCLE_STATUSES.filter((s) => s.partnerCanEdit);
  const anchor = (id: StatusId) => `lc-${view}-${id}`;
  const mark = view === 'customer' && <strong class="lc__mark">{t('customerMark')}</strong>;

  const limitText = (move: Transition) => {
    const l = move.limit;
    if (!l) return t('limit.none');
    const days = t(`days.${l.count}`, { count: l.days });
    return t(`limit.${l.from ?? 'plain'}`, { days });
  };

  const told = (n: number) => {
    const note = NOTIFICATIONS[n]!;
    return (
      <p key={note.id} class="lc__told lc__c">
        {mark}
        <span class="lc__sym" aria-hidden="true">
          {SYMBOL.customer}
        </span>
        {t('told', {
          n: n + 1,
          total: NOTIFICATIONS.length,
          ids: note.sources.join(', '),
          periods: list(periodsOf(note.sources).map((p) => t(`period.${p}`))),
        })}
      </p>
    );
  };

  return (
    <figure class={`lc lc--${view}`} aria-labelledby={`lc-${view}-title`}>
      <figcaption>
        <p class="lc__title" id={`lc-${view}-title`}>
          {t('title')}
        </p>
        <p>{t(`intro.${view}`)}</p>
        <ul class="lc__key">
          {(Object.keys(SYMBOL) as Actor[]).map((a) => (
            <li key={a}>
              <span class={`lc__sym lc__sym--${a}`} aria-hidden="true">
                {SYMBOL[a]}
              </span>
              {t(`actor.${a}`)}
            </li>
          ))}
        </ul>
      </figcaption>
      <ol class="lc__flow">
        {LIFECYCLE_STATUSES.map((status) => {
          const moves = transitionsFrom(status.id);
          const notes = NOTIFICATIONS.flatMap((x, i) => (x.at === status.id ? [i] : []));
          const edit = status.partnerCanEdit;
          return (
            <li key={status.id} id={anchor(status.id)} class={`lc__s lc__s--${status.id}`}>
              <p class="lc__name">
                {name(status.id)}
                <span class="lc__pc">{t(status.shownInPartnerCenter ? 'shown' : 'notShown')}</span>
              </p>
              <p>{t(`statuses.${status.id}.text`)}</p>
              {notes.map(told)}
              {edit && (
                <p class="lc__edit">
                  <span class="lc__sym" aria-hidden="true">
                    ⚠
                  </span>
                  {t('edit', { ids: edit.sources.join(', '), others: edit.conflictsWith.join(', ') })}
                </p>
              )}
              <ul class="lc__moves">
                {moves.map((move) => {
                  const version = versionOf(move.id);
                  return (
                    <li key={move.id} class={`lc__t lc__t--${move.actor}${move.customer ? ' lc__c' : ''}`}>
                      <p class="lc__move">
                        {move.customer && mark}
                        <span class={`lc__sym lc__sym--${move.actor}`} aria-hidden="true">
                          {SYMBOL[move.actor]}
                        </span>
                        <span class="lc__who">{t(`actor.${move.actor}`)}</span> {t(`moves.${move.id}`)}
                      </p>
                      <p class="lc__to">
                        <span class="lc__arrow" aria-hidden="true">
                          →
                        </span>{' '}
                        <a href={`#${anchor(move.to)}`}>{t('to', { status: name(move.to) })}</a>
                      </p>
                      <p>{limitText(move)}</p>
                      {version && (
                        <p class="lc__version">
                          <span class="lc__sym" aria-hidden="true">
                            ⚠
                          </span>
                          {t('version', version)}
                        </p>
                      )}
                      <p class="lc__src">{cite(move.sources)}</p>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <div class="lc__conflicts">
        <p class="lc__title">{t('conflicts')}</p>
        <ul>
          <li>
            {t('topics.told')}
            <ol>
              {NOTIFICATIONS.map((note) => (
                <li key={note.id}>
                  {name(note.at)}: {cite(note.sources)}
                </li>
              ))}
            </ol>
          </li>
          {editable.length > 0 && (
            <li>
              {t('topics.edit')}
              <ol>
                <li>
                  {t('editYes', { statuses: list(editable.map((s) => name(s.id))) })}:{' '}
                  {cite(editable[0]!.partnerCanEdit!.sources)}
                </li>
                <li>
                  {t('editNo')}: {cite(editable[0]!.partnerCanEdit!.conflictsWith)}
                </li>
              </ol>
            </li>
          )}
          {groups.map((g) => (
            <li key={g.topic}>
              {t(`topics.${g.topic}`)}
              <ol>
                {g.versions.map((v) => (
                  <li key={v.id}>
                    {t(`moves.${v.id}`)} ({limitText(v)}): {cite(v.sources)}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
