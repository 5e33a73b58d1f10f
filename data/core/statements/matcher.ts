/**
 * The statement matcher: which of the ledger's claims a sentence is about, best first, with the
 * sentence's stance toward each, or nothing when the dataset holds nothing about it.
 *
 * Each claim has a profile written from the ledger (data/film/statement-profiles.ts): the
 * concepts a sentence must speak of to be about it (`need`, each an any-of), the ones that make
 * it surer (`more`), and, for a claim that something has not happened, the concepts that say it
 * did (`contra`). Concepts come in six languages, so a paraphrase in other words, an epithet
 * ("the Black Swan star"), a pronoun with the claim's own details, a denial or a question all
 * meet the same profile; a sentence about another work or about nothing of the film meets none.
 * ADR 0008 has the measurements behind this design.
 */
import { compileConcepts, findConcepts, type ConceptIndex, type ConceptSpec, type Hit } from './concepts';
import { fold } from './fold';
import { isQuestion, stanceOf, type StatementStance } from './stance';

export interface ClaimProfile {
  claim: string;
  /** Each entry is one concept or several as "A|B" (any of them); all entries must be met. */
  need: readonly string[];
  /** Concepts that make the match surer: each met one raises the score. */
  more?: readonly string[];
  /** A claim that something has not happened: concepts saying it did, which deny it. */
  contra?: readonly string[];
  /** Concepts whose presence means the sentence is about something else. */
  unless?: readonly string[];
  /**
   * A claim about the film itself: the sentence must name the film or one of its people or
   * characters (`film.anchor`), and must not name another work (`film.otherWorks`) unless it
   * names the film's title too.
   */
  film?: boolean;
}

/** How the model tells a sentence about the film from one about another work. */
export interface FilmConcepts {
  /** The film's title: a sentence naming it is about the film, whatever else it names. */
  title: string;
  /** Anything that ties a sentence to the film: its title, words for it, its people, its characters ("A|B|..."). */
  anchor: string;
  /** Other works ("A|B|..."): a sentence naming one without the title is about that one. */
  otherWorks: string;
  /** The film's names (its title, words for it: "A|B"): a negation next to one negates no claim. */
  names: string;
  /** Words for a film that name whichever film a page is about ("the film", "the movie"; "A|B"). */
  filmWords: string;
  /** Works beyond the film (a sequel, a remake: "A|B"): a sentence speaking of one is about it, even naming the film. */
  beyond: string;
}

export interface StatementMatch {
  claim: string;
  stance: StatementStance;
  /** 0 to 1: how much of the claim the sentence speaks of (an order, not a probability). */
  score: number;
}

export interface StatementModel {
  concepts: ConceptIndex;
  profiles: readonly ClaimProfile[];
  film: FilmConcepts;
  /** How much meeting each concept says: a concept few claims speak of says more (an inverse document frequency). */
  weight: ReadonlyMap<string, number>;
}

export function buildStatementModel(
  concepts: readonly ConceptSpec[],
  profiles: readonly ClaimProfile[],
  film: FilmConcepts,
): StatementModel {
  const index = compileConcepts(concepts);
  const known = new Set(concepts.map((c) => c.id));
  const seen = new Set<string>();
  for (const p of profiles) {
    if (seen.has(p.claim)) throw new Error(`claim ${p.claim} has two profiles`);
    seen.add(p.claim);
    for (const entry of [
      film.title,
      film.anchor,
      film.otherWorks,
      film.names,
      film.filmWords,
      ...p.need,
      ...(p.more ?? []),
      ...(p.contra ?? []),
      ...(p.unless ?? []),
    ])
      for (const id of entry.split('|')) if (!known.has(id)) throw new Error(`profile ${p.claim}: unknown concept ${id}`);
    if (p.need.length === 0) throw new Error(`profile ${p.claim}: needs at least one concept`);
  }
  const uses = new Map<string, number>();
  for (const p of profiles)
    for (const id of new Set([...p.need, ...(p.more ?? []), ...(p.contra ?? [])].flatMap((e) => e.split('|'))))
      uses.set(id, (uses.get(id) ?? 0) + 1);
  const weight = new Map<string, number>();
  for (const c of concepts) weight.set(c.id, 1 + Math.log2(profiles.length / Math.max(1, uses.get(c.id) ?? 1)));
  return { concepts: index, profiles, film, weight };
}

export interface MatchOptions {
  /**
   * The sentence was read on a page about the film (one that names it or its people): a claim
   * about the film needs no name of it in the sentence itself ("Filming wrapped in late 2025.").
   * Another work named in the sentence still makes it about that work.
   */
  onFilmPage?: boolean;
  /**
   * The sentence was read on a page whose topic there is not known to be the film (another
   * title's section of a round-up): a word for a film ("the film", "the movie") names that
   * page's film, so only the film's title, its people or its characters tie it to this one.
   */
  notOnFilm?: boolean;
}

/**
 * The clauses of a folded sentence that are asides: those a ":" (after more than a label), ";",
 * "(", "[" or a spaced dash opens, or a relative "who" or "whose" (what a person did elsewhere). `clauseAt` gives a
 * position's clause; a comma opens one too, but no aside ("Portman's new film, May December,
 * opens in 2026" is about May December).
 */
