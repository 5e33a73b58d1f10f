/**
 * Every generated file of the repository, as it should read, built from the repository alone:
 * the dataset from the ledger in data/film/ledger, the detection tables from the dataset and
 * the matcher's code, the character classes from this Node's Unicode tables. `npm run dataset`
 * writes them; test/unit/generated.test.ts fails naming that command when one is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectionData, quickPattern } from '../data/core/names/detect';
import { ledgerToDataset, type LedgerClaims, type LedgerEntities } from '../data/core/facts/ledger-to-dataset';
import { scopeProblems } from '../data/core/facts/ledger-scope';
import { assertValidDataset } from '../data/core/facts/validate';
import scope from '../data/film/ledger/scope.json';
import { charClassTables } from './char-classes';
import { noteModelJson } from './train-note-model';
import { languageData, type FactTranslations } from '../data/core/i18n/check';
import { LANGUAGES, localeFolder, type Catalogue, type Language } from '../data/core/i18n/translate';

export const ROOT = resolve(import.meta.dirname, '..');
export const LEDGER_DIR = 'data/film/ledger';
export const GENERATED_DIR = 'data/generated';
export const REGENERATE_COMMAND = 'npm run dataset';

export interface Ledger {
  claims: LedgerClaims;
  entities: LedgerEntities;
}

export function readLedger(dir = resolve(ROOT, LEDGER_DIR)): Ledger {
  const read = (name: string) => {
    const file = resolve(dir, name);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`${file}: ${(err as Error).message}`);
    }
  };
  return { claims: read('claims.json'), entities: read('entities.json') };
}

/** The dataset a ledger makes, or an error naming every problem (scope, then the dataset's own). */
export function datasetFromLedger(ledger: Ledger) {
  const problems = scopeProblems(
    ledger.entities.entities.map((e) => e.id),
    scope,
  );
  if (problems.length) throw new Error(`The ledger does not fit the marking scope:\n  ${problems.join('\n  ')}`);
  return assertValidDataset(ledgerToDataset(ledger.claims, ledger.entities));
}

export const LOCALES_DIR = 'public/_locales';
export const TRANSLATIONS_DIR = 'data/film/translations';

/** The message catalogues (public/_locales) and the facts' translations (data/film/translations), as found. */
export function readLanguages(root = ROOT) {
  const read = <T>(file: string): T | undefined => {
    try {
      return JSON.parse(readFileSync(resolve(root, file), 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`${file}: ${(err as Error).message}`);
    }
  };
  const catalogues: Partial<Record<Language, Catalogue>> = {};
  const translations: Partial<Record<Language, FactTranslations>> = {};
  for (const l of LANGUAGES) {
    const c = read<Catalogue>(`${LOCALES_DIR}/${localeFolder(l)}/messages.json`);
    if (c) catalogues[l] = c;
    const t = read<FactTranslations>(`${TRANSLATIONS_DIR}/${l}.json`);
    if (t) translations[l] = t;
  }
  return { catalogues, translations };
}

/** Path (from the repository's root) to content, for every generated file. */
export function generatedFiles(ledger = readLedger(), languages = readLanguages()): Map<string, string> {
  const dataset = datasetFromLedger(ledger);
  // The slice the content script ships: compact, it is not read by people.
  const detection = detectionData(dataset);
  return new Map([
    [`${GENERATED_DIR}/dataset.json`, JSON.stringify(dataset, null, 1) + '\n'],
    [`${GENERATED_DIR}/detection.json`, JSON.stringify(detection) + '\n'],
    [`${GENERATED_DIR}/quick-pattern.json`, JSON.stringify({ source: quickPattern(detection) }) + '\n'],
    [`${GENERATED_DIR}/char-classes.json`, JSON.stringify(charClassTables()) + '\n'],
    [`${GENERATED_DIR}/note-model.json`, noteModelJson()],
    // The six languages' messages and translated facts, in the form the extension reads them.
    [
      `${GENERATED_DIR}/languages.json`,
      JSON.stringify(languageData(languages.catalogues, languages.translations, dataset), null, 1) + '\n',
    ],
  ]);
}

/** Writes them all; the caller has already let generatedFiles() validate the ledger. */
export function writeGenerated(files = generatedFiles()): void {
  for (const [path, content] of files) writeFileSync(resolve(ROOT, path), content);
  const d = JSON.parse(files.get(`${GENERATED_DIR}/dataset.json`)!) as {
    entities: unknown[];
    facts: unknown[];
    sources: unknown[];
    factsAsOf: string;
  };
  console.log(`${GENERATED_DIR}/: ${[...files.keys()].map((p) => p.split('/').pop()).join(', ')}`);
  console.log(`dataset: ${d.entities.length} entities, ${d.facts.length} facts, ${d.sources.length} sources, facts as of ${d.factsAsOf}`);
}
