/** Summarizes a V8 CPU profile (`node --cpu-prof`): where a build spends its own time, by file and function. */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

/** A readable location: the package or the project-relative path, without the file:// prefix. */
export function shortUrl(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) return path.slice(nm + '/node_modules/'.length);
  const src = path.search(/\/(src|scripts|\.astro|dist|locales)\//);
  return src >= 0 ? path.slice(src + 1) : path;
}

/** The `top` heaviest files and functions by self time. */
export function summarizeProfile(
  profile: CpuProfile,
  top = 12,
): { totalMs: number; files: HotSpot[]; functions: HotSpot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const files = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    total += us;
    const file = shortUrl(node.callFrame.url);
    files.set(file, (files.get(file) ?? 0) + us);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  });
  const rank = (m: Map<string, number>): HotSpot[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: total ? us / total : 0 }));
  return { totalMs: Math.round(total / 1000), files: rank(files), functions: rank(functions) };
}
