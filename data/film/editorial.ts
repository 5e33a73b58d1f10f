/**
 * The product's editorial choices on top of the ledger: the short role line under a card's
 * name (always backed by ledger facts), how each alias earns a mark, and the concrete words
 * that count as film context. The marking scope is data (data/film/ledger/scope.json); facts
 * themselves come only from the ledger.
 */
import type { AliasRule, Role } from '../core/facts/schema';

/** Role lines, each with the facts that state it (the validator checks they exist; cards show their status). */
export const ROLES: Record<string, Role> = {
  'film.good_sex': { text: 'Netflix romantic comedy by Lena Dunham', basis: ['C01', 'C39'] },
  'person.natalie_portman': { text: 'plays Ally, the lead; producer', basis: ['C02', 'C03', 'C25'] },
  'person.lena_dunham': { text: 'writer, director and producer', basis: ['C01', 'C26'] },
  'person.mark_ruffalo': { text: 'plays the 50-something Manhattan love interest', basis: ['C13'] },
  'person.rashida_jones': { text: "in the cast; plays Ally's best friend (disputed)", basis: ['C18', 'C19'] },
  'person.meg_ryan': { text: "in the cast; reported as Ally's therapist", basis: ['C21', 'X01'] },
  'person.tucker_pillsbury': { text: 'plays the 20-something Brooklyn hipster', basis: ['C16', 'C17'] },
  'person.tramell_tillman': { text: 'reported in the cast; role not announced', basis: ['X03'] },
  'person.sophie_mas': { text: 'producer, through MountainA', basis: ['C25'] },
  'person.michael_cohen': { text: 'producer, through Good Thing Going', basis: ['X04'] },
  'person.megan_stalter': { text: "not in the film; stars in Dunham's Too Much", basis: ['C59'] },
  'character.ally': { text: 'the protagonist, played by Natalie Portman', basis: ['C03'] },
  'character.alan': { text: 'the 50-something man Ally dates', basis: ['C07'] },
  'character.brooklyn_hipster': { text: "Ally's younger fling, played by Tucker Pillsbury", basis: ['C05', 'C16'] },
  'character.best_friend': { text: "Ally's best friend; who plays her is disputed", basis: ['C19', 'C20'] },
  'character.ally_therapist': { text: "Ally's therapist; reported for Meg Ryan", basis: ['X01'] },
  'org.mountaina': { text: 'production company of Portman and Sophie Mas', basis: ['C25', 'C64'] },
  'org.good_thing_going': { text: 'production company of Dunham and Michael Cohen', basis: ['C26', 'X04'] },
  'org.filmnation': { text: 'sold the film at the 2025 European Film Market', basis: ['C27'] },
  'org.caa_media_finance': { text: 'co-represented the sale with FilmNation', basis: ['X05'] },
  'org.netflix': { text: 'bought worldwide rights; will release the film', basis: ['C31', 'C33', 'C39'] },
  'org.warner_bros': { text: 'bid for the film; lost to Netflix', basis: ['C30', 'C31'] },
  'org.amazon': { text: 'bid for the film; lost to Netflix', basis: ['C30', 'C31'] },
  'org.apple': { text: 'bid for the film; lost to Netflix', basis: ['C30', 'C31'] },
  'event.efm': { text: 'where the film was sold, February 2025', basis: ['C28'] },
  'work.too_much': { text: "Lena Dunham's Netflix series", basis: ['C58'] },
  'work.girls': { text: "Lena Dunham's HBO series", basis: ['C55'] },
  'work.tiny_furniture': { text: "Lena Dunham's first feature", basis: ['C54'] },
  'work.may_december': { text: 'a film starring Natalie Portman', basis: ['C48'] },
  'work.a_tale_of_love_and_darkness': { text: "Natalie Portman's feature directorial debut", basis: ['C51'] },
  'work.catherine_called_birdy': { text: 'a film directed by Lena Dunham', basis: ['C57'] },
  'work.sharp_stick': { text: 'a film directed by Lena Dunham', basis: ['C57'] },
  'work.treasure': { text: 'a 2024 film with Lena Dunham', basis: ['C61'] },
  'work.the_gallerist': { text: 'a Cathy Yan film with Natalie Portman', basis: ['C62'] },
  'work.fountain_of_youth': { text: 'a Guy Ritchie film with Natalie Portman', basis: ['C63'] },
};

/**
 * How each ambiguous alias earns a mark, keyed `entity id|surface`, read from the ledger's
 * `accept_when`. Unambiguous aliases default to `always`, other ambiguous ones to `film-context`.
 */
