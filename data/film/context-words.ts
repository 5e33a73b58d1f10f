/**
 * The words around an ambiguous name that make it this film's person, character or company
 * (the ledger's `accept_when`, made concrete). The rules that ask for them are film-agnostic,
 * in data/core/names/context-rules.ts.
 */
import { rx } from '../core/text/pattern';

/** Words that show the "Role Model" on a page is the musician (ledger, person.tucker_pillsbury). */
export const MUSIC_OR_CAST = rx('u')`
    \b(?:
    singer|
    songwriter|
    musician|
    music|
    album|
    song|
    tracks?|
    Tucker|
    Pillsbury|
    Sally|
    Kansas Anymore|
    Good Sex|
    acting debut|
    cast|
    stars?|
    starring
    )\b
  `;
/** Words of the film's synopsis, which make a character's first name the character. */
export const SYNOPSIS = /\b(?:hipster|fifty-something|50-something|twenty-something|20-something|Good Sex)\b/u;
export const PRODUCER_SENTENCE = /\b(?:Good Thing Going|Dunham)\b/u;
export const COMPANY_BLOCK = /\b(?:Dunham|Michael Cohen|MountainA|produc\w*|banner|shingle|first-look|production compan\w*)\b/u;
