/**
 * The eligibility wizard island's entry (src/components/wizard/EligibilityWizard.tsx). The two island entries
 * live in this folder because @astrojs/preact is limited to it (`include` in astro.config.mjs): its renderer
 * takes only components from here, and its Babel pass compiles only these two lines, while every other
 * `.tsx` file goes through Vite's oxc (Babel on the islands themselves cost 0.15 s a build).
 */
export { default } from '../wizard/EligibilityWizard';
