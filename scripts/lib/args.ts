/** Command-line arguments of the translators' tools, and output that is only JSON when JSON is asked for. */
import { writeAll } from './project';

/** Reads `--name value` flags (the last one wins), `--switch` flags, and the rest as positional arguments. */
export function parseArgs(argv: readonly string[], valued: readonly string[]) {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (valued.includes(a)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a}: a value is missing`);
      values.set(a, v);
      i++;
    } else if (a.startsWith('--')) switches.add(a);
    else rest.push(a);
  }
  return { get: (n: string) => values.get(n), has: (n: string) => switches.has(n), rest };
}

/**
 * Writes a report: to the file named by `--out` (nothing else on stdout), or to stdout. `npm run` prints its
 * own banner to stdout before the script starts, so `npm run … > file.json` needs `npm run --silent`; `--out`
 * needs nothing.
 */
export function output(text: string, out: string | undefined): void {
  if (out) writeAll([{ path: out, text: text.endsWith('\n') ? text : `${text}\n` }]);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
