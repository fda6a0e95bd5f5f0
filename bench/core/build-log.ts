/** Reads an Astro (+ Pagefind) build's console output: phase times and how far a stopped build got. */

export interface BuildLog {
  /** Astro's "N page(s) built in X s" figures, when it got that far. */
  astroPages?: number;
  astroSeconds?: number;
  /** Pagefind's own time (scripts/search-index.ts and the CLI: "Finished in X seconds"; Starlight: "Finished building search index in Xs"). */
  pagefindSeconds?: number;
  /** Pages Astro had written, from its per-page lines: progress of a build stopped at its time limit. */
  pagesRendered: number;
  /** The last Astro phase announced (e.g. "Rendering", "Building"), to say where a stopped build was. */
  lastPhase?: string;
  /** Render time Astro reports per written page, summed by kind of route: where the rendering goes. */
  renderByRoute: Record<string, { pages: number; ms: number }>;
}

const TOOL_ROUTES = new Set(['eligibility', 'translation-status', 'opt-out-deadline']);

/** Seconds in Astro's and Pagefind's duration formats: "624ms", "48.90s", "4m 33s", "5.292 seconds". */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m\s*)?([\d.]+)\s*(ms|s|seconds)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/** The kind of route an output path belongs to: a tool's name, `content`, `home` or the top folder. */
export function routeKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 1) return 'root';
  const [first, second] = parts as [string, string];
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(first) || first === 'holidays') return first;
  if (second === 'index.html') return 'home';
  return TOOL_ROUTES.has(second) ? second : 'content';
}

/** Parses the text of a build's output (ANSI colours allowed). */
export function parseBuildLog(text: string): BuildLog {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const out: BuildLog = { pagesRendered: 0, renderByRoute: {} };
  const built = /(\d+) page\(s\) built in ((?:\d+m\s*)?[\d.]+\s*(?:ms|s))\b/.exec(plain);
  if (built) {
    out.astroPages = Number(built[1]);
    const s = parseDuration(built[2]!);
    if (s !== undefined) out.astroSeconds = s;
  }
  const pf = /Finished (?:building search index )?in ((?:\d+m\s*)?[\d.]+\s*(?:ms|seconds|s))\b/.exec(plain);
  const pfs = pf ? parseDuration(pf[1]!) : undefined;
  if (pfs !== undefined) out.pagefindSeconds = pfs;
  for (const m of plain.matchAll(/^(?:\d\d:\d\d:\d\d )?\s*[├└]─ (\S+)(?: \(\+((?:\d+m\s*)?[\d.]+(?:ms|s))\))?/gm)) {
    if (m[1]!.endsWith('.html')) out.pagesRendered++;
    const kind = routeKind(m[1]!);
    const entry = out.renderByRoute[kind] ?? { pages: 0, ms: 0 };
    out.renderByRoute[kind] = entry;
    entry.pages++;
    entry.ms += Math.round((m[2] ? (parseDuration(m[2]) ?? 0) : 0) * 1000);
  }
  // Astro announces phases as "Building static entrypoints..." and "generating static routes";
  // Pagefind's CLI as "[Building search indexes]".
  for (const line of plain.split('\n')) {
    const m =
      /^(?:\d\d:\d\d:\d\d )?(?:\[[\w:@/-]+\] )?([A-Z][a-z]+(?: [a-z]+)*)\.{3}\s*$/.exec(line) ??
      /^\s*(generating static routes)\s*$/.exec(line) ??
      /^\[([A-Z][a-z]+(?: [a-z]+)*)\]\s*$/.exec(line);
    if (m) out.lastPhase = m[1]!;
  }
  return out;
}
