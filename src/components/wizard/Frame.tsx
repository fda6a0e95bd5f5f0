/** The wizard's outer frame, the same for the island and the plain version (h(), not JSX: see parts.tsx). */
import { h, type ComponentChildren } from 'preact';
import type { Translate } from '../../domain/i18n/format';
import { Heading } from './parts';

interface Props {
  t: Translate;
  /** Inside another page: an h2 title and intro; on the wizard's own page: a caption above the h1. */
  embedded: boolean;
  children?: ComponentChildren;
  /** Polite announcement of a new outcome (island only; the region exists from the start). */
  announce?: string;
}

/** Wraps one screen with the wizard's title and a polite live region. */
export function Frame({ t, embedded, children, announce = '' }: Props) {
  const title = embedded
    ? [h(Heading, { level: 2, class: 'wz-title' }, h('span', { id: 'wz-title' }, t('title'))), h('p', null, t('intro'))]
    : h('p', { class: 'wz-caption' }, t('title'));
  return h(
    'section',
    { class: `wz${embedded ? ' wz--embedded' : ''}`, 'aria-labelledby': embedded ? 'wz-title' : undefined },
    title,
    children,
    h('p', { class: 'wz-visually-hidden', 'aria-live': 'polite' }, announce),
  );
}
