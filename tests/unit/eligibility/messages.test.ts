import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessages, flatten } from '../../../src/domain/i18n/check-messages';
import { LOCALES, SOURCE_LOCALE } from '../../../src/domain/i18n/locales';
import type { Messages } from '../../../src/domain/i18n/format';
import { evaluate } from '../../../src/domain/eligibility/evaluate';
import { GUIDE_SLUGS, OUTCOMES, SOURCE_IDS } from '../../../src/domain/eligibility/evaluation';
import { ERROR_CODES } from '../../../src/domain/eligibility/query';
import { questions } from '../../../src/domain/eligibility/questions';
import { enumerateStates } from '../../../src/domain/eligibility/states';

const load = (code: string) => JSON.parse(readFileSync(`locales/${code}/wizard.json`, 'utf8')) as Messages;
const keysOf = (m: Messages) =>
  new Set([...flatten(m).keys()].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

/** Every key the domain can emit, found by evaluating every reachable state. */
function domainKeys(): Set<string> {
  const keys = new Set<string>(['title', 'description', 'intro']);
  for (const q of questions) {
    for (const k of ['legend', 'hint', 'summary', 'error']) keys.add(`questions.${q.id}.${k}`);
    for (const o of q.options) keys.add(`questions.${q.id}.options.${o}`);
  }
  for (const o of OUTCOMES) keys.add(`outcomes.${o}.title`).add(`outcomes.${o}.body`);
  for (const s of SOURCE_IDS) keys.add(`sources.${s}`);
  for (const g of GUIDE_SLUGS) keys.add(`guides.${g}`);
  for (const k of ['older', 'current', 'both']) keys.add(`ui.period.${k}`);
  for (const c of ERROR_CODES) keys.add(`errors.${c}`);
  for (const s of enumerateStates()) {
    const e = s.kind === 'check' ? evaluate(s.answers) : undefined;
    if (!e) continue;
    for (const r of [...e.reasons, ...e.notes]) {
      keys.add(r.messageKey);
      if (r.conflict) keys.add(r.conflict);
    }
    for (const h of e.changeHints) keys.add(h.messageKey);
    for (const c of e.checklist) keys.add(c.messageKey);
  }
  return keys;
}

/** UI keys the components, the wizard's pages and its text module ask for with a literal `t('…')`. */
function componentKeys(): Set<string> {
  const files = [
    ...readdirSync('src/components/wizard')
      .filter((f) => /\.(tsx|astro)$/.test(f))
      .map((f) => `src/components/wizard/${f}`),
    'src/domain/eligibility/text.ts',
    'src/pages/[lang]/eligibility/index.astro',
    'src/pages/[lang]/eligibility/steps.astro',
    'src/pages/[lang]/eligibility/map.astro',
  ];
  const keys = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('wizard messages', () => {
  const en = keysOf(load(SOURCE_LOCALE));

  it('has every key the domain can emit in English', () => {
    const missing = [...domainKeys()].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  it('has every key the components use in English', () => {
    const used = componentKeys();
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l.code !== SOURCE_LOCALE).map((l) => l.code))(
    '%s has the same keys, placeholders and plurals as English',
    (code) => {
      const tags = Object.fromEntries(LOCALES.map((l) => [l.code, l.tag]));
      const problems = checkMessages(
        { [SOURCE_LOCALE]: { wizard: load(SOURCE_LOCALE) }, [code]: { wizard: load(code) } },
        tags,
      );
      expect(problems).toEqual([]);
      const keys = keysOf(load(code));
      expect([...domainKeys()].filter((k) => !keys.has(k))).toEqual([]);
    },
  );
});