function clausesOf(folded: string): { clauseAt: (at: number) => number; aside: ReadonlySet<number> } {
  const starts = [0];
  const aside = new Set<number>();
  for (const m of folded.matchAll(/[,;:([]| - |(?<![\p{L}])(?:whose|who)(?![\p{L}])/gu)) {
    // A colon after a speaker's or a label's few words ("RUFFALO:", "Status:") opens no aside.
    const lead = m[0] === ':' && folded.slice(0, m.index).split(' ').length < 5;
    if (/[;:([]| - |who/.test(m[0]) && !lead) aside.add(starts.length);
    starts.push(m.index);
  }
  const clauseAt = (at: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
    return i;
  };
  return { clauseAt, aside };
}

/** An entry's concepts ("MEG|RYAN_SURNAME"), split once: entries are the profiles' own few strings. */
const entryIds = new Map<string, readonly string[]>();
const idsOf = (entry: string): readonly string[] => {
  let ids = entryIds.get(entry);
  if (!ids) entryIds.set(entry, (ids = entry.split('|')));
  return ids;
};

/** The claims `sentence` is about, best first; empty when the dataset holds nothing about it. */
export function matchStatement(model: StatementModel, sentence: string, options: MatchOptions = {}): StatementMatch[] {
  const folded = fold(sentence);
  if (folded.length === 0) return [];
  const hits = findConcepts(model.concepts, folded, isQuestion(folded));
  if (hits.length === 0) return [];
  const byConcept = new Map<string, Hit[]>();
  for (const h of hits) byConcept.set(h.concept, [...(byConcept.get(h.concept) ?? []), h]);
  const met = (entry: string): Hit[] => idsOf(entry).flatMap((id) => byConcept.get(id) ?? []);

  const titled = met(model.film.title).length > 0;
  const anchors = met(model.film.anchor);
  const anchored =
    options.onFilmPage === true ||
    (options.notOnFilm ? anchors.some((h) => !idsOf(model.film.filmWords).includes(h.concept)) : anchors.length > 0);
  const others = titled ? [] : met(model.film.otherWorks);
  // Another work named makes the sentence about it, unless it is named in an aside or as a
  // possessive before a person ("Ryan, whose When Harry Met Sally defined the genre";
  // "Severance's Tramell Tillman"): there a person is being introduced. What an aside says is
  // still that work's: a claim must be met outside the asides that name one.
  const parts = others.length > 0 ? clausesOf(folded) : null;
  const aside = (o: Hit) => parts!.aside.has(parts!.clauseAt(o.start)) || folded.startsWith("'s ", o.end);
  const elsewhere = met(model.film.beyond).length > 0 || others.some((o) => !aside(o));
  const otherAsides = new Set(others.map((o) => parts!.clauseAt(o.start)));
  const saidAside = (hits: Hit[]) => hits.length > 0 && hits.every((h) => otherAsides.has(parts!.clauseAt(h.start)));
  const neutral = new Set(idsOf(model.film.names));
  /** What meeting an entry says: its weightiest concept met. */
  const worth = (entry: string) => Math.max(0, ...idsOf(entry).map((id) => (byConcept.has(id) ? (model.weight.get(id) ?? 1) : 0)));

  const found: (StatementMatch & { rank: number })[] = [];
  for (const p of model.profiles) {
    if (p.film && (!anchored || elsewhere)) continue;
    if (p.unless?.some((e) => met(e).length > 0)) continue;
    const contra = (p.contra ?? []).flatMap(met);
    const needHits = p.need.map(met);
    const missing = needHits.filter((h) => h.length === 0).length;
    // A claim that something has not happened is denied by a sentence saying it did, in its own words.
    if (missing > (contra.length > 0 ? 1 : 0)) continue;
    const moreMet = (p.more ?? []).filter((e) => met(e).length > 0);
    if (p.film && parts && needHits.some(saidAside)) continue;
    const own = [...needHits.flat(), ...moreMet.flatMap(met), ...contra].filter((h) => !neutral.has(h.concept));
    const stance = stanceOf(folded, own, hits, { contra: contra.length > 0 });
    // What the sentence says of the claim: each need met by its weight, each further detail by half.
    const rank =
      p.need.reduce((sum, e) => sum + worth(e), 0) +
      0.5 * moreMet.reduce((sum, e) => sum + worth(e), 0) +
      (p.contra ?? []).reduce((sum, e) => sum + worth(e), 0);
    found.push({ claim: p.claim, stance, rank, score: Number((rank / (rank + 8)).toFixed(2)) });
  }
  // Best first: the claim whose words the sentence holds most of; then what it states over what it denies.
  const order = (m: StatementMatch) => (m.stance === 'denies' ? 1 : 0);
  return found
    .sort((a, b) => b.rank - a.rank || order(a) - order(b) || a.claim.localeCompare(b.claim))
    .map(({ claim, stance, score }) => ({ claim, stance, score }));
}
