/**
 * The six languages: every catalogue has every key with the same placeholders, no key is unused
 * and none used is missing, no component holds a word a person sees outside the catalogue,
 * every fact keeps its numbers and names in translation, and the translator writes plurals,
 * dates and lists as each language does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, translationProblems, type FactTranslations } from '../../data/core/i18n/check';
import { compileCatalogue, fill, LANGUAGES, supportedLanguage, translator, type Catalogue } from '../../data/core/i18n/translate';
import { dataset } from '../../data/core/facts/dataset';
import { languageOf } from '../../data/core/settings';
import { readLanguages } from '../../scripts/generated-files';
import { translatorFor } from '../support/ui';

const ROOT = resolve(import.meta.dirname, '../..');
const { catalogues, translations } = readLanguages(ROOT);
const EN = catalogues.en!;

/** Every source file under `dir` with one of the extensions. */
function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}
/** The code that may show words: the UI, its stages, the background, the manifest's config. */
const CODE = [
  ...files(resolve(ROOT, 'components'), /\.tsx?$/),
  ...files(resolve(ROOT, 'entrypoints'), /\.(tsx?|html)$/),
  ...files(resolve(ROOT, 'data'), /\.ts$/),
  resolve(ROOT, 'wxt.config.ts'),
];
const SOURCE = CODE.map((f) => readFileSync(f, 'utf8')).join('\n');

