/**
 * The bundled dataset's shape. `data/generated/dataset.json` is generated from the facts ledger
 * (`npm run dataset`) and read by the extension, the scan command and outside tools, so
 * the ids here are the ledger's ids and never change.
 */

export const STATUSES = ['confirmed', 'reported', 'disputed', 'speculative'] as const;
export type Status = (typeof STATUSES)[number];

export const ENTITY_KINDS = ['film', 'person', 'character', 'company', 'event', 'related_work'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * How an alias earns a mark. The rules themselves live in `context-rules.ts`; the
 * ledger's own words for each alias are kept in `acceptWhen` for people to read.
 */
export const ALIAS_RULES = [
  'always', // distinctive name: a mark wherever it appears
  'film-context', // needs a film anchor in the same paragraph, or quotes/italics for a title
  'quoted-film-context', // an ordinary phrase: only in quotes or italics, with a film anchor in the paragraph
  'backreference-or-context', // the full name elsewhere on the page, or a film anchor in the same sentence
  'backreference', // only when the full name is on the same page
  'role-model', // the musician's stage name: music or cast anchor in the same paragraph
  'producer-context', // a common full name: needs its company or Dunham in the same sentence
  'company-context', // a company name that is also a phrase: needs Dunham, a producer or a banner in the paragraph
  'character', // a character's first name: film context in the same paragraph
  'never', // recorded for completeness, never matched
] as const;
export type AliasRule = (typeof ALIAS_RULES)[number];

export interface Alias {
  surface: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  rule: AliasRule;
  /** The ledger's description of the context that makes the alias count. */
  acceptWhen: string;
  whyAmbiguous?: string;
}

export interface Role {
  /** A short phrase: "plays Ally", "writer and director". */
  text: string;
  /** The facts that state it; a role is never shown without them. */
  basis: string[];
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  /** Whether mentions on web pages are marked; entities outside the scope still get cards in the popup. */
  marked: boolean;
  role: Role | null;
  playedBy?: string;
  /** The casting is the ledger's inference from two facts, not stated by a source. */
  playedByInferred?: boolean;
  aliases: Alias[];
}

export interface Fact {
  id: string;
  subject: string;
  text: string;
  status: Status;
  statusReason: string;
  /** Source ids that support the fact, never empty. */
  sources: string[];
  partiallySupportedBy?: string[];
  contradictedBy?: string[];
  /** For disputed facts: the other side(s) of the conflict. */
  conflictsWith?: string[];
  /** For disputed facts: which side the stronger sources favour. */
  weight?: 'favoured' | 'disfavoured';
  /** From the supplementary list: found only in pages beyond the four source articles. */
  supplementary: boolean;
  inferred?: boolean;
  timeSensitive?: boolean;
  /** For a prediction: the end of the window it names (`YYYY-MM-DD`); past it, the card says so. */
  expectedBy?: string;
}

export interface Source {
  id: string;
  outlet: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the page gives none. */
  date: string | null;
  url: string;
  via?: string;
  type: string;
  description?: string;
  /**
   * The original reporting the source derives from. Sources of one family are not
   * independent: a fact backed by three relays of one Deadline report has one source.
   */
  family: string;
}

/** Sources that derive from one original reporting: counted once, shown as one line. */
export interface Family {
  id: string;
  /** The family's primary outlet where the ledger names one, else the outlet of its sources. */
  name: string;
  /** Whether `name` is a primary outlet the ledger names (Deadline, Variety, ...). */
  primary: boolean;
}

export interface Dataset {
  schemaVersion: 1;
  /** The date of the newest source used: what the cards call "facts as of". */
  factsAsOf: string;
  /** Words that signal a page is about the film (the ledger's film_context_anchors). */
  filmAnchors: string[];
  entities: Entity[];
  facts: Fact[];
  sources: Source[];
  families: Family[];
}
