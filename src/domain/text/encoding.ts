/**
 * Files must be UTF-8. A file saved in another encoding (Windows-1254, ISO-8859-2, UTF-16) decodes to
 * replacement characters or NULs that would otherwise slip silently into pages and UI strings.
 */

/** The 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** `file:line:column: …` for the first character a wrong encoding leaves behind, or undefined when there is none. */
export function encodingProblem(text: string, file: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL is what a wrong encoding (UTF-16 read as UTF-8) leaves.
  const at = text.search(/[\uFFFD\u0000]/);
  if (at === -1) return undefined;
  const { line, column } = lineAndColumn(text, at);
  return `${file}:${line}:${column}: the file is not valid UTF-8 text (wrong encoding?)`;
}

/** Decodes a file's bytes as UTF-8 (a leading byte order mark is dropped); throws naming the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  const problem = encodingProblem(text, file);
  if (problem) throw new Error(problem);
  return text;
}
