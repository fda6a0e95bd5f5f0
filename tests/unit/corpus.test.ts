/**
 * The bad-input corpus (tests/corpus/): every case's input, fed to the real code that reads such input,
 * must produce exactly the message(s) in its case.json; a refused import, run as a translator runs it,
 * must leave every file as it was.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/domain/deadline/rules';
import { lookup, type Messages } from '../../src/domain/i18n/format';
import { KINDS, actualMessages, loadCases, xliffResult, type Case } from './corpus-cases';

const cases = loadCases();
const deadlineMessages = JSON.parse(readFileSync('locales/en/deadline.json', 'utf8')) as Messages;
/** The calculator's field labels in English, as errorText names the fields. */
const FIELD_LABELS = [
  ...RULES.flatMap((r) => [`form.${r.startEvent}.date`, `form.${r.startEvent}.time`]),
  'form.tz.label',
  'form.region.label',
  'form.rule.label',
].map((key) => lookup(deadlineMessages, key)!);
const byKind = (kind: Case['kind']) => cases.filter((c) => c.kind === kind);

describe('the bad-input corpus', () => {
  it('holds at least 40 cases and at least three of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const kind of KINDS) expect(byKind(kind).length, kind).toBeGreaterThanOrEqual(3);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s gives its exact message', async (_name, c) => {
    expect(await actualMessages(c)).toEqual(c.expected);
  });

  it('names where each problem is: the file (and line, key or field), the passage, or the parameter', () => {
    for (const c of cases) {
      for (const message of c.expected) {
        if (c.kind === 'deadline-query') {
          // "<field label>: …", the label as the form shows it.
          expect(
            FIELD_LABELS.some((label) => message.startsWith(`${label}: `)),
            `${c.name}: ${message}`,
          ).toBe(true);
        } else if (c.kind === 'wizard-query') {
          // The parameter by name, or (for a part that is not a plain word) a sentence that never echoes it.
          expect(message, c.name).toMatch(/^“[a-z0-9_-]+” |^The link /);
        } else if (message.startsWith('"')) {
          // A stored translation the page matcher refused: named by its English passage.
          expect(c.kind, c.name).toBe('translation-file');
        } else if (message.startsWith('rejected ')) {
          expect(message, c.name).toMatch(/^rejected [0-9a-f]{5}-\d+: /);
        } else if (c.kind === 'locale') {
          // The file may be one the case lacks (a missing namespace), so any locale file path counts.
          expect(message, c.name).toMatch(/^locales\/[a-z-]+\/[\w-]+\.json(:\d+:\d+)?: /);
        } else {
          expect(
            c.files.map((f) => f.path).some((p) => message.startsWith(`${p}:`)),
            `${c.name}: ${message}`,
          ).toBe(true);
        }
      }
    }
  });

  it.each([...byKind('xliff'), ...byKind('po')].map((c) => [c.name, c] as const))(
    '%s: a refused import returns nothing to write',
    async (_name, c) => {
      const { result } = await xliffResult(c);
      if (result) {
        expect(result.pages).toEqual([]);
        expect(result.namespaces).toEqual([]);
      }
    },
  );
});

/** The translators' tools, run on a copy of the project as a translator runs them, from the folder that holds the file. */
describe('a refused import changes no file', () => {
  let root = '';
  const tsx = resolve('node_modules/.bin/tsx');
  const script = (name: string) => resolve('scripts', `${name}.ts`);

  const copyProject = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cpor-corpus-'));
    cpSync('locales', join(dir, 'locales'), { recursive: true });
    cpSync('src/content', join(dir, 'src/content'), { recursive: true });
    return dir;
  };

  const snapshot = (): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else out[p.slice(root.length)] = readFileSync(p, 'utf8');
      }
    };
    walk(join(root, 'locales'));
    return out;
  };

  const run = (c: Case, args: string[], project = root) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(tsx, args, { cwd: c.dir, env: { ...process.env, CPOR_ROOT: project } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('close', (status) => done({ status, stdout, stderr }));
    });

  beforeAll(() => {
    root = copyProject();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const refused = [
    ...byKind('msdocs')
      .filter((c) => !c.expected[0]!.startsWith('rejected '))
      .map((c) => ({ c, args: [script('i18n-import-msdocs'), c.files[0]!.path] })),
    ...[...byKind('xliff'), ...byKind('po')].map((c) => ({
      c,
      args: [script('i18n-import'), c.files[0]!.path, '--locale', 'tr'],
    })),
  ];

  it('runs the tools on every refused msdocs, XLIFF and PO case, wrong encodings included', () => {
    expect(refused.map((r) => r.c.name)).toEqual(
      expect.arrayContaining(['msdocs-wrong-encoding', 'msdocs-utf16', 'xliff-wrong-encoding']),
    );
  });

  // Concurrent (the tools are slow to start): no run here writes, so each before/after pair stays meaningful.
  it.concurrent.each(refused.map((r) => [r.c.name, r] as const))(
    '%s: exits 1 with the exact messages and leaves locales/ untouched',
    async (_name, { c, args }) => {
      const before = snapshot();
      const r = await run(c, args);
      expect(r.status).toBe(1);
      const errors = r.stderr
        .split('\n')
        .filter((l) => l.startsWith('error: '))
        .map((l) => l.slice('error: '.length));
      expect(errors).toEqual(c.expected);
      expect(r.stdout).toBe('');
      expect(snapshot()).toEqual(before);
    },
    60_000,
  );

  it('imports a bilingual file with a script in one segment without that segment, and stores no markup', async () => {
    const c = cases.find((x) => x.name === 'msdocs-script-in-target')!;
    // Its own copy: this import succeeds and writes, which must not disturb the refused runs above.
    const project = copyProject();
    try {
      const r = await run(c, [script('i18n-import-msdocs'), c.files[0]!.path], project);
      expect(r.status).toBe(0);
      for (const message of c.expected) expect(r.stdout).toContain(`  ${message}\n`);
      const stored = readFileSync(join(project, 'locales/hu/pages/overview.json'), 'utf8');
      expect(stored).not.toMatch(/<script|alert\(1\)/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});
