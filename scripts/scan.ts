/**
 * `npm run --silent scan -- FILE.html [...]`: the extension's own detection over saved pages.
 * Prints one JSON array, [{ file, mentions: [{ entity, text, start, end }], claims: [{ claim,
 * stance, start, end, text }] }], offsets into the body text as `entrypoints/named-page/page-text.ts`
 * defines it; `claims` are the sentences that state ("states") or deny ("denies") one of the
 * ledger's claims that are not confirmed. Other tools read this: keep the shape stable.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { dataset } from '../data/core/facts/dataset';
import { detectClaims } from '../data/core/claims/claims';
import { FILM_ENTITY_IDS } from '../data/film/topic';
import { createDetector } from '../data/core/names/detect';
import { readPageTextNow } from '../entrypoints/named-page/page-text';
import { notesWithMatcher } from '../data/film/statement-model';
import { shippedNoteModels } from './note-model-file';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent scan -- FILE.html [FILE.html ...]');
  process.exit(2);
}
const detect = createDetector(dataset);
const results = [];
let failed = false;
for (const file of files) {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`scan: cannot read ${file}: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  const { document } = parseHTML(html);
  const body = document.body ?? document.documentElement;
  const page = body ? readPageTextNow(body) : null;
  const mentions = page ? detect(page) : [];
  // The rules' notes, and the statement matcher's for the sentences they left (on a page that names the film), as in the browser.
  const filmNamed = mentions.some((m) => FILM_ENTITY_IDS.has(m.entity));
  const rules = page ? detectClaims(page) : [];
  const claims = page && filmNamed ? notesWithMatcher(page.text, rules, false, { models: shippedNoteModels() }) : rules;
  results.push({
    file,
    mentions: mentions.map(({ entity, text, start, end }) => ({ entity, text, start, end })),
    claims: claims.map(({ claim, stance, start, end, text }) => ({ claim, stance, start, end, text })),
  });
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
process.exit(failed ? 1 : 0);
