/**
 * Small pieces every wizard screen shares: the context, headings at the right level, in-wizard links.
 * Files in the island's first chunk call h() instead of JSX: JSX would pull in Preact's JSX runtime
 * (~0.35 KB gzip), which the 12 KB budget cannot spare; the later chunk's screens use JSX.
 */
import { h, type ComponentChildren, type RefObject } from 'preact';
import type { Translate } from '../../domain/i18n/format';
import type { GuideSlug } from '../../domain/eligibility/evaluation';
import type { HrefFor } from '../../domain/eligibility/href';
import type { WizardState } from '../../domain/eligibility/steps';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export interface WizardContext {
  t: Translate;
  /** BCP 47 tag for Intl. */
  tag: string;
  /** Level of each screen's main heading (1 on the wizard's own page, lower when embedded). */
  level: HeadingLevel;
  href: HrefFor;
  /** Set by the island: moves to a state without a page load. Absent in the plain (no-JavaScript) version. */
  navigate?: (state: WizardState) => void;
  guideUrls: Partial<Record<GuideSlug, string>>;
  /** Prefix of the ids a screen gives its elements (`wz` unless several screens share one page). */
  idPrefix?: string;
}

/** A heading at `level` (capped at h6); `headingRef` lets the island move focus to it. */
export function Heading(props: {
  level: number;
  children?: ComponentChildren;
  headingRef?: RefObject<HTMLHeadingElement> | undefined;
  class?: string | undefined;
}) {
  const tag = `h${Math.min(props.level, 6)}`;
  return h(
    tag,
    { class: props.class, ref: props.headingRef, tabIndex: props.headingRef ? -1 : undefined },
    props.children,
  );
}

/** A link to another wizard state; with the island it moves in place (modified clicks still open tabs). */
export function WizardLink(props: {
  ctx: WizardContext;
  to: WizardState;
  class?: string;
  children?: ComponentChildren;
}) {
  const { ctx, to } = props;
  const onClick = ctx.navigate
    ? (e: MouseEvent) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        ctx.navigate!(to);
      }
    : undefined;
  return h('a', { href: ctx.href(to), class: props.class, onClick }, props.children);
}