export const ALIAS_RULE_OVERRIDES: Record<string, AliasRule> = {
  'film.good_sex|Good S--': 'film-context', // ledger: "require film anchor nearby" though not ambiguous
  'film.good_sex|Good sex': 'quoted-film-context', // ledger: "only in quotes with a film anchor in the same paragraph"
  'person.natalie_portman|Portman': 'backreference-or-context',
  'person.natalie_portman|Natalie': 'backreference',
  'person.natalie_portman|Hershlag': 'backreference',
  'person.lena_dunham|Dunham': 'backreference-or-context',
  'person.lena_dunham|Lena': 'backreference',
  'person.mark_ruffalo|Mark': 'never',
  'person.rashida_jones|Rashida': 'backreference',
  'person.rashida_jones|Jones': 'backreference',
  'person.meg_ryan|Ryan': 'backreference',
  'person.meg_ryan|Meg': 'backreference',
  'person.tucker_pillsbury|Role Model': 'role-model',
  'person.tucker_pillsbury|Role model': 'never', // ledger: only on pages that already equate him; too rare to risk
  'person.tucker_pillsbury|role model': 'never', // ledger: "almost never"
  'person.tucker_pillsbury|Pillsbury': 'backreference',
  'person.tucker_pillsbury|Tucker': 'backreference',
  'person.tucker_pillsbury|Function Mannequin': 'never', // ledger: content-farm spin, do not match
  'person.sophie_mas|Mas': 'never',
  'person.michael_cohen|Michael Cohen': 'producer-context',
  'org.good_thing_going|Good Thing Going': 'company-context', // not the Sondheim song
  'person.tramell_tillman|Tillman': 'backreference',
  'character.ally|Ally': 'character',
  'character.alan|Alan': 'character',
  'character.brooklyn_hipster|Caleb': 'never', // ledger: single unverified source, do not use for matching
  'org.caa_media_finance|CAA': 'never',
};

/**
 * The outlet a source family is shown as, where the ledger names the family's primary outlet
 * (`sources.families` in data/film/ledger/claims.json, in its words: "deadline: Deadline, variety:
 * Variety, ..."). A family not listed here is shown as the outlet of its sources, which must
 * then be one outlet: the dataset build stops otherwise.
 */
export const FAMILY_PRIMARY_OUTLETS: Readonly<Record<string, string>> = {
  deadline: 'Deadline',
  variety: 'Variety',
  thr: 'The Hollywood Reporter',
  indiewire: 'IndieWire',
  ew: 'Entertainment Weekly',
  ap: 'Associated Press',
  ft: 'Financial Times',
};

/**
 * The genre in the six languages (a health column mentions it too, so it vouches for a name
 * nearby but does not make a page about the film; context-rules.ts). German writes it as a
 * noun, capitalised.
 */
export const GENERIC_FILM_ANCHORS: readonly string[] = [
  'rom-com',
  'romcom',
  'Rom-Com',
  'RomCom',
  'romantic comedy',
  'commedia romantica',
  'comedia romántica',
  'comédie romantique',
  'romantische Komödie',
  'romantischen Komödie',
  'romantischer Komödie',
  'Liebeskomödie',
  'comédia romântica',
];

/**
 * Concrete forms of the ledger's `film_context_anchors`. A page that names one of these near
 * an ambiguous alias is talking about the film.
 */
export const FILM_ANCHORS: readonly string[] = [
  // Not "Good Sex" itself: in a health column every "Good Sex" would vouch for the others.
  'Netflix',
  'Lena Dunham',
  'Dunham',
  'Natalie Portman',
  'Portman',
  'Mark Ruffalo',
  'Ruffalo',
  'Rashida Jones',
  'Meg Ryan',
  'Tucker Pillsbury',
  'Pillsbury',
  'Role Model',
  'MountainA',
  'Good Thing Going',
  // Not "couples' therapist": health columns quote couples' therapists all the time.
  ...GENERIC_FILM_ANCHORS,
  'European Film Market',
  'EFM',
  // The market as German, French, Italian, Spanish and Portuguese coverage name it.
  'Europäischer Filmmarkt',
  'Europäischen Filmmarkt',
  'Europäischen Filmmarkts',
  'Marché du film européen',
  'Mercato europeo del cinema',
  'Mercado Europeo de Cine',
  'Mercado de Cinema Europeu',
];

/**
 * Other things that contain our names, from the ledger's reasons for ambiguity. They take part
 * in matching so the longer phrase wins, and are never marked.
 */
export const BLOCKERS: readonly string[] = [
  "Dunham's Sports",
  'Dunham Massey',
  'Portman Road',
  'Portman Square',
  'Portman Group',
  "Natalie's Rap",
  'Pillsbury Doughboy',
  'Ally McBeal',
  'Ally Financial',
  'Ally Bank',
];

/**
 * The popup's account of the film, chosen from the ledger's facts: the premise, where the
 * production stands, and its people in the sources' billing order (the star, then the cast
 * as announced, then the makers).
 */
export const FILM_ID = 'film.good_sex';
/** The film's title as the interface names it ("Character · Good Sex"). */
export const FILM_TITLE = 'Good Sex';
export const OVERVIEW = {
  premise: ['C04', 'C05', 'C06'],
  status: ['C38', 'C40', 'C41'],
  cast: [
    'person.natalie_portman',
    'person.mark_ruffalo',
    'person.tucker_pillsbury',
    'person.rashida_jones',
    'person.meg_ryan',
    'person.tramell_tillman',
  ],
  makers: ['person.lena_dunham', 'person.sophie_mas', 'person.michael_cohen', 'org.mountaina', 'org.good_thing_going', 'org.netflix'],
} as const;
