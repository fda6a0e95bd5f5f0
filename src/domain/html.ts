/** Escaping for HTML built as strings (shared by build-time page chrome and islands). */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or a double-quoted attribute value, escaped for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
