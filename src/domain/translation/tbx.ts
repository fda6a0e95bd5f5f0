/**
 * A locale's termbase (glossary.json) as TBX (TBX-Basic, ISO 30042:2008 `martif`), which CAT tools import as
 * a term list: one entry per term with its note as the definition, the English term, the preferred
 * renderings (a stem such as "tanın-" without its hyphen, noted as a stem), the forbidden ones marked
 * deprecated, and a do-not-translate term with the English as its preferred rendering.
 */
import type { Glossary } from './glossary';
import { escapeAttr, escapeText } from './xml';

function tig(term: string, status: 'preferred' | 'admitted' | 'deprecated', note?: string): string {
  const lines = [
    '          <tig>',
    `            <term>${escapeText(term)}</term>`,
    `            <termNote type="administrativeStatus">${status}Term-admn-sts</termNote>`,
  ];
  if (note) lines.push(`            <note>${escapeText(note)}</note>`);
  lines.push('          </tig>');
  return lines.join('\n');
}

/** The termbase as a TBX-Basic document; `tag` is the locale's language tag. */
export function termbaseTbx(glossary: Glossary, tag: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>CPOR Guide termbase for ${escapeText(tag)} (locales/${escapeText(glossary.locale)}/glossary.json)</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  glossary.terms.forEach((t, i) => {
    out.push(`      <termEntry id="t${i + 1}">`);
    out.push(`        <descrip type="definition">${escapeText(t.note)}</descrip>`);
    out.push('        <langSet xml:lang="en">');
    out.push(tig(t.en, 'preferred', t.label ? 'an interface label' : undefined));
    for (const a of t.also ?? []) out.push(tig(a, 'admitted'));
    out.push('        </langSet>');
    out.push(`        <langSet xml:lang="${escapeAttr(tag)}">`);
    if (t.doNotTranslate) out.push(tig(t.en, 'preferred', 'do not translate: stays in English'));
    for (const p of t.preferred ?? [])
      out.push(
        p.endsWith('-')
          ? tig(p.slice(0, -1), 'preferred', 'a stem: any ending may follow')
          : tig(p, t.doNotTranslate ? 'admitted' : 'preferred'),
      );
    for (const f of t.forbidden ?? []) out.push(tig(f, 'deprecated', 'never use for this term'));
    out.push('        </langSet>');
    out.push('      </termEntry>');
  });
  out.push('    </body>', '  </text>', '</martif>');
  return `${out.join('\n')}\n`;
}
