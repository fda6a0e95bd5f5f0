/**
 * Stable ids of passages in exchange files. A passage's id is a hash of the English a stored translation
 * was made from (its `source`), or of today's English when nothing is stored, so it does not change when
 * today's English does: an outdated passage keeps the id it had. When an import replaces a unit's `source`
 * by newer English, the unit keeps its id explicitly (`id` in the stored unit).
 */
import { matchKey } from './inline-check';
import type { TranslationUnit } from './store';

/** A short, stable id for an English passage (FNV-1a, hex). */
export function unitId(english: string): string {
  return `s${fnv(matchKey(english))}`;
}

/** FNV-1a of a text, as 8 hex digits. */
export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The id of a stored unit: its own, or the hash of the English it was made from. */
export function storedId(unit: TranslationUnit): string {
  return unit.id ?? unitId(unit.source);
}

/** A well-formed id: what `unitId` makes (`s` and 8 hex digits). */
export const UNIT_ID = /^s[0-9a-f]{8}$/;
