/**
 * What the benchmark reads: article-like English prose with the film's names mixed in, and
 * plausible synthetic names to grow the alias list. All of it is generated from a seed, so a
 * run is repeatable and nothing has to be downloaded or checked in.
 */
import { BLOCK_SEPARATOR } from '../data/core/text/blocks';
import { dataset } from '../data/core/facts/dataset';
import type { MatchableAlias } from '../data/core/names/matcher';
import { between, mulberry32, pick, type Rng } from './prng';

/** Every alias of the bundled dataset, as the brief defines the "real" list. */
export function realAliases(): MatchableAlias[] {
  return dataset.entities.flatMap((e) => e.aliases.map((a) => ({ surface: a.surface, entityId: e.id })));
}

const ONSETS = [
  'B',
  'C',
  'D',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'R',
  'S',
  'T',
  'V',
  'W',
  'Br',
  'Cr',
  'Dr',
  'Gr',
  'St',
  'Th',
  'Ch',
  'Sh',
  'El',
  'Or',
  'Am',
  'Is',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ie', 'y'];
const MIDDLES = ['l', 'r', 'n', 'v', 's', 'm', 'd', 'th', 'nd', 'rl', 'st', 'c', 'b', 'z'];
const FIRST_ENDS = ['a', 'ie', 'en', 'el', 'o', 'an', 'ia', 'iel', 'or', 'is', 'ette', 'us', 'ah', 'ine'];
const LAST_ENDS = ['son', 'ley', 'ton', 'wick', 'more', 'field', 'ard', 'er', 'man', 'berg', 'ski', 'ez', 'ridge', 'ford', 'well', 'ow'];

function syllableName(rng: Rng, ends: readonly string[]): string {
  let s = pick(rng, ONSETS) + pick(rng, VOWELS);
  if (rng() < 0.6) s += pick(rng, MIDDLES) + pick(rng, VOWELS);
  return s + pick(rng, ends);
}

/**
 * `n` distinct two-word capitalised names ("Braiven Thorwick"), none equal to a real alias,
 * the same list for the same seed.
 */
export function syntheticAliases(n: number, seed = 0x5eed): MatchableAlias[] {
  const rng = mulberry32(seed);
  const taken = new Set(realAliases().map((a) => a.surface));
  const out: MatchableAlias[] = [];
  while (out.length < n) {
    const surface = `${syllableName(rng, FIRST_ENDS)} ${syllableName(rng, LAST_ENDS)}`;
    if (taken.has(surface)) continue;
    taken.add(surface);
    out.push({ surface, entityId: `synthetic.${out.length}` });
  }
  return out;
}

// Filler: ordinary newspaper words, none of them an alias or a film anchor of the dataset.
const WORDS = (
  'the of and to in a is that for it as was with be by on not he she this are or his her from at which but have an they ' +
  'you were their one all we can been has more if will would there what about up out so when who its into only other ' +
  'new some could time these two may then do first any like now my over such our man me even most made after also did ' +
  'many before must through back years where much your way well down should because each just those people how too ' +
  'little state good very make world still own see men work long get here between both life being under never day same ' +
  'another know while last might us great old year off come since against go came right used take three week city ' +
  'studio release festival audience review season premiere interview schedule budget screening market critics director ' +
  'producer camera scene script story evening morning weekend rights deal sales distributor streaming theatre cinema ' +
  'comedy drama feature project production summer winter spring autumn reported according statement spokesperson ' +
  'agreed announced confirmed described earlier later recently quietly publicly privately reportedly'
).split(' ');
/** Capitalised words a real article has: sentence starts, places, days, months, publications. */
const CAPITALS = (
  'The It In On At After Before When While Critics Reporters Berlin London Paris Tuesday Friday Sunday January March ' +
  'September October Variety Deadline Sundance Toronto Venice Cannes Hollywood Los Angeles York California Times ' +
  'Guardian Monday Thursday December Europe America British French German Italian Spanish Sources Officials'
).split(' ');

/** Sentences that carry one name: most plain, some with the film's context nearby. */
const PLAIN = [
  (n: string) => `In an interview published on Sunday, ${n} said the schedule had been tight but the mood was good.`,
  (n: string) => `${n} declined to comment on the reports, according to a spokesperson.`,
  (n: string) => `A representative for ${n} confirmed the news late on Thursday.`,
  (n: string) => `Critics were divided, though several singled out ${n} for praise.`,
];
const IN_CONTEXT = [
  (n: string) => `${n} was seen at the premiere of the Netflix rom-com Good Sex in Los Angeles.`,
  (n: string) => `Speaking about the romantic comedy, ${n} praised the script by Lena Dunham.`,
];

function fillerSentence(rng: Rng): string {
  const words: string[] = [pick(rng, CAPITALS)];
  const n = between(rng, 8, 22);
  for (let i = 0; i < n; i++) words.push(rng() < 0.06 ? pick(rng, CAPITALS) : pick(rng, WORDS));
  return words.join(' ') + (rng() < 0.1 ? ', ' + pick(rng, WORDS) + ' ' + pick(rng, WORDS) + '.' : '.');
}

export interface Article {
  text: string;
  /** How many name sentences were mixed in. */
  names: number;
}

/**
 * About `chars` characters of prose in paragraphs joined by U+2029 (the block separator the
 * page reader puts between blocks, so the context rules see paragraphs as on a page), with a
 * sentence naming someone from `names` about every `every` characters.
 */
export function articleText(chars: number, names: readonly string[], seed = 1, every = 2000): Article {
  const rng = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  let nextName = between(rng, every / 2, every * 1.5);
  let count = 0;
  while (length < chars) {
    const sentences = between(rng, 3, 8);
    const para: string[] = [];
    for (let i = 0; i < sentences; i++) {
      if (length >= nextName) {
        const template = rng() < 0.25 ? pick(rng, IN_CONTEXT) : pick(rng, PLAIN);
        para.push(template(pick(rng, names)));
        count++;
        nextName = length + between(rng, every / 2, every * 1.5);
      } else para.push(fillerSentence(rng));
      length += para[para.length - 1]!.length + 1;
    }
    parts.push(para.join(' '));
  }
  return { text: parts.join(BLOCK_SEPARATOR).slice(0, chars), names: count };
}
