/**
 * The person's choices: where the extension runs, how fast a card opens, how marks look, the
 * interface's language.
 * Pure: the stored value is read through `normalizeSettings`, so a value that is corrupt,
 * of an older shape or missing loads as the defaults, field by field, and never throws.
 */
import { LANGUAGES, supportedLanguage, type Language } from './i18n/translate';

export const HOVER_DELAYS = ['instant', 'quick', 'normal', 'slow', 'click'] as const;
export type HoverDelay = (typeof HOVER_DELAYS)[number];

/**
 * Milliseconds of dwell before a card opens. 500 ms is Page Previews' delay, chosen in their
 * A/B tests to keep pass-overs from firing cards; "instant" is for people who want that
 * anyway, "slow" for people whose pointer rests on text while they read. `null`: the pointer
 * alone never opens a card, a click or the keyboard does.
 */
export const HOVER_DELAY_MS: Record<HoverDelay, number | null> = { instant: 0, quick: 250, normal: 500, slow: 1000, click: null };

/** Each delay's words in the message catalogue. */
export const HOVER_DELAY_KEYS: Record<HoverDelay, string> = {
  instant: 'delayInstant',
  quick: 'delayQuick',
  normal: 'delayNormal',
  slow: 'delaySlow',
  click: 'delayClick',
};

export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** Each style's words in the message catalogue. */
export const MARK_STYLE_KEYS: Record<MarkStyle, string> = {
  underline: 'markUnderline',
  background: 'markBackground',
  none: 'markNone',
};

/** The interface's language: the browser's ("auto") or one chosen. */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export interface Settings {
  /** Off everywhere when false, whatever the per-site list says. */
  enabled: boolean;
  /** Sites (see `siteOf`) it is off on, sorted. */
  disabledSites: string[];
  hoverDelay: HoverDelay;
  markStyle: MarkStyle;
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  hoverDelay: 'normal',
  markStyle: 'underline',
  language: 'auto',
});

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  (list as readonly unknown[]).includes(v) ? (v as T) : fallback;

/** Any stored value to a whole, valid Settings: unknown or broken fields take their default. */
export function normalizeSettings(raw: unknown): Settings {
  const v = isObj(raw) ? raw : {};
  const sites = Array.isArray(v.disabledSites)
    ? v.disabledSites
        .filter((s): s is string => typeof s === 'string')
        .map(normalizeSite)
        .filter((s): s is string => s !== null)
    : [];
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites)].sort(),
    hoverDelay: oneOf(HOVER_DELAYS, v.hoverDelay, DEFAULT_SETTINGS.hoverDelay),
    markStyle: oneOf(MARK_STYLES, v.markStyle, DEFAULT_SETTINGS.markStyle),
    language: oneOf(LANGUAGE_CHOICES, v.language, DEFAULT_SETTINGS.language),
  };
}

/** Local files share one switch: they have no host to tell them apart. */
export const LOCAL_FILES_SITE = 'file://';

/**
 * The site a page belongs to, as the per-site switch sees it: the host name, lower case,
 * without a leading "www." (www.example.com and example.com are one site to a reader) and
 * without the port. `null` for pages that are not sites (about:, data:, extension pages).
 */
export function siteOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return LOCAL_FILES_SITE;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return normalizeSite(u.hostname);
}

function normalizeSite(host: string): string | null {
  if (host === LOCAL_FILES_SITE) return host;
  let h = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  // An address's host is ASCII already (punycode): a plain class, not \p{L}, which costs
  // every page about a millisecond to compile. A stored Unicode name is put in that form.
  if (/[^\x00-\x7f]/.test(h)) {
    try {
      h = new URL(`http://${h}`).hostname;
    } catch {
      return null;
    }
  }
  return /^[a-z0-9._:\-[\]]+$/.test(h) ? h : null;
}

/** How the popup and the options page name a site: local files in the interface's words (`t`). */
export function siteLabel(site: string, t: (key: string) => string): string {
  return site === LOCAL_FILES_SITE ? t('localFiles') : site;
}

/** The interface language the settings give, with the browser's language for "auto". */
export const languageOf = (settings: Pick<Settings, 'language'>, browserLanguage: string): Language =>
  settings.language === 'auto' ? supportedLanguage(browserLanguage) : settings.language;

export function isOnFor(settings: Settings, site: string | null): boolean {
  return settings.enabled && (site === null || !settings.disabledSites.includes(site));
}

/** The settings with `site` switched on or off; the rest unchanged. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? rest : [...rest, site].sort() };
}