describe('the message catalogues', () => {
  it('exist for the six languages, each with every English key, no other, and the same placeholders', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it('name what is wrong: a missing key, an extra one, a placeholder lost or added', () => {
    const broken: Catalogue = structuredClone(catalogues.it!);
    delete broken.check;
    broken.bogus = { message: 'x' };
    broken.noFacts = { ...broken.noFacts!, message: 'Niente' };
    broken.back = { ...broken.back!, message: 'Indietro $NAME$' };
    expect(catalogueProblems({ ...catalogues, it: broken }).sort()).toEqual([
      'it: "back" uses name, English none',
      'it: "bogus" is not an English key',
      'it: "check" is missing',
      'it: "noFacts" uses no placeholder, English name',
    ]);
  });

  it('uses every key somewhere: in the code (a plural by its stem), or the manifest as __MSG_key__', () => {
    const quoted = (k: string) =>
      SOURCE.includes(`'${k}'`) || SOURCE.includes(`"${k}"`) || SOURCE.includes(`__MSG_${k}__`) || SOURCE.includes(`messages.${k}`);
    const unused = Object.keys(EN).filter((k) => !quoted(k) && !quoted(k.replace(/_(?:zero|one|two|few|many|other)$/, '')));
    expect(unused).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const asked = [...SOURCE.matchAll(/\b(?:t|plural)\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
    const keyMaps = [...SOURCE.matchAll(/\b[A-Z_]+_KEYS[^=]*=\s*\{([^}]*)\}/g)].flatMap((m) =>
      [...m[1]!.matchAll(/'([A-Za-z]+)'/g)].map((x) => x[1]!),
    );
    expect(asked.length).toBeGreaterThan(60);
    const missing = [...new Set([...asked, ...keyMaps])].filter((k) => !(k in EN) && !(`${k}_other` in EN));
    expect(missing).toEqual([]);
  });

  it('keeps the store listing within the stores’ limits in every language', () => {
    for (const l of LANGUAGES) {
      expect(catalogues[l]!.extDescription!.message.length, l).toBeLessThanOrEqual(132);
      expect(catalogues[l]!.extName!.message.length, l).toBeLessThanOrEqual(45);
    }
  });
});

describe('the components hold no words of their own', () => {
  /** JSX text with letters, and attributes people see or hear given as string literals (TypeScript's own parse of the file). */
  const SHOWN = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'legend', 'detail']);
  const literals = (source: string) => {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(node.text.trim());
      if (
        ts.isJsxAttribute(node) &&
        SHOWN.has(node.name.getText()) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        /\p{L}/u.test(node.initializer.text)
      )
        found.push(node.initializer.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile('x.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
    return found;
  };

  it('in components/ and the entrypoints’ pages: every word comes from the catalogue', () => {
    const offenders = CODE.filter((f) => f.endsWith('.tsx')).flatMap((f) =>
      literals(readFileSync(f, 'utf8')).map((l) => `${relative(ROOT, f)}: ${l}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself sees a literal', () => {
    expect(literals('<p class="x">Hello there</p><b aria-label="Close it" />')).toEqual(['Hello there', 'Close it']);
    expect(literals('<p>{t("hello")}</p>')).toEqual([]);
  });
});

describe('the facts in translation', () => {
  it('every fact and role line in the five languages, with its numbers and names', () => {
    for (const l of LANGUAGES.filter((x) => x !== 'en')) expect(translationProblems(l, dataset, translations[l]), l).toEqual([]);
  });

  it('name a translation that lost a number, a name or a fact', () => {
    const it_: FactTranslations = structuredClone(translations.it!);
    it_.facts.C32 = it_.facts.C32!.replace(/55/g, '65');
    it_.facts.C02 = it_.facts.C02!.replace('Natalie Portman', 'la Portman');
    delete it_.facts.C14;
    expect(translationProblems('it', dataset, it_)).toEqual([
      'it: C02 lacks "Natalie Portman"',
      'it: C14 has no translation',
      expect.stringMatching(/^it: C32 has the numbers .*65.*, the original .*55/),
    ]);
  });
});

describe('the translator', () => {
  const t = (lang: (typeof LANGUAGES)[number]) => translatorFor(lang);

  it('fills placeholders as browser.i18n does, "$$" a dollar sign', () => {
    expect(fill('$1 of $2 ($$)', ['a', 'b'])).toBe('a of b ($)');
    expect(compileCatalogue({ k: { message: 'Hi $WHO$!', placeholders: { who: { content: '$1' } } } })).toEqual({ k: 'Hi $1!' });
    expect(t('en').t('noFacts', 'Megan Stalter')).toBe('No sourced facts about Megan Stalter yet.');
  });

  it('chooses each language’s plural form', () => {
    expect(t('en').plural('mentions', 1)).toBe('1 mention');
    expect(t('en').plural('mentions', 3)).toBe('3 mentions');
    expect(t('fr').plural('mentions', 0)).toBe(t('fr').plural('mentions', 1).replace('1', '0'));
    expect(t('de').plural('mentions', 2)).not.toBe(t('de').plural('mentions', 1).replace('1', '2'));
  });

  it('writes dates and lists in the language, and says "undated" in it', () => {
    expect(t('en').date('2025-02-12')).toBe('12 Feb 2025');
    expect(t('de').date('2025-02-12')).toBe('12. Feb. 2025');
    expect(t('es').date('2025-02')).toMatch(/feb/);
    expect(t('it').date(null)).toBe(catalogues.it!.undated!.message);
    expect(t('en').list(['Ryan', 'Jones', 'Ruffalo'])).toBe('Ryan, Jones, and Ruffalo');
    expect(t('it').list(['Ryan', 'Jones'])).toBe('Ryan e Jones');
  });

  it('falls back to English for a key a language lacks, and shows an unknown key as itself', () => {
    const tr = translator('it', { back: 'Indietro' }, compileCatalogue(EN));
    expect(tr.t('back')).toBe('Indietro');
    expect(tr.t('check')).toBe('Check');
    expect(tr.t('no.such.key')).toBe('no.such.key');
  });

  it('takes the browser’s language, or the one chosen', () => {
    expect(supportedLanguage('it-IT')).toBe('it');
    expect(supportedLanguage('pt')).toBe('pt-BR');
    expect(supportedLanguage('pt_PT')).toBe('pt-BR');
    expect(supportedLanguage('de-AT')).toBe('de');
    expect(supportedLanguage('ja')).toBe('en');
    expect(supportedLanguage(undefined)).toBe('en');
    expect(languageOf({ language: 'auto' }, 'fr-CA')).toBe('fr');
    expect(languageOf({ language: 'es' }, 'fr-CA')).toBe('es');
  });
});
