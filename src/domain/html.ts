/** Escaping for HTML built as strings (shared by build-time page chrome and islands). */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or a double-quoted attribute value, escaped for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** The `lang` attribute of a page's `<html>` element as written (`tr-TR`), or '' when it has none. */
export function htmlLang(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html);
  if (!tag) return '';
  const lang = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(tag[0]);
  return (lang?.[1] ?? lang?.[2] ?? lang?.[3] ?? '').trim();
}
