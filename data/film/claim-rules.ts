/**
 * How pages state the ledger's claims that are not confirmed (disputed, reported, speculative),
 * one rule per claim, written from the ledger's wording and the phrasings of the pages it quotes
 * (`stated_in`). Precision first: a rule matches a sentence only when the sentence itself says
 * the claim, about this film; a sentence that merely brushes past the topic ("Ally is a couples'
 * therapist", "Rashida Jones and Meg Ryan round out the cast") matches none.
 *
 * A pattern's named group `neg`, when it matched, makes the sentence a denial of the claim. A
 * claim may have two rules, each with its own conditions (a generic wording that needs the film
 * as the topic, a specific one that does not).
 */

import { rx, src } from '../core/text/pattern';
import { OTHER_WORK } from './topic';

export interface ClaimRule {
  claim: string;
  /**
   * Words one of which every stating sentence holds (a regex source without capturing groups,
   * case-sensitive: "May" the month, not "may"): all rules' triggers are one pattern run over
   * the page, so that only the few sentences holding one are read closely. The rarest part of
   * the claim makes the best trigger.
   */
  trigger: string;
  /**
   * Words every pattern of the rule needs besides its trigger, as a short pattern tried first:
   * the patterns are long, and a browser compiles each the first time it runs (about a
   * millisecond apiece), so a sentence that cannot match does not pay for them.
   */
  needs?: RegExp;
  /** The claim, stated: any one pattern matching the sentence. */
  states: RegExp[];
  /** The film is the topic (see `aboutTheFilm` in claims.ts): for claims any film could have. */
  film?: boolean;
  /** Someone the sentence must name, in it or in the two sentences before (a pronoun's antecedent; see `sentencesBefore`). */
  near?: RegExp;
  /** A sentence naming something else (another film, series or year) is not about this claim. */
  unless?: RegExp;
}

const S = "(?:'|’)s"; // possessive
const BF = src`
  (?:
  best\s+friend|
  best\s+pal|
  BFF|
  closest\s+friend|
  best\s+mate|
  confidante?|
  (?:the\s+)?friend\s+who\s+(?:pushes|nudges|drags|coaxes|talks|gets|encourages|urges)
  )
`;
/** The trigger words of the two best-friend claims. */
const BF_TRIGGER = '[Bb]est\\s+(?:friend|pal|mate)|BFF|[Cc]losest\\s+friend|[Cc]onfidant|friend\\s+who';
/** Up to `n` words between two parts of a pattern, inside one clause. */
const w = (n: number) => `(?:[^\\s.!?;:—–]+\\s+){0,${n}}?`;
const NEG = src`
  (?<neg>
  (?:does\s+not|doesn['’]t|did\s+not|didn['’]t|will\s+not|won['’]t|is\s+not|
  isn['’]t|was\s+not|wasn['’]t|has\s+not|hasn['’]t|had\s+not|hadn['’]t|
  never|not)\s+
  )?
`;
const PLAYS = src`
  (?:
  plays?|
  playing|
  played|
  portrays?|
  portraying|
  (?:is\s+)?set\s+as|
  stars?\s+as|
  starring\s+as|
  is\s+cast\s+as|
  was\s+cast\s+as|
  has\s+been\s+cast\s+as|
  will\s+play|
  takes?\s+on\s+the\s+role\s+of|
  in\s+the\s+role\s+of|
  appears?\s+as|
  as
  )
`;
const PLAY_VERB = '(?:play|star|portray|appear|act)';
const WRAP = src`
  (?:
  wrapped(?:\s+up)?|
  wrap(?:ped)?|
  concluded|
  ended|
  finished|
  completed|
  came\s+to\s+an\s+end|
  wound\s+down|
  closed
  )
`;
const SHOOT = '(?:filming|production|shooting|principal\\s+photography|the\\s+shoot|cameras|photography)';
const LATE_2025 = src`
  (?:
  late[\s-]+2025|
  the\s+end\s+of\s+2025|
  end\s+of\s+2025|
  the\s+close\s+of\s+2025|
  (?:November|December)(?:\s+of)?\s+2025|
  the\s+last\s+months\s+of\s+2025|
  the\s+final\s+months\s+of\s+2025|
  winter\s+2025
  )
`;
const SUMMER_2025 = src`
  (?:
  (?:late\s+|the\s+end\s+of\s+|end\s+of\s+)?summer(?:\s+of)?\s+2025|
  (?:late\s+|mid-?\s*|early\s+)?August(?:\s+of)?\s+2025|
  early\s+September(?:\s+of)?\s+2025
  )
`;
const RELEASE = src`
  (?:
  releas(?:e|ed|es|ing)|
  land(?:s|ing)?|
  foreseen|
  planned|
  premier(?:e|es|ing)|
  debut(?:s|ing)?|
  arriv(?:e|es|ing)|
  hit(?:s|ting)?\s+(?:Netflix|screens|the\s+streamer|streaming)|
  land(?:s|ing)?\s+on\s+Netflix|
  stream(?:s|ing)?\s+on\s+Netflix|
  out|
  slated|
  scheduled|
  due|
  coming|
  set\s+for|
  set\s+to\s+(?:debut|premiere|arrive|stream|release|drop)
  )
`;

