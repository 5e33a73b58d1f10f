/**
 * `npm run dataset`: rebuilds data/dataset.json from the facts ledger in ../shared/facts
 * (or LEDGER_DIR), and data/detection.json from it. Refuses to write a dataset that does not validate.
 * Also writes data/quick-pattern.json (the lookout's) and data/char-classes.json, the Unicode classes the page side tests without regexes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectionData, quickPattern } from '../data/detect';
import { charClassTables } from './char-classes';
import { ledgerToDataset } from '../data/ledger-to-dataset';
import { assertValidDataset } from '../data/validate';

const root = resolve(import.meta.dirname, '..');
const ledgerDir = resolve(process.env.LEDGER_DIR ?? resolve(root, '../shared/facts'));
const read = (name: string) => JSON.parse(readFileSync(resolve(ledgerDir, name), 'utf8'));
const dataset = assertValidDataset(ledgerToDataset(read('claims.json'), read('entities.json')));
writeFileSync(resolve(root, 'data/dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
// The slice the content script ships on every page: compact, it is not read by people.
const detection = detectionData(dataset);
writeFileSync(resolve(root, 'data/detection.json'), JSON.stringify(detection) + '\n');
writeFileSync(resolve(root, 'data/quick-pattern.json'), JSON.stringify({ source: quickPattern(detection) }) + '\n');
writeFileSync(resolve(root, 'data/char-classes.json'), JSON.stringify(charClassTables()) + '\n');
console.log(`data/dataset.json: ${dataset.entities.length} entities, ${dataset.facts.length} facts, ${dataset.sources.length} sources, facts as of ${dataset.factsAsOf}`);
