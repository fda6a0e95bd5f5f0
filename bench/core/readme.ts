/** Puts the latest benchmark figures into the README between two markers, leaving the rest as it is. */

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** The README with the text between the markers replaced; throws when the markers are missing. */
export function replaceSection(readme: string, figures: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md: the Performance section needs the markers ${START} and ${END}`);
  return `${readme.slice(0, a + START.length)}\n${figures.trim()}\n${readme.slice(b)}`;
}
