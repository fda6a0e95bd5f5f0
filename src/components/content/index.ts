/**
 * The components every page's MDX may use without importing them: the guide's own, and the ones the
 * translation step writes (src/domain/content/translate.ts). The page template hands them to the rendered
 * MDX (`<Content components={pageComponents(lang)} />`); other components are imported by the page that
 * uses them.
 */
import AppliesTo from './AppliesTo.astro';
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Missing from './Missing.astro';
import Outdated from './Outdated.astro';
import OutdatedEnglish from './OutdatedEnglish.astro';
import OutdatedPassages from './OutdatedPassages.astro';
import Roles from './Roles.astro';

const shared = { AppliesTo, Callout, Checklist, Roles, Outdated, Missing, OutdatedPassages, OutdatedEnglish };

interface SectionProps {
  lang: string;
  children?: unknown;
}

const sets = new Map<string, typeof shared & { Translation: (props: SectionProps) => unknown }>();

/**
 * The components for a page in `lang`. `Translation` shows the section of a generated translations file that
 * is `lang`'s and leaves the others unrendered: the file marks its sections `server:root`, which makes Astro
 * call the section's component as a function with its children unrendered (as it calls an MDX layout); an
 * Astro component's children would all be rendered, every locale's on every page (Astro renders slots
 * eagerly, for head propagation).
 */
export function pageComponents(lang: string) {
  let set = sets.get(lang);
  if (!set) {
    set = { ...shared, Translation: (props: SectionProps) => (props.lang === lang ? props.children : null) };
    sets.set(lang, set);
  }
  return set;
}
