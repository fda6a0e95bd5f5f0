/**
 * Content Security Policy of a page: scripts only from this origin or by hash, never 'unsafe-inline' or
 * 'unsafe-eval', no third-party origins anywhere. A strict policy is what keeps an injected string inert.
 */

/** Splits a policy into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const KEYWORD = /^'(self|none|strict-dynamic|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+|nonce-[^']+)'$/;

/** What is wrong with a page's policy, given the sha256 hashes of its inline scripts and styles. */
export function cspProblems(policy: string | undefined, inline: { scripts: string[]; styles: string[] }): string[] {
  if (!policy) return ['no Content-Security-Policy'];
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const script = csp.get('script-src') ?? csp.get('default-src');
  if (!script) problems.push('no script-src or default-src');
  if (csp.get('default-src')?.join(' ') !== "'self'") problems.push("default-src should be 'self'");
  for (const [name, sources] of csp) {
    for (const s of sources) {
      if (s === "'unsafe-inline'" || s === "'unsafe-eval'") problems.push(`${name} allows ${s}`);
      else if (!KEYWORD.test(s) && s !== 'data:' && s !== 'blob:') problems.push(`${name} allows another origin: ${s}`);
    }
  }
  for (const h of inline.scripts)
    if (!script?.includes(`'sha256-${h}'`))
      problems.push(`an inline script (sha256-${h}) is not allowed by script-src`);
  const style = csp.get('style-src') ?? csp.get('default-src') ?? [];
  for (const h of inline.styles)
    if (!style.includes(`'sha256-${h}'`)) problems.push(`an inline style (sha256-${h}) is not allowed by style-src`);
  return problems;
}

const META_CSP = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;
const CONTENT = /\scontent=(?:"([^"]*)"|'([^']*)')/i;
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * The policy of a page's `<meta http-equiv="content-security-policy">`, read with a pattern rather than an
 * HTML parser (the headers step reads every built page), without a trailing semicolon; undefined without one.
 */
export function metaCsp(html: string): string | undefined {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const tag = META_CSP.exec(head)?.[0];
  const m = tag ? CONTENT.exec(tag) : null;
  if (!m) return undefined;
  return (m[1] ?? m[2]!)
    .replace(/&(amp|quot|#39|#x27|lt|gt);/g, (e) => ENTITIES[e]!)
    .trim()
    .replace(/;?$/, '');
}
