/**
 * Long regular expressions written one alternative per line, so that a diff shows the one
 * alternative that changed. In a `rx` or `src` template each line is trimmed and the lines are
 * joined with nothing; backslashes are as in a regex literal (String.raw). An interpolated
 * RegExp gives its source.
 *
 *     const PLAYS = src`(?:
 *       plays?|
 *       portrays?|
 *       stars?\s+as
 *     )`;
 */
type Part = string | number | RegExp;

function join(strings: TemplateStringsArray, parts: readonly Part[]): string {
  const text = String.raw({ raw: strings.raw }, ...parts.map((p) => (p instanceof RegExp ? p.source : String(p))));
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('');
}

/** A pattern's source, for composing into others. */
export const src = (strings: TemplateStringsArray, ...parts: Part[]): string => join(strings, parts);

/** A RegExp with these flags: rx('i')`...`. */
export const rx =
  (flags = '') =>
  (strings: TemplateStringsArray, ...parts: Part[]): RegExp =>
    new RegExp(join(strings, parts), flags);
