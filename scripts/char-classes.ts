/**
 * The Unicode classes `data/core/text/char-classes.ts` tests against, as ranges built from this Node's
 * `\p{...}` (written to data/generated/char-classes.json by `npm run dataset`). Each class is a list of
 * inclusive [first, last] code point ranges, stored as base-36 gaps and lengths: "5x,p,1,2"
 * means [213, 238], [240, 242].
 */
function ranges(re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const inside = cp < 0x110000 && (cp < 0xd800 || cp > 0xdfff) && re.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    if (!inside && start >= 0) {
      out.push([start, cp - 1]);
      start = -1;
    }
  }
  return out;
}

function encode(list: Array<[number, number]>): string {
  let prev = 0;
  const parts: string[] = [];
  for (const [first, last] of list) {
    parts.push((first - prev).toString(36), (last - first).toString(36));
    prev = last;
  }
  return parts.join(',');
}

export interface CharClassTables {
  /** \p{L} */
  letter: string;
  /** \p{N} */
  number: string;
  /** \p{Lu} */
  upper: string;
}

export function charClassTables(): CharClassTables {
  return { letter: encode(ranges(/\p{L}/u)), number: encode(ranges(/\p{N}/u)), upper: encode(ranges(/\p{Lu}/u)) };
}
