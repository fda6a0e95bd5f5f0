/**
 * The sources register against everything that cites it: pages (front matter and inline `[S#]`, in English and in
 * every translation), the wizard's questions, outcomes, rules, notes and checklists on every path, the
 * calculator's rules, and the life of an association (src/domain/lifecycle/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../src/domain/content/page';
import { CURRENT_RULE, RULES } from '../../../src/domain/deadline/rules';
import { enumerateStates, evaluate, OUTCOME_SOURCES, questions } from '../../../src/domain/eligibility';
import { LIFECYCLE_STATUSES, NOTIFICATIONS, TRANSITIONS } from '../../../src/domain/lifecycle/association';
import { inlineCitations, SOURCES, SOURCE_IDS } from '../../../src/domain/sources/register';

const DOCS = 'src/content/docs/en';
const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => loadPage(`${DOCS}/${f}`, readFileSync(`${DOCS}/${f}`, 'utf8')));

/** Every citation with where it was found, so a failure names the place. */
function citations(): { id: string; where: string }[] {
  const out: { id: string; where: string }[] = [];
  for (const p of pages) {
    for (const id of p.data.sources) out.push({ id, where: `${p.file} front matter` });
    for (const id of inlineCitations(p.source.slice(p.bodyStart))) out.push({ id, where: `${p.file} text` });
  }
  for (const code of readdirSync('locales', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = `locales/${code.name}/pages`;
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files) {
      const { units } = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { units: { target: string }[] };
      for (const u of units) for (const id of inlineCitations(u.target)) out.push({ id, where: `${dir}/${f}` });
    }
  }
  for (const state of enumerateStates().filter((s) => s.kind === 'result')) {
    const e = evaluate(state.answers)!;
    const where = `wizard outcome ${e.outcome} at ${state.path}`;
    for (const r of [...e.reasons, ...e.notes]) {
      for (const id of [...r.sources, ...(r.conflictSources ?? [])])
        out.push({ id, where: `${where} (${r.messageKey})` });
    }
    for (const c of e.checklist) for (const id of c.sources) out.push({ id, where: `${where} (${c.messageKey})` });
  }
  for (const [outcome, ids] of Object.entries(OUTCOME_SOURCES)) {
    for (const id of ids) out.push({ id, where: `wizard outcome ${outcome} (basis)` });
  }
  for (const q of questions) for (const id of q.sources) out.push({ id, where: `wizard question ${q.id}` });
  for (const rule of RULES) for (const s of rule.sources) out.push({ id: s.tag, where: `calculator rule ${rule.id}` });
  for (const id of CURRENT_RULE.sources) out.push({ id, where: 'calculator: current rule' });
  for (const x of [...LIFECYCLE_STATUSES, ...TRANSITIONS, ...NOTIFICATIONS])
    for (const id of x.sources) out.push({ id, where: `lifecycle ${x.id}` });
  return out;
}

describe('the sources register', () => {
  const cited = citations();

  it('holds every id that a page, the wizard or the calculator cites', () => {
    const unknown = cited.filter((c) => !(SOURCE_IDS as readonly string[]).includes(c.id));
    expect(unknown.map((c) => `${c.id} (${c.where})`)).toEqual([]);
  });

  it('holds nothing that is cited by nothing', () => {
    const used = new Set(cited.map((c) => c.id));
    expect(SOURCE_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every entry a title, a link, a period and a version or check date', () => {
    expect(new Set(SOURCE_IDS).size).toBe(SOURCE_IDS.length);
    for (const s of SOURCES) {
      expect(s.title, s.id).not.toBe('');
      expect(() => new URL(s.url), s.id).not.toThrow();
      expect(s.checked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A versioned file names the version read; a current page is read as it stands, on the check date.
      if (s.period === 'older') expect('version' in s && s.version, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect('version' in s, s.id).toBe(false);
    }
  });

  it('finds inline citations with one or several ids, and nothing else in brackets', () => {
    expect(inlineCitations('Review starts within five days [S8, S9]; see [S10] and [seeds].')).toEqual([
      'S8',
      'S9',
      'S10',
      'seeds',
    ]);
    expect(inlineCitations('A [link](../x/) and [Sx] and [S] are not citations.')).toEqual([]);
  });
});