export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    claim: 'C11',
    trigger: '[Nn]eurotic|Woody\\s+Allen|Nora\\s+Ephron',
    states: [
      /\bneurotic\s+(?:New\s+York|NYC|Manhattan)\s+(?:comedy|rom-?com)/i,
      rx('i')`
        \b(?:
        in\s+the\s+(?:vein|spirit|tradition|mou?ld)\s+of|
        throwback\s+to|
        reminiscent\s+of|
        homage\s+to|
        à\s+la|
        a\s+la|
        echo(?:es|ing)?|
        channel(?:s|ing|ling)?|
        recalls?|
        evokes?|
        nod\s+to|
        inspired\s+by|
        like
        )\b[^.;]{0,50}?\b(?:
        Woody\s+Allen|
        Nora\s+Ephron
        )
      `,
    ],
    film: true,
  },
  {
    claim: 'C14',
    trigger: 'Alan\\b',
    needs: /\b(?:Ruffalo|he)\b/i,
    states: [
      // Between the verb and the name, only words about the role: not "opposite Alan Cumming", "the brother of Alan".
      rx('i')`
        \bRuffalo(?:
        ${S}\s+(?:character|role)
        )?,?\s+${w(3)}${NEG}${PLAYS}\s+(?:
        (?:the|a|an|character|role|named|called|man|guy|love\s+interest|50-something|
        fifty-something|older|divorced|successful|wealthy|Manhattan|dad|father|
        mysterious|charming)\s+
        ){0,4}Alan\b(?!
        ['’]s\b|
        \s+[A-Z]
        )
      `,
      new RegExp(`\\bRuffalo${S}\\s+(?:character|role),?\\s+${w(3)}(?:is\\s+)?(?:named|called)\\s+Alan\\b`, 'i'),
      /\bAlan\s*[(,—–-]\s*(?:played\s+by\s+|portrayed\s+by\s+)?(?:Mark\s+)?Ruffalo\b/i,
      new RegExp(`\\bRuffalo\\s+${NEG}(?:is|will\\s+be)\\s+(?:playing\\s+)?Alan\\b`, 'i'),
      rx('i')`
        \bhe\s+(?:
        reportedly\s+|
        also\s+|
        apparently\s+
        )?${NEG}(?:
        plays|
        is\s+playing|
        will\s+play|
        portrays
        )\s+Alan\b
      `,
    ],
    near: /\bRuffalo\b/i,
  },
  {
    claim: 'C19',
    trigger: BF_TRIGGER,
    needs: /\b(?:Rashida|Jones)\b/,
    states: [
      rx('i')`
        \b(?:
        Rashida\s+
        )?(?:
        Jones|
        Rashida
        )(?:
        ${S}\s+character
        )?[,:]?\s+${w(4)}${NEG}(?:
        (?:is|['’]s)\s+
        )?${PLAYS}\s+${w(3)}${BF}
      `,
      new RegExp(`\\bRashida\\s+Jones\\s*:\\s*(?:playing|as)\\s+${w(2)}${BF}`, 'i'),
      rx('i')`
        ${BF}[^.;]{0,40}?[(,—–]\s*(?:
        (?:played|portrayed|interpreted|embodied)\s+by\s+
        )?Rashida\s+Jones\b
      `,
      new RegExp(`${BF}\\s+(?:is|was|will\\s+be)\\s+${NEG}(?:played|portrayed)\\s+by\\s+Rashida\\s+Jones\\b`, 'i'),
    ],
    // "Jones" alone is Rashida Jones only where she is named in full just before.
    near: /\bRashida\b/,
  },
  {
    claim: 'C20',
    trigger: `${BF_TRIGGER}|Dunham\\b`,
    needs: rx('i')`
        \b(?:
        best\s+(?:friend|pal|mate)|
        BFF|
        closest\s+friend|
        confidant|
        friend\s+who|
        acts?|
        acting|
        appears?|
        appearing|
        stars?|
        starring|
        co-?stars?
        )\b
      `,
    states: [
      rx('i')`
        \bDunham(?:
        \s+herself
        )?,?\s+(?:
        (?:who|also|will|would|is\s+set\s+to|is\s+to|is|['’]s|reportedly|herself|too|even|apparently|now)\s+
        )*${NEG}(?:
        ${PLAY_VERB}s?|
        playing|
        starring|
        appearing|
        acting|
        takes?\s+on|
        taking\s+on|
        steps?\s+in\s+front\s+of\s+the\s+camera|
        stepping\s+in\s+front\s+of\s+the\s+camera|
        casts?\s+herself|
        co-?stars?
        )\b[^.;]{0,30}?\b${BF}
      `,
      new RegExp(`${BF}${w(3)}[(,—–]?\\s*(?:played|portrayed)\\s+by\\s+(?:Lena\\s+)?Dunham\\b`, 'i'),
      rx('i')`
        \bDunham(?:
        \s+herself
        )?\s+(?:
        (?:also|will|would|reportedly|too|is|['’]s)\s+
        )*${NEG}(?:
        acts?|
        acting|
        appears?|
        appearing|
        stars?|
        starring|
        act|
        appear|
        star|
        co-?stars?
        )\s+(?:
        on\s+screen\s+
        )?in\s+(?:
        the\s+film|
        the\s+movie|
        Good\s+Sex|
        it|
        this(?:\s+one|\s+film|\s+movie)?
        )\b
      `,
    ],
  },
  {
    claim: 'C22',
    trigger: '[Pp]ivotal|[Cc]rucial|[Ii]ntegral|[Ii]nstrumental|[Jj]ourney',
    states: [
      /\b(?:role|part|character)\b[^.;]{0,40}?\b(?:pivotal|crucial|integral|instrumental)\b/i,
      /\b(?:pivotal|crucial|integral|instrumental)\s+(?:role|part)\b/i,
      rx('i')`
        \b(?:
        is|
        are|
        was|
        will\s+be
        )\s+(?:
        said\s+to\s+be\s+|
        reportedly\s+|
        apparently\s+|
        rumou?red\s+to\s+be\s+
        )?(?:
        pivotal|
        crucial|
        integral|
        instrumental|
        central|
        key
        )\s+(?:
        to|
        for|
        in
        )\s+(?:
        Ally['’]s|
        her
        )\s+(?:
        whole\s+|
        entire\s+|
        emotional\s+
        )?(?:
        journey|
        arc|
        story
        )\b
      `,
      rx('i')`
        \b(?:
        role|
        part|
        character
        )\b[^.;]{0,30}?\b(?:
        huge|
        key|
        central|
        essential|
        vital|
        major|
        big|
        important
        )\b[^.;]{0,20}?\b(?:
        for|
        to|
        in
        )\s+(?:
        Ally['’]s|
        her
        )\s+(?:
        whole\s+|
        entire\s+|
        emotional\s+
        )?(?:
        journey|
        arc|
        story
        )\b
      `,
    ],
    near: /\b(?:Ryan|Meg)\b/i,
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'C23',
    trigger: '[Rr]eturn|[Cc]omeback|[Cc]omes\\s+back|[Cc]oming\\s+back|back\\s+(?:in|to)\\s+(?:a\\s+|the\\s+)?(?:rom|romantic|genre)',
    needs: /\b(?:rom-?coms?|romantic|genre)\b/i,
    states: [
      rx('i')`
        \b(?:
        marks?|
        signals?|
        sees?|
        is|
        means|
        makes?\s+for|
        represents?|
        heralds?|
        amounts?\s+to
        )\s+(?:
        a\s+|
        her\s+
        )?(?:
        rare\s+|
        long-awaited\s+|
        welcome\s+|
        triumphant\s+|
        much-anticipated\s+|
        big\s+
        )*(?:
        return|
        comeback
        )\s+to\s+(?:
        the\s+
        )?(?:
        rom-?coms?|
        romantic\s+comed(?:y|ies)|
        the\s+genre
        )
      `,
      rx('i')`
        \bRyan\s+(?:
        (?:is|will\s+be)\s+
        )?(?:
        returns?|
        returning|
        comes\s+back|
        coming\s+back
        )\s+to\s+(?:
        the\s+
        )?(?:
        rom-?coms?|
        romantic\s+comed(?:y|ies)|
        the\s+genre
        )
      `,
      rx('i')`
        \b(?:
        Meg\s+
        )?Ryan${S}\s+(?:
        (?:rare|long-awaited|welcome|triumphant|big)\s+
        )*(?:
        (?:rom-?com|romantic\s+comedy)\s+
        )?(?:
        return|
        comeback
        )\b(?:
        \s+to\s+(?:the\s+)?(?:rom-?coms?|romantic\s+comed(?:y|ies)|the\s+genre)
        )?
      `,
      rx('i')`
        \b(?:
        her|
        Ryan['’]s
        )\s+(?:
        (?:long-awaited|rare|welcome|triumphant|big|much-anticipated|first)\s+
        )*(?:
        return|
        comeback
        )\s+to\s+(?:
        the\s+
        )?(?:
        rom-?coms?|
        romantic\s+comed(?:y|ies)|
        the\s+genre
        )
      `,
      rx('i')`
        \b(?:
        (?:Meg|Ryan|she)(?:\s+is|['’]s)?|
        is|
        ['’]s
        )\s+(?:
        finally\s+|
        officially\s+
        )?back\s+(?:
        in|
        to
        )\s+(?:
        a\s+|
        the\s+
        )?(?:
        rom-?coms?|
        romantic\s+comed(?:y|ies)|
        the\s+genre
        )
      `,
    ],
    near: /\b(?:Ryan|Meg)\b/i,
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'C37',
    trigger: '2025',
    needs: rx('i')`
        \b(?:
        wrap|
        conclu|
        ended|
        finish|
        complet|
        came\s+to\s+an\s+end|
        wound\s+down|
        closed|
        ran\b|
        run|
        continu|
        last|
        stretch|
        went\s+on|
        extend
        )
      `,
    states: [
      rx('i')`
        \b${SHOOT}\s+${w(4)}${NEG}${WRAP}\s+${w(3)}(?:
        in|
        by|
        at|
        around|
        toward|
        towards
        )\s+${LATE_2025}
      `,
      rx('i')`
        \b${NEG}${WRAP}\s+(?:
        filming|
        production|
        shooting|
        principal\s+photography
        )\s+${w(2)}(?:
        in|
        by|
        at|
        around
        )\s+${LATE_2025}
      `,
      new RegExp(`\\b(?:a|the)\\s+${LATE_2025}\\s+wrap\\b`, 'i'),
      rx('i')`
        \b(?:
        it|
        Good\s+Sex|
        the\s+film|
        the\s+movie
        )\s+(?:
        has\s+|
        had\s+
        )?${NEG}${WRAP}\s+${w(2)}(?:
        in|
        by|
        at|
        around
        )\s+${LATE_2025}
      `,
      rx('i')`
        \b${SHOOT}\s+${w(3)}${NEG}(?:
        ran|
        run|
        running|
        continued|
        continue|
        lasted|
        last|
        stretched|
        stretch|
        went\s+on|
        go\s+on|
        extended|
        extend
        )\s+(?:
        into|
        until|
        through|
        till
        )\s+${LATE_2025}
      `,
    ],
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'C38',
    trigger: '[Pp]ost[-\\s]?[Pp]roduction|in\\s+post\\b|[Ee]dit(?:ing)?\\s+(?:bay|room|suite)|[Cc]utting\\s+room',
    states: [
      rx('i')`
        \b(?<neg>
        not\s+(?:yet\s+)?
        )?(?:
        (?:is|are|was|were|['’]s|now|currently|remains?|still)\s+(?:now\s+|currently\s+|still\s+)?in|
        entered|
        entering|
        enters|
        has\s+moved\s+into|
        moved\s+into|
        moving\s+into|
        into
        )\s+post(?:
        [-\s]?production
        )?\b
      `,
      rx('i')`
        \b(?:
        appears|
        seems|
        is\s+said|
        is\s+believed|
        is\s+thought
        )\s+to\s+be\s+(?:
        now\s+
        )?in\s+post(?:
        [-\s]?production
        )?\b
      `,
      rx('i')`
        \bpost[-\s]?production\s+(?:
        is\s+
        )?(?:
        moving\s+along|
        underway|
        under\s+way|
        progressing|
        continues|
        ongoing|
        is\s+ongoing|
        has\s+begun|
        began
        )
      `,
      rx('i')`
        \b(?:
        is|
        are|
        ['’]s|
        now|
        currently|
        still
        )\s+(?:
        now\s+|
        currently\s+|
        still\s+
        )?in\s+the\s+(?:
        edit(?:ing)?\s+(?:bay|room|suite)|
        cutting\s+room
        )\b
      `,
      rx('i')`
        \b(?:
        edit(?:ing)?\s+(?:bay|room|suite)|
        cutting\s+room
        )\b[^.;]{0,40}?\b(?:
        finishing|
        cutting|
        editing|
        completing
        )\b
      `,
    ],
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'C41',
    trigger: '2026',
    needs: rx('i')`
        \b(?:
        releas|
        land|
        foreseen|
        planned|
        premier|
        debut|
        arriv|
        hit|
        stream|
        out\b|
        slated|
        scheduled|
        due\b|
        coming|
        set\s+(?:for|to)|
        calendar|
        expect|
        see\s+it|
        watch\s+it|
        catch\s+it
        )
      `,
    states: [
      // Not a trailer's release ("a trailer is due in 2026"): that is C42.
      rx('i')`
        (?<!
        \b(?:trailer|teaser|first\s+look)\b[^.;]{0,30}
        )\b${NEG}${RELEASE}\s+${w(5)}(?:
        in|
        by|
        for|
        during|
        sometime\s+in|
        early|
        late|
        until
        )\s+(?:
        the\s+
        )?(?:
        early\s+|
        late\s+|
        mid-?\s*
        )?2026\b
      `,
      rx('i')`
        \b(?:
        a|
        an|
        its|
        the\s+film['’]s|
        the
        )\s+(?:
        planned\s+|
        expected\s+|
        likely\s+|
        tentative\s+
        )?(?:
        (?:early|late|mid|spring|summer|fall|autumn|winter)[\s-]+
        )?2026\s+(?:
        release|
        premiere|
        debut|
        bow|
        launch
        )\b
      `,
      /\brelease\s+of\s+(?:Good\s+Sex|the\s+film|the\s+movie)\b[^.;]{0,40}?\bin\s+2026\b/i,
      rx('i')`
        \b(?:
        mark\s+your\s+calendars?|
        expect\s+(?:it|the\s+film|the\s+movie|Good\s+Sex)|
        see\s+it|
        watch\s+it|
        catch\s+it
        )\b[^.;]{0,40}?\b2026\b
      `,
    ],
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'C42',
    trigger: '[Tt]railer|[Tt]easer|[Ff]irst\\s+look',
    needs: /\b(?:2026|mid-?\s*year|first\s+half|spring|summer|June|May|April|autumn|fall|next\s+year)\b/i,
    states: [
      rx('i')`
        \b(?:
        trailer|
        teaser|
        first\s+look
        )\b[^.;]{0,60}?\b(?:
        mid-?\s*2026|
        (?:the\s+)?first\s+half\s+of\s+(?:2026|next\s+year)|
        (?:early|spring|summer|by\s+June|in\s+June|May|April)\s+(?:of\s+)?2026|
        by\s+mid-?year|
        in\s+2026|
        by\s+2026|
        2026
        )\b
      `,
      /\b(?:mid-?\s*2026|first\s+half\s+of\s+2026)\b[^.;]{0,50}?\b(?:trailer|teaser|first\s+look)\b/i,
      // Its denial: no trailer before the autumn.
      rx('i')`
        \b(?<neg>
        not|
        n['’]t|
        no
        )\s+(?:
        to\s+
        )?(?:
        expect|
        count\s+on|
        look\s+for
        )\s+(?:
        a\s+|
        the\s+|
        any\s+
        )?(?:
        trailer|
        teaser|
        footage|
        first\s+look
        )\b[^.;]{0,30}?\b(?:
        before|
        until
        )\s+(?:
        the\s+
        )?(?:
        autumn|
        fall|
        late\s+2026|
        the\s+end\s+of\s+(?:the\s+year|2026)|
        next\s+year
        )\b
      `,
      // The page's own year unsaid: "a teaser lands before the end of June", "coming in the spring".
      rx('i')`
        \b(?:
        trailer|
        teaser|
        first\s+look
        )\b[^.;]{0,40}?\b(?:
        lands?|
        arrives?|
        drops?|
        coming|
        comes|
        expected|
        due|
        out|
        debuts?
        )\b[^.;]{0,20}?\b(?:
        in\s+the\s+spring|
        this\s+spring|
        by\s+(?:the\s+)?summer|
        before\s+(?:the\s+end\s+of\s+)?June|
        by\s+(?:the\s+end\s+of\s+)?June|
        in\s+June|
        by\s+mid-?year|
        in\s+the\s+first\s+half
        )\b
      `,
    ],
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'C43',
    trigger: '[Bb]litz|[Cc]ampaign|[Mm]arket|[Pp]romotional|[Pp]romo\\b',
    needs: rx('i')`
        \b(?:
        massive|
        major|
        huge|
        big|
        heavy|
        aggressive|
        splashy|
        enormous|
        all-out|
        full-court|
        lavish|
        extensive|
        wide|
        serious|
        blitz|
        hell|
        heck|
        daylights
        )\b
      `,
    states: [
      rx('i')`
        \b(?:
        massive|
        major|
        huge|
        big|
        heavy|
        aggressive|
        splashy|
        enormous|
        all-out|
        full-court|
        lavish|
        extensive|
        wide|
        serious
        )\s+(?:
        (?:global|worldwide|international|multi-?million(?:-dollar)?|\$\d+\s*(?:million|m))\s+
        )?(?:
        marketing|
        promotional|
        promo|
        publicity|
        ad|
        advertising|
        awards
        )?\s*(?:
        blitz|
        campaign|
        push|
        rollout|
        spend
        )\b
      `,
      /\b(?:marketing|promotional|publicity)\s+blitz\b/i,
      /\bmarket\s+the\s+(?:hell|heck|daylights)\s+out\s+of\b/i,
    ],
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'X01',
    trigger: '[Tt]herapist|[Ss]hrink|[Pp]sychiatrist|[Pp]sychologist',
    needs: /\bRyan\b/i,
    states: [
      rx('i')`
        \bRyan(?:
        ${S}\s+character
        )?,?\s+${w(3)}${NEG}${PLAYS}\s+(?:
        Ally${S}|
        Portman${S}|
        her|
        the|
        a|
        an
        )?\s*(?:
        own\s+
        )?(?:
        \S+\s+
        )?(?:
        therapist|
        shrink|
        psychiatrist|
        psychologist
        )
      `,
      rx('i')`
        \b(?:
        therapist|
        shrink|
        psychiatrist|
        psychologist
        )\b[^.;]{0,20}?[(,—–]\s*(?:
        played\s+by\s+|
        portrayed\s+by\s+
        )?Meg\s+Ryan\b
      `,
      rx('i')`
        \b(?:
        Meg\s+
        )?Ryan(?:
        ${S}\s+(?:character|role)
        )?\s+(?:
        is|
        will\s+be
        )\s+(?:
        instead\s+|
        also\s+
        )?(?:
        Ally${S}|
        her|
        the
        )\s+(?:
        own\s+
        )?(?:
        therapist|
        shrink
        )(?:
        \s+of\s+Ally
        )?
      `,
    ],
  },
  {
    claim: 'X02',
    trigger: 'May\\b|[Ss]ame\\s+(?:time|day|week|announcement)|[Ss]imultaneously|[Tt]ogether|[Aa]longside|[Aa]long\\s+with|[Aa]t\\s+once',
    needs: /\bJones\b/,
    states: [
      // "Her casting was announced ... on the same day as Rashida Jones's", Meg Ryan named just before.
      rx('i')`
        ^(?=
        [^]*\bRashida\s+Jones
        )(?=
        [^]*\b(?:announced|cast|casting|joined|revealed|boarded|added)\b
        )(?=
        [^]*\b(?:(?:on|at|in)\s+the\s+same\s+(?:day|time|week)\s+as|alongside|together\s+with|simultaneously\s+with)\b
        )
      `,
      // Both names (Jones and Ryan at least), a casting word and a time they share, in any order.
      rx('i')`
        ^(?=
        [^]*\b(?:Rashida\s+)?Jones\b
        )(?=
        [^]*\b(?:Meg\s+)?Ryan\b
        )(?=
        [^]*\b(?:joined|joining|boarded|cast|casting|added|announced|signed\s+on|came\s+aboard|tapped|revealed)\b
        )(?=
        [^]*\b(?:
        in\s+May(?:\s+2025)?|last\s+May|May\s+2025|
        (?:at\s+)?the\s+same\s+(?:time|day|week)|simultaneously|together|at\s+once|
        in\s+one\s+announcement|the\s+same\s+announcement
        )\b
        )
      `,
      rx('i')`
        \bRashida\s+Jones\b[^.;]{0,40}?\b(?:
        joined|
        boarded|
        was\s+cast|
        cast|
        casting|
        added|
        announced|
        signed\s+on|
        tapped|
        revealed
        )\b[^.;]{0,40}?\b(?:
        alongside|
        with|
        along\s+with|
        at\s+the\s+same\s+time\s+as
        )\s+(?:
        fellow\s+newcomer\s+
        )?Meg\s+Ryan\b
      `,
      rx('i')`
        \bMeg\s+Ryan\b[^.;]{0,40}?\b(?:
        joined|
        boarded|
        was\s+cast|
        cast|
        casting|
        added|
        announced|
        signed\s+on|
        tapped|
        revealed
        )\b[^.;]{0,40}?\b(?:
        alongside|
        with|
        along\s+with|
        at\s+the\s+same\s+time\s+as
        )\s+Rashida\s+Jones\b
      `,
    ],
    near: /\bRyan\b/,
  },
  {
    claim: 'X03',
    trigger: '[Tt]illman',
    needs: rx('i')`
        \b(?:
        cast|
        joins?|
        joined|
        joining|
        board(?:ed|s)?|
        co-?stars?|
        co-?starring|
        rounds?\s+out|
        ensemble|
        also|
        appears?|
        reported|
        reportedly|
        in\s+(?:it|this|the\s+film|the\s+movie|Good\s+Sex)|
        role|
        part|
        lineup|
        line-up|
        starring
        )\b
      `,
    states: [
      rx('i')`
        \bTillman\b[^.;]{0,60}?\b(?<neg>
        (?:is\s+not|isn['’]t|was\s+not|not)\s+
        )?(?:
        (?:has|have)\s+(?:also\s+)?been\s+(?:reported|cast|added|named)|
        joins?|
        joined|
        joining|
        has\s+joined|
        boarded|
        co-?stars?|
        co-?starring|
        rounds?\s+out|
        round\s+out|
        is\s+(?:also\s+)?in\s+the\s+cast|
        in\s+the\s+cast|
        part\s+of\s+the\s+(?:cast|ensemble)|
        also\s+stars|
        stars\s+alongside|
        appears?|
        reportedly\s+(?:in|part|joins|cast)
        )\b
      `,
      rx('i')`
        \b(?:
        cast|
        ensemble|
        co-?stars?|
        also\s+starring|
        starring|
        joined\s+by|
        lineup|
        line-up
        )\b[^.;]{0,120}?\bTramell\s+Tillman\b
      `,
      rx('i')`
        \bTillman\b[^.;]{0,30}?\b(?<neg>
        (?:is\s+not|isn['’]t)\s+
        )?(?:
        is\s+
        )?(?:
        apparently\s+|
        reportedly\s+|
        also\s+
        )*in\s+(?:
        it|
        this|
        the\s+film|
        the\s+movie|
        Good\s+Sex
        )\b
      `,
      rx('i')`
        \bTillman\b[^.;]{0,20}?\bin\s+an?\s+(?:
        as-yet-|
        as\s+yet\s+
        )?(?:
        undisclosed|
        unknown|
        unannounced|
        unspecified|
        small|
        supporting|
        mystery|
        secret
        )\s+(?:
        role|
        part
        )\b
      `,
      rx('i')`
        \bTillman\b[^.;]{0,20}?\b(?:
        role|
        part
        )\s+(?:
        not\s+yet\s+|
        still\s+|
        yet\s+to\s+be\s+
        )?(?:
        announced|
        undisclosed|
        unknown|
        under\s+wraps|
        TBA|
        TBD|
        revealed
        )\b
      `,
    ],
    film: true,
    unless: rx()`
        \b(?:
        Severance|
        Apple\s+TV|
        Mission:\s+Impossible|
        Emmy
        )\b(?!
        ['’]s\s|
        \s+(?:star|stars|actor|alum|breakout|standout|favou?rite|winner|nominee|co-?star)\b
        )
      `,
  },
  {
    claim: 'X10',
    trigger: src`
      [Ll]ives?\s+or\s+dies?|
      [Tt]heatrical|
      [Ss]traight\s+to|
      (?:[Ss]kip|[Bb]ypass|[Ff]ore?go)\w*\s+(?:a\s+|any\s+|the\s+)?(?:[Tt]heat|[Cc]inema|big)
    `,
    states: [
      // The claim's own words hold a "won't": it is part of the match, not a denial of it.
      rx('i')`
        \b(?:
        (?:won['’]t|will\s+not|doesn['’]t|does\s+not|wouldn['’]t|would\s+not|not)\s+
        )?["“']?(?:
        live|
        lives|
        living
        )\s+or\s+(?:
        die|
        dies|
        dying
        )\b
      `,
      rx('i')`
        \b(?<neg>
        not\s+
        )?(?:
        skip(?:s|ping)?|
        bypass(?:es|ing)?|
        forgo(?:es|ing)?|
        forego(?:es|ing)?|
        without|
        no|
        won['’]t\s+(?:get|receive|have)|
        will\s+not\s+(?:get|receive|have)|
        isn['’]t\s+getting|
        is\s+not\s+getting|
        skipping
        )\s+(?:
        a\s+|
        any\s+
        )?(?:
        theatrical|
        cinema|
        theater|
        theatre|
        big-screen
        )\s*(?:
        release|
        run|
        window|
        bow
        )?\b
      `,
      /\b(?:skip(?:s|ping)?|bypass(?:es|ing)?)\s+(?:the\s+)?(?:theaters|theatres|cinemas|big\s+screen)\b/i,
      rx('i')`
        \b(?:
        it|
        Good\s+Sex|
        the\s+film|
        the\s+movie
        )\s+(?:
        will\s+
        )?(?:
        go(?:es)?|
        head(?:s)?|
        is\s+going|
        is\s+headed
        )\s+straight\s+to\s+(?:
        streaming|
        Netflix
        )\b
      `,
    ],
    film: true,
    unless: OTHER_WORK,
  },
  {
    claim: 'X13',
    trigger: '[Cc]aleb',
    states: [
      rx('i')`
        \b(?:
        hipster|
        musician|
        Pillsbury|
        Role\s+Model|
        20-something|
        twenty-something|
        his\s+character
        )\b[^.;]{0,60}?\b(?<neg>
        (?:is\s+not|isn['’]t|not)\s+
        )?(?:
        named|
        called|
        is|
        as|
        plays
        )\s+Caleb\b
      `,
      /\bCaleb\b[^.;]{0,60}?\b(?:hipster|musician|Pillsbury|Role\s+Model|20-something|twenty-something|younger)\b/i,
      /\b(?<neg>no|not\s+a)\s+(?:character|one|role)\s+(?:called|named)\s+Caleb\b/i,
    ],
  },
  {
    claim: 'X15',
    trigger: 'May\\b',
    needs: /\b(?:Pillsbury|Role\s+Model|Tucker|his)\b/i,
    states: [
      rx('i')`
        \b(?:
        Pillsbury|
        Role\s+Model|
        Tucker
        )\b[^.;]{0,80}?\b(?:
        cast|
        casting|
        joined|
        boarded|
        announced|
        revealed|
        tapped|
        signed\s+on|
        added|
        came\s+aboard|
        confirmed|
        dropped|
        news
        )\b[^.;]{0,50}?\b(?:
        May\s+2025|
        in\s+May|
        last\s+May|
        May
        )\b
      `,
      rx('i')`
        \b(?:
        May\s+2025|
        in\s+May|
        last\s+May
        )\b[^.;]{0,60}?\b(?:
        cast|
        casting|
        joined|
        boarded|
        announced|
        revealed|
        tapped|
        signed\s+on|
        added
        )\b[^.;]{0,60}?\b(?:
        Pillsbury|
        Role\s+Model
        )\b
      `,
      // "His casting was revealed in May 2025", Pillsbury named just before.
      rx('i')`
        \bhis\s+(?:
        casting|
        role
        )\s+(?:
        was|
        had\s+been
        )\s+(?:
        first\s+
        )?(?:
        revealed|
        announced|
        confirmed|
        reported
        )\s+(?:
        back\s+
        )?(?:
        in\s+
        )?May(?:
        \s+2025
        )?\b
      `,
    ],
    near: /\b(?:Pillsbury|Role\s+Model|Tucker)\b/i,
  },
  {
    claim: 'X16',
    trigger: '[Oo]lder|[Ss]enior',
    needs: /\b(?:ten|10|decade)\b/i,
    states: [
      // Older than her, not than "you": the advice column's "a partner ten years older than you".
      rx('i')`
        \b(?:
        ten|
        10|
        a\s+decade
        )\s+years?\s+(?:
        (?:older|more\s+old)\s+than\s+(?:Ally|her|Portman|Natalie|the\s+(?:heroine|protagonist))|
        her\s+senior
        )\b
      `,
      rx('i')`
        \ba\s+decade\s+(?:
        (?:older|more\s+old)\s+than\s+(?:Ally|her|Portman|Natalie|the\s+(?:heroine|protagonist))|
        her\s+senior
        )\b
      `,
      /\bdecade-older\b/i,
    ],
    // His character, named or not ("He's reportedly about ten years older than Ally").
    near: /\b(?:Ruffalo|Alan|he|his|the\s+man|love\s+interest|50-something|fifty-something)\b/i,
    film: true,
  },
  {
    claim: 'X18',
    trigger: '2025',
    needs: rx('i')`
        \b(?:
        wrap|
        conclu|
        ended|
        finish|
        complet|
        came\s+to\s+an\s+end|
        wound\s+down|
        closed|
        ran\b|
        run|
        continu|
        last|
        stretch|
        went\s+on|
        extend
        )
      `,
    states: [
      new RegExp(`\\b${SHOOT}\\s+${w(4)}${NEG}${WRAP}\\s+${w(3)}(?:in|by|at|around|during)\\s+${SUMMER_2025}`, 'i'),
      rx('i')`
        \b${NEG}${WRAP}\s+(?:
        filming|
        production|
        shooting|
        his\s+part|
        his\s+scenes|
        work
        )\s+${w(5)}(?:
        in|
        by|
        at|
        around|
        during
        )\s+${SUMMER_2025}
      `,
    ],
    film: true,
  },
  {
    // Ruffalo's wrap against his series' premiere: specific enough to need no other sign of the film.
    claim: 'X18',
    trigger: '[Tt]ask\\b|August',
    needs: /\b(?:wrap|finish|complet|done|through)/i,
    states: [
      rx('i')`
        \b(?:
        ${WRAP}|
        done|
        through
        )\s+${w(6)}(?:
        weeks\s+|
        days\s+|
        shortly\s+|
        just\s+
        )?(?:
        before|
        ahead\s+of
        )\s+(?:
        (?:his|Ruffalo${S})\s+
        )?(?:
        HBO\s+
        )?(?:
        series\s+|
        show\s+
        )?Task\b
      `,
      // A month with no year, from someone who had just finished: this summer's shoot.
      rx('i')`
        \b(?:
        finished|
        wrapped|
        completed
        )\s+(?:
        shooting|
        filming
        )\s+(?:
        his|
        her
        )\s+(?:
        part|
        scenes|
        role
        )\s+${w(5)}in\s+(?:
        August|
        late\s+August|
        early\s+September
        )\b
      `,
    ],
    near: /\b(?:Ruffalo|Good\s+Sex|Dunham|Portman|he|his)\b/i,
  },
];
