/**
 * The interface's words in one language, from a WebExtension message catalogue
 * (`public/_locales/<lang>/messages.json`, the format `browser.i18n` reads): the same
 * placeholders, plural forms by `Intl.PluralRules`, dates by `Intl.DateTimeFormat`, lists by
 * `Intl.ListFormat`. Pure: the catalogue is given, so a language chosen in the settings works
 * as the browser's own does (`browser.i18n` knows only the browser's), and tests need no browser.
 */

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** The interface's languages: English and the five the film is most written about in. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The `_locales` folder of a language (Chrome's spelling: "pt_BR"). */
export const localeFolder = (lang: Language) => lang.replace('-', '_');

/**
 * The interface language for a browser language ("it-IT" → "it", "pt" → "pt-BR"; Portuguese is
 * Brazilian Portuguese here); English for any other.
 */
export function supportedLanguage(tag: string | undefined | null): Language {
  const t = (tag ?? '').trim().replace('_', '-').toLowerCase();
  const exact = LANGUAGES.find((l) => l.toLowerCase() === t);
  if (exact) return exact;
  const base = t.split('-')[0];
  if (base === 'pt') return 'pt-BR';
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

export type Sub = string | number;

/** A catalogue as the extension carries it: each key's message, its placeholders made `$1`, `$2`... */
export type Messages = Record<string, string>;

/** A catalogue's messages with each `$NAME$` placeholder replaced by its content (`$1`...), as `browser.i18n` reads them. */
export function compileCatalogue(catalogue: Catalogue): Messages {
  const out: Messages = {};
  for (const [key, entry] of Object.entries(catalogue)) {
    const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    out[key] = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  }
  return out;
}

/** Fills a compiled message's `$1`... from `subs`; `$$` is a dollar sign. */
export const fill = (message: string, subs: readonly Sub[]) =>
  message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));

export interface Translator {
  lang: Language;
  /** The message for `key`, its placeholders filled from `subs` ($1, $2...). */
  t(key: string, ...subs: Sub[]): string;
  /** The plural form of `key` for `count` (`key_one`, `key_other`...), `count` as $1. */
  plural(key: string, count: number, ...subs: Sub[]): string;
  /** A ledger date ("2025-02-12", "2025-02", "2025") as the language writes it; "undated" for none. */
  date(iso: string | null): string;
  /** "A, B and C" in the language. */
  list(items: readonly string[]): string;
}

/**
 * The translator for `lang` over its `messages`; a key a catalogue lacks falls back to
 * `fallback` (English), and an unknown key shows itself, so a gap is seen, not silent.
 */
export function translator(lang: Language, messages: Messages, fallback: Messages = messages): Translator {
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  // English cards write "12 Feb 2025": day first, unambiguous on both sides of the Atlantic.
  const dates = lang === 'en' ? 'en-GB' : lang;
  const dayFormat = new Intl.DateTimeFormat(dates, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(dates, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const message = (key: string) => messages[key] ?? fallback[key];
  const t = (key: string, ...subs: Sub[]) => {
    const m = message(key);
    return m === undefined
      ? key
      : fill(
          m,
          subs.map((s) => (typeof s === 'number' ? numbers.format(s) : s)),
        );
  };
  return {
    lang,
    t,
    plural(key, count, ...subs) {
      const form = `${key}_${plurals.select(count)}`;
      return t(message(form) === undefined ? `${key}_other` : form, count, ...subs);
    },
    date(iso) {
      if (!iso) return t('undated');
      const [y, m, d] = iso.split('-').map(Number);
      if (!y || Number.isNaN(y)) return iso;
      if (!m || m < 1 || m > 12) return String(y);
      return (d ? dayFormat : monthFormat).format(Date.UTC(y, m - 1, d || 1));
    },
    list: (items) => lists.format(items),
  };
}
