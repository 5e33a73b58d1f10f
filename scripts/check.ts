/**
 * `npm run --silent check -- "first sentence" "second sentence" ...`: what the sources say about
 * each sentence, by the extension's own statement matcher. Prints one JSON array,
 * [{ text, matches: [{ claim, stance, score }] }], matches best first; `matches` is empty when
 * nothing in the dataset is about the sentence. With no arguments, reads one sentence per line
 * from standard input. Other tools read this: keep the shape stable.
 */
import { readFileSync } from 'node:fs';
import { matchStatement } from '../data/core/statements/matcher';
import { statementModel } from '../data/film/statement-model';

let sentences = process.argv.slice(2);
if (sentences.length === 0 && !process.stdin.isTTY) {
  sentences = readFileSync(0, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
if (sentences.length === 0) {
  console.error('usage: npm run --silent check -- "a sentence" ["another sentence" ...]   (or one sentence per line on standard input)');
  process.exit(2);
}
const model = statementModel();
const results = sentences.map((text) => ({
  text,
  matches: matchStatement(model, text).map(({ claim, stance, score }) => ({ claim, stance, score })),
}));
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
