/**
 * `npm run ledger:import -- <folder>`: brings a new version of the facts ledger into the project.
 * Reads claims.json and entities.json from the folder where re-checked research arrives, checks
 * them (the marking scope decides every entity, the dataset they make validates), and only then
 * copies them over data/film/ledger/ and regenerates data/generated/. On any problem it names it
 * and changes nothing. Review the diff (`git diff data/`) before committing: the project's copy
 * is the source of truth.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedFiles, LEDGER_DIR, readLedger, ROOT, writeGenerated } from './generated-files';

const from = process.argv[2];
if (!from) {
  console.error('usage: npm run ledger:import -- <folder holding claims.json and entities.json>');
  process.exit(2);
}
const dir = resolve(process.cwd(), from);
for (const name of ['claims.json', 'entities.json']) {
  if (!existsSync(resolve(dir, name))) {
    console.error(`ledger:import: ${resolve(dir, name)} does not exist; nothing changed`);
    process.exit(2);
  }
}
let files: Map<string, string>;
try {
  files = generatedFiles(readLedger(dir));
} catch (err) {
  console.error(`ledger:import: the ledger in ${dir} was not brought in; nothing changed.\n${(err as Error).message}`);
  process.exit(1);
}
for (const name of ['claims.json', 'entities.json']) copyFileSync(resolve(dir, name), resolve(ROOT, LEDGER_DIR, name));
console.log(`ledger:import: claims.json and entities.json copied into ${LEDGER_DIR}/`);
writeGenerated(files);
