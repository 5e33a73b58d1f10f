/**
 * What makes the six languages whole, checked when the generated files are written (and by the
 * tests): every catalogue has every key of the English one, no other, with the same
 * placeholders; every fact and role line has its translation, which keeps the original's
 * numbers, years, dates, money amounts and proper names. A problem names the language and the
 * key or fact. Pure.
 */
import type { Dataset } from '../facts/schema';
import { compileCatalogue, LANGUAGES, type Catalogue, type Language, type Messages } from './translate';

/** A fact's and a role line's text in one language, by fact id and entity id. */
export interface FactTranslations {
  facts: Record<string, string>;
  roles: Record<string, string>;
}

/** What the extension carries for one language: its messages, and its facts unless English. */
export interface LanguageData {
  messages: Messages;
  facts?: FactTranslations;
}

const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const declared = (entry: Catalogue[string]) =>
  Object.entries(entry.placeholders ?? {})
    .map(([k, v]) => `${k.toLowerCase()}=${v.content}`)
    .sort();

/** Keys, placeholders and plural forms of every catalogue against the English one. */
export function catalogueProblems(catalogues: Partial<Record<Language, Catalogue>>): string[] {
  const en = catalogues.en;
  if (!en) return ['en: no English catalogue'];
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    const c = catalogues[lang];
    if (!c) {
      problems.push(`${lang}: no catalogue`);
      continue;
    }
    for (const key of Object.keys(en)) {
      const e = c[key];
      if (!e) problems.push(`${lang}: "${key}" is missing`);
      else if (typeof e.message !== 'string' || e.message.trim() === '') problems.push(`${lang}: "${key}" has no message`);
      else {
        if (placeholdersOf(e.message).join() !== placeholdersOf(en[key]!.message).join())
          problems.push(
            `${lang}: "${key}" uses ${placeholdersOf(e.message).join(', ') || 'no placeholder'}, English ${placeholdersOf(en[key]!.message).join(', ') || 'none'}`,
          );
        if (declared(e).join() !== declared(en[key]!).join()) problems.push(`${lang}: "${key}" declares other placeholders than English`);
      }
    }
    for (const key of Object.keys(c)) if (!(key in en)) problems.push(`${lang}: "${key}" is not an English key`);
  }
  return problems;
}

/** Runs of digits ("55", "2025", "40"), in order. */
const digitsOf = (text: string) => (text.match(/\d+/g) ?? []).sort();

/**
 * Proper names a translation must keep as written: the entities' names and full aliases, the
 * outlets, and the film's title, where the English text holds them.
 */
export function protectedNames(dataset: Dataset): string[] {
  const names = new Set<string>();
  for (const e of dataset.entities) {
    names.add(e.name);
    for (const a of e.aliases) if (a.rule === 'always' && a.caseSensitive) names.add(a.surface);
  }
  for (const s of dataset.sources) names.add(s.outlet);
  // Longest first: "Natalie Portman" is checked whole, and then "Portman" inside it again.
  return [...names].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
}

function textProblems(lang: string, id: string, english: string, translated: string | undefined, names: readonly string[]): string[] {
  if (typeof translated !== 'string' || translated.trim() === '') return [`${lang}: ${id} has no translation`];
  const out: string[] = [];
  if (digitsOf(english).join() !== digitsOf(translated).join())
    out.push(`${lang}: ${id} has the numbers ${digitsOf(translated).join(' ') || 'none'}, the original ${digitsOf(english).join(' ')}`);
  for (const name of names) if (english.includes(name) && !translated.includes(name)) out.push(`${lang}: ${id} lacks "${name}"`);
  return out;
}

/** Every fact and role line of `dataset` translated into `lang`, keeping what must be kept. */
export function translationProblems(lang: string, dataset: Dataset, t: FactTranslations | undefined): string[] {
  if (!t) return [`${lang}: no translations of the facts`];
  const names = protectedNames(dataset);
  const problems: string[] = [];
  for (const f of dataset.facts) problems.push(...textProblems(lang, f.id, f.text, t.facts?.[f.id], names));
  for (const e of dataset.entities)
    if (e.role) problems.push(...textProblems(lang, `role of ${e.id}`, e.role.text, t.roles?.[e.id], names));
  const facts = new Set(dataset.facts.map((f) => f.id));
  for (const id of Object.keys(t.facts ?? {})) if (!facts.has(id)) problems.push(`${lang}: ${id} is not a fact of the dataset`);
  const roles = new Set(dataset.entities.filter((e) => e.role).map((e) => e.id));
  for (const id of Object.keys(t.roles ?? {})) if (!roles.has(id)) problems.push(`${lang}: ${id} has no role line to translate`);
  return problems;
}

/** The six languages' data, or an error naming every problem. */
export function languageData(
  catalogues: Partial<Record<Language, Catalogue>>,
  translations: Partial<Record<Language, FactTranslations>>,
  dataset: Dataset,
): Record<Language, LanguageData> {
  const problems = [
    ...catalogueProblems(catalogues),
    ...LANGUAGES.filter((l) => l !== 'en').flatMap((l) => translationProblems(l, dataset, translations[l])),
  ];
  if (problems.length) throw new Error(`The interface's languages are not whole:\n  ${problems.join('\n  ')}`);
  return Object.fromEntries(
    LANGUAGES.map((l) => {
      const t = translations[l];
      return [
        l,
        { messages: compileCatalogue(catalogues[l]!), ...(l === 'en' || !t ? {} : { facts: { facts: t.facts, roles: t.roles } }) },
      ];
    }),
  ) as Record<Language, LanguageData>;
}
