/**
 * The interface's language for the components: a translator (data/core/i18n/translate.ts)
 * and the facts in that language, given by whoever renders them (the popup and the options
 * page carry every language; the card on a page gets one from the background). A fact shown in
 * translation says so, and the English original is one click away for the whole view.
 */
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import type { FactTranslations } from '../data/core/i18n/check';
import { translator, type Language, type Messages, type Translator } from '../data/core/i18n/translate';
import type { Entity, Fact } from '../data/core/facts/schema';

/** A text and the language it is in, for its `lang` attribute. */
export interface Said {
  text: string;
  lang: string;
}

export interface Ui extends Translator {
  /** A fact's text in the interface's language, or in English (the original, or no translation). */
  fact(fact: Pick<Fact, 'id' | 'text'>): Said;
  /** A role line ("plays Ally") likewise. */
  role(entity: Pick<Entity, 'id' | 'role'>): Said | null;
  /** Facts are in translation here, and may be shown in English instead. */
  translated: boolean;
  /** The English originals are shown instead of the translation. */
  original: boolean;
  setOriginal(on: boolean): void;
}

/** English: the facts are the ledger's own sentences. */
function uiOf(tr: Translator, facts: FactTranslations | undefined, original: boolean, setOriginal: (on: boolean) => void): Ui {
  const translated = facts !== undefined;
  const use = translated && !original;
  return {
    ...tr,
    translated,
    original,
    setOriginal,
    fact: (f) => {
      const t = use ? facts.facts[f.id] : undefined;
      return t ? { text: t, lang: tr.lang } : { text: f.text, lang: 'en' };
    },
    role: (e) => {
      if (!e.role) return null;
      const t = use ? facts.roles[e.id] : undefined;
      return t ? { text: t, lang: tr.lang } : { text: e.role.text, lang: 'en' };
    },
  };
}

/** Without a provider (never in the extension): keys stand for their words, so a gap shows. */
const UiContext = createContext<Ui>(uiOf(translator('en', {}), undefined, false, () => {}));

export const useUi = () => useContext(UiContext);

export function UiProvider({
  lang,
  messages,
  fallback,
  facts,
  children,
}: {
  lang: Language;
  messages: Messages;
  /** English, for a key a catalogue lacks. */
  fallback?: Messages;
  facts?: FactTranslations;
  children: ComponentChildren;
}) {
  const [original, setOriginal] = useState(false);
  const tr = useMemo(() => translator(lang, messages, fallback), [lang, messages, fallback]);
  const ui = useMemo(() => uiOf(tr, lang === 'en' ? undefined : facts, original, setOriginal), [tr, lang, facts, original]);
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

/**
 * A message with elements in its placeholders ("The predicted date has passed", a title in
 * italics): the translated text split at `$1`, `$2`... with `parts` put in their places.
 */
export function withParts(message: string, ...parts: Array<VNode | string>): Array<VNode | string> {
  return message.split(/(\$\d)/).map((piece) => {
    const m = /^\$(\d)$/.exec(piece);
    return m ? (parts[Number(m[1]) - 1] ?? '') : piece;
  });
}
