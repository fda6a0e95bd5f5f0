/**
 * Prints the eligibility wizard's decision table as Markdown: every complete path of answers, its outcome,
 * the period the outcome rests on and the rules that decided it. Run: `npx tsx scripts/wizard-table.ts`
 * (tsx resolves the domain's extensionless imports, which plain `node` does not).
 */
import { evaluate } from '../src/domain/eligibility/evaluate';
import { answerValues, QUESTION_IDS } from '../src/domain/eligibility/questions';
import { enumerateStates } from '../src/domain/eligibility/states';
import type { Period } from '../src/domain/sources/period';

const states = enumerateStates();
const complete = states.filter((s) => s.kind === 'check');
const period = (p: Period) =>
  [
    p.older && `pages of ${p.older.from}${p.older.to > p.older.from ? `–${p.older.to}` : ''}`,
    p.current && `current pages, checked ${p.current}`,
  ]
    .filter(Boolean)
    .join(' + ');
const header = [...QUESTION_IDS, 'outcome', 'outcome rests on', 'deciding rules'];
const rows = complete.map((s) => {
  const e = evaluate(s.answers);
  if (!e) throw new Error(`no outcome for ${s.path}`);
  const cells = QUESTION_IDS.map((id) => answerValues(s.answers, id).join(' + ') || '—');
  return [
    ...cells,
    `**${e.outcome}**`,
    `${e.basis.sources.join(', ')} (${period(e.basis.period)})`,
    e.reasons.map((r) => r.ruleId).join(', '),
  ];
});

const counts = new Map<string, number>();
for (const s of states) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);

console.log(`# Eligibility wizard: decision table\n`);
console.log(
  `${complete.length} complete paths; ${states.length} states per locale in the plain version ` +
    `(${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}).\n`,
);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
