/**
 * Runs a build command and measures it: wall time, and peak memory two ways: the sum of the resident
 * memory of the whole process tree (polled from /proc every 100 ms) and GNU time's maximum resident set
 * of the largest single process. A time limit kills the whole tree.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, ensureDir, TMP } from './env';

export interface TimedRun {
  ok: boolean;
  timedOut: boolean;
  seconds: number;
  /** Peak of the summed RSS of the process tree, MB. */
  peakTreeMb: number;
  /** GNU time's max RSS of the largest single process, MB (undefined without /usr/bin/time). */
  peakProcessMb?: number;
  /** CPU seconds (user + system) of the whole tree, from GNU time: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  exitCode: number | null;
  /** The last lines of output, for failures. */
  tail: string;
  /** The whole output (stdout and stderr), under bench/tmp/logs/. */
  logFile: string;
  /** Seconds from the start to the first output line matching each of `opts.marks` (absent: never printed). */
  marks: Record<string, number>;
}

const PAGE = 4096;

/** Summed RSS (bytes) of `pid` and every descendant, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]);
      const p = Number(name);
      rss.set(p, Number(rest[21]) * PAGE);
      const list = children.get(ppid) ?? [];
      list.push(p);
      children.set(ppid, list);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * Watches output as it arrives, chunk by chunk, and calls `seen(name)` the first time a whole line matches
 * `patterns[name]`: a line may come in two chunks, and a chunk may hold many lines.
 */
export class LineMarks {
  private partial = '';
  private readonly waiting: Map<string, RegExp>;

  constructor(
    patterns: Record<string, RegExp>,
    private readonly seen: (name: string) => void,
  ) {
    this.waiting = new Map(Object.entries(patterns));
  }

  push(chunk: string): void {
    if (!this.waiting.size) return;
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) this.test(line);
    // A line still being written can already be matched: its time is when it started to appear.
    if (this.partial) this.test(this.partial);
  }

  private test(line: string): void {
    for (const [name, re] of this.waiting) {
      if (!re.test(line)) continue;
      this.waiting.delete(name);
      this.seen(name);
    }
  }
}

/** Runs `cmd args` in `cwd` and measures it; `limitSeconds` stops it (the run then counts as failed). */
export function timedRun(
  cmd: string,
  args: string[],
  opts: {
    cwd: string;
    env?: Record<string, string>;
    limitSeconds: number;
    label: string;
    nodeOptions?: string;
    /** Output lines to time, by name: when each first appears (see TimedRun.marks). */
    marks?: Record<string, RegExp>;
  },
): Promise<TimedRun> {
  const stamp = `${opts.label.replace(/\W+/g, '_')}-${Date.now()}`;
  const timeFile = join(ensureDir(join(TMP, 'logs')), `${stamp}.time`);
  const logFile = join(TMP, 'logs', `${stamp}.log`);
  const useTime = existsSync('/usr/bin/time');
  const [bin, argv] = useTime ? ['/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const env = childEnv({ ...(opts.env ?? {}), ...(opts.nodeOptions ? { NODE_OPTIONS: opts.nodeOptions } : {}) });
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(bin, argv as string[], {
      cwd: opts.cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const log = createWriteStream(logFile);
    const marks: Record<string, number> = {};
    const watch = new LineMarks(opts.marks ?? {}, (name) => {
      marks[name] = (performance.now() - t0) / 1000;
    });
    const keep = (b: Buffer) => {
      const text = b.toString();
      out = (out + text).slice(-20000);
      watch.push(text);
      log.write(b);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, opts.limitSeconds * 1000);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(poll);
      clearTimeout(limit);
      log.end();
      let peakProcessMb: number | undefined;
      let cpuSeconds: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const m = /([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (m) {
          peakProcessMb = Number(m[2]) / 1024;
          cpuSeconds = Number(m[3]) + Number(m[4]);
        }
      }
      const run: TimedRun = {
        ok: code === 0 && !timedOut,
        timedOut,
        seconds,
        peakTreeMb: peak / 2 ** 20,
        exitCode: code,
        tail: out.split('\n').slice(-25).join('\n'),
        logFile,
        marks,
      };
      if (peakProcessMb !== undefined) run.peakProcessMb = peakProcessMb;
      if (cpuSeconds !== undefined) run.cpuSeconds = cpuSeconds;
      resolve(run);
    });
  });
}
