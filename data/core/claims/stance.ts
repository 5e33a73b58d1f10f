/**
 * How a sentence holds a claim: states it, or denies it ("It is not true that ...", "... is
 * false", "Rashida Jones, not Lena Dunham, plays ..."); and whether it is a question, which
 * states nothing. English wording, film-agnostic.
 */
import { rx } from '../text/pattern';

export type Stance = 'states' | 'denies';

/** After the claim, in the same sentence: "... is false", "... isn't true". */
const DENIED_AFTER = rx('i')`
    \b(?:
    (?:is|are|was|were)\s+(?:simply\s+|just\s+|completely\s+|entirely\s+|also\s+|plainly\s+)?(?:false|untrue|wrong|incorrect|inaccurate|a\s+myth|unfounded|mistaken|baseless|misinformation|not\s+(?:true|accurate|correct|the\s+case))|
    (?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:true|accurate|correct|the\s+case)
    )\b
  `;
/** Before it: "It is not true that ...", "the false rumour that ...", "denied reports that ...". */
const DENIED_BEFORE = rx('i')`
    (?:
    \b(?:it\s+is|it['’]s|that\s+is|that['’]s)\s+(?:not\s+true|untrue|false|a\s+myth)|
    \b(?:false|untrue|wrong|incorrect|inaccurate|mistaken|debunked|unfounded|baseless)\s+(?:claims?|reports?|rumou?rs?|stories|story|idea|notion|suggestions?)|
    \b(?:debunk(?:s|ed|ing)?|den(?:y|ies|ied)|refut(?:e|es|ed)|dismiss(?:es|ed)?|shot\s+down|knock(?:s|ed)?\s+down|play(?:s|ed)?\s+down|downplay(?:s|ed)?|pour(?:s|ed)?\s+cold\s+water\s+on)\s+(?:the\s+)?(?:claims?|reports?|rumou?rs?|stories|idea|notion|suggestions?|talk)
    )\b[^.;]*$
  `;

/** A question asks; it states nothing ("Is Ruffalo's character called Alan?"). */
const QUESTION = rx('i')`
    ^["'“‘(]*(?:
    (?:wait|so|ok|okay|but|and|hm+|um+|lol|honestly|seriously|sorry|hold\s+on)[,!]*\s+
    )?(?:
    (?:Is|Are|Was|Were|Does|Do|Did|Would|Could|Should|Has|Have|Had)(?:n['’]t)?|
    Will|
    Won['’]t|
    Can|
    Can['’]t|
    Who|
    What|
    When|
    Where|
    Why|
    How|
    Which
    )\b[^]*\?[?!]*["'”’)\]]*$
  `;
/** Just before the claim: "not", "never", "don't expect" ("this is not Meg Ryan's return"). */
/** "Rashida Jones, not Lena Dunham, plays ...": a negation before a first name. Case-sensitive: "not sure" is doubt. */
const NEGATED_NAME_BEFORE = /\b(?:not|never)\s+[A-Z][a-z'’-]+\s+$/;
const NEGATED_BEFORE = rx('i')`
    (?:
    \b(?:not|never|no)|
    n['’]t
    )\s+(?:
    (?:really|actually|quite|exactly|necessarily|expect|count\s+on|anticipate|going\s+to\s+be)\s+
    )*(?:
    (?:a|an|the)\s+
    )?$
  `;

export const isQuestion = (sentence: string): boolean => QUESTION.test(sentence);

/** The stance of `sentence` towards the claim that `m` (a match of one of its patterns in it) found. */
export function stanceOf(sentence: string, m: RegExpExecArray): Stance {
  if (m.groups?.neg) return 'denies';
  if (DENIED_AFTER.test(sentence.slice(m.index + m[0].length))) return 'denies';
  const before = sentence.slice(0, m.index);
  if (DENIED_BEFORE.test(before)) return 'denies';
  if (NEGATED_BEFORE.test(before) && !/\bnot\s+only\s+$/i.test(before)) return 'denies';
  if (NEGATED_NAME_BEFORE.test(before)) return 'denies';
  return 'states';
}
