/**
 * The detector over real page text: HTML parsed by happy-dom, read with readPageTextNow as the
 * content script reads it. Expectations come from the ledger's accept_when for each alias,
 * each rule shown both ways: the page that earns a mark and the page that does not.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { chunks, createDetector, type Mention } from '../../data/core/names/detect';
import { blockAround, BLOCK_REACH } from '../../data/core/names/context-rules';
import { BLOCK_SEPARATOR } from '../../data/core/text/blocks';
import { locate, readPageTextNow, type PageText } from '../../entrypoints/named-page/page-text';

const detect = createDetector(dataset);

function scan(html: string): { page: PageText; mentions: Mention[] } {
  document.body.innerHTML = html;
  const page = readPageTextNow(document.body);
  return { page, mentions: detect(page) };
}
/** "entity: text" for each mention, in page order. */
const marks = (html: string) => scan(html).mentions.map((m) => `${m.entity}: ${m.text}`);
const entitiesOf = (html: string) => new Set(scan(html).mentions.map((m) => m.entity));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('full names', () => {
  it('marks every marked person named in full', () => {
    expect(
      marks(
        '<p>With Natalie Portman, Lena Dunham, Mark Ruffalo, Rashida Jones, Meg Ryan, Tucker Pillsbury, Tramell Tillman and Sophie Mas.</p>',
      ),
    ).toEqual([
      'person.natalie_portman: Natalie Portman',
      'person.lena_dunham: Lena Dunham',
      'person.mark_ruffalo: Mark Ruffalo',
      'person.rashida_jones: Rashida Jones',
      'person.meg_ryan: Meg Ryan',
      'person.tucker_pillsbury: Tucker Pillsbury',
      'person.tramell_tillman: Tramell Tillman',
      'person.sophie_mas: Sophie Mas',
    ]);
  });

  it('gives offsets into the page text', () => {
    const { page, mentions } = scan('<h1>News</h1><p>Today: Natalie Portman’s new film.</p>');
    expect(mentions).toHaveLength(1);
    const m = mentions[0]!;
    expect(m.text).toBe('Natalie Portman');
    expect(page.text.slice(m.start, m.end)).toBe('Natalie Portman');
    expect(page.text.indexOf('Natalie Portman')).toBe(m.start);
  });

  it('does not mark a first name that is not part of the full name', () => {
    expect(marks('<p>Mark my words: Natalie is coming.</p>')).toEqual([]);
  });
});

describe('"Good Sex", the film or the phrase', () => {
  it('is not marked in a health column with no film anchors', () => {
    expect(
      marks('<h1>How to Sustain Good Sex in a Long-Term Relationship</h1><p>Good Sex, our therapists say, starts with talking.</p>'),
    ).toEqual([]);
  });

  it('is not marked anywhere in the health-column fixture', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/health-column.html'), 'utf8');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
    const { page, mentions } = scan(body);
    expect(page.text).toContain('Good Sex');
    expect(mentions).toEqual([]);
  });

  it('is marked with Netflix and Dunham in the paragraph', () => {
    expect(marks('<p>Netflix has won the race for Good Sex, written and directed by Lena Dunham.</p>')).toEqual([
      'film.good_sex: Good Sex',
      'person.lena_dunham: Lena Dunham',
    ]);
  });

  it('is marked with a bare "Dunham" in the paragraph', () => {
    expect(marks('<p>Good Sex is the new film from Dunham.</p>')).toContain('film.good_sex: Good Sex');
  });

  it('is not vouched for by a film anchor several paragraphs away', () => {
    const filler = `<p>${'Couples who talk tend to stay together. '.repeat(10)}</p>`;
    expect(
      entitiesOf(`<p>Good Sex starts with talking.</p>${filler}<p>In other news, Netflix raised its prices.</p>`).has('film.good_sex'),
    ).toBe(false);
  });

  it('is marked as an italic title when the page names a film anchor elsewhere', () => {
    const filler = `<p>${'Couples who talk tend to stay together. '.repeat(10)}</p>`;
    expect(entitiesOf(`<p>We watched <em>Good Sex</em> last night.</p>${filler}<p>It is on Netflix.</p>`).has('film.good_sex')).toBe(true);
  });

  it('is not marked in lower case, even next to film anchors', () => {
    expect(entitiesOf('<p>Netflix and Lena Dunham know good sex sells.</p>').has('film.good_sex')).toBe(false);
  });

  // Ledger (film.good_sex, alias "Good sex"): "only in quotes with a film anchor in the same paragraph";
  // why ambiguous: "sentence-initial ordinary phrase". The alias gets the generic film-context rule,
  // which takes any anchor in the paragraph and does not ask for quotes.
  it('does not take a sentence-initial "Good sex" without quotes as the film, even beside an anchor', () => {
    expect(entitiesOf('<p>Good sex is important, says a Netflix survey.</p>').has('film.good_sex')).toBe(false);
  });

  it('takes a quoted “Good sex,” with a film anchor as the film', () => {
    expect(entitiesOf('<p>Dunham’s “Good sex,” now on Netflix, is a rom-com.</p>').has('film.good_sex')).toBe(true);
  });
});

describe('text nodes and what is never scanned', () => {
  it('reads "<b>Natalie</b> Portman" as one mention spanning two text nodes', () => {
    const { page, mentions } = scan('<p><b>Natalie</b> Portman stars.</p>');
    expect(mentions.map((m) => [m.entity, m.text])).toEqual([['person.natalie_portman', 'Natalie Portman']]);
    const m = mentions[0]!;
    const from = locate(page, m.start)!;
    const to = locate(page, m.end, true)!;
    expect(from.node.data).toBe('Natalie');
    expect(from.offset).toBe(0);
    expect(to.node.data).toBe(' Portman stars.');
    expect(to.offset).toBe(' Portman'.length);
    expect(from.node).not.toBe(to.node);
  });

  it.each([
    ['a textarea', '<textarea>Natalie Portman</textarea>'],
    ['an input', '<input value="Natalie Portman">'],
    ['a script', '<script type="application/json">{"name": "Natalie Portman"}</script>'],
    ['a style sheet', '<style>/* Natalie Portman */ p { color: red }</style>'],
    ['code', '<p>Run <code>greet("Natalie Portman")</code> now.</p>'],
    ['pre', '<pre>Natalie Portman</pre>'],
    ['contenteditable', '<div contenteditable="true"><p>Natalie Portman</p></div>'],
    ['contenteditable with no value', '<div contenteditable><p>Natalie Portman</p></div>'],
    ['contenteditable plaintext-only', '<div contenteditable="plaintext-only">Natalie Portman</div>'],
    ['a role=textbox editor', '<div role="textbox">Natalie Portman</div>'],
    ['a hidden element', '<div hidden>Natalie Portman</div>'],
  ])('does not scan %s', (_what, html) => {
    const { page, mentions } = scan(html);
    expect(page.text).not.toContain('Portman');
    expect(mentions).toEqual([]);
  });

  it.each([
    ['a paragraph', '<p>Natalie Portman</p>'],
    ['contenteditable="false"', '<div contenteditable="false">Natalie Portman</div>'],
    ['a span beside a textarea', '<span>Natalie Portman</span><textarea>notes</textarea>'],
  ])('does scan %s', (_what, html) => {
    expect(marks(html)).toEqual(['person.natalie_portman: Natalie Portman']);
  });
});

describe('surnames and first names by themselves', () => {
  it('marks a bare "Portman" after the full name on the page', () => {
    expect(marks('<p>Natalie Portman stars.</p><p>Portman also produces.</p>')).toEqual([
      'person.natalie_portman: Natalie Portman',
      'person.natalie_portman: Portman',
    ]);
  });

  it('marks a bare "Portman" with a film anchor in its sentence', () => {
    expect(marks('<p>Portman stars in the new Netflix film.</p>')).toEqual(['person.natalie_portman: Portman']);
  });

  it('does not mark a bare "Portman" with no full name and no anchor', () => {
    expect(marks('<p>Portman stars in the new film.</p>')).toEqual([]);
  });

  it('does not mark "Portman Road" even with Natalie Portman on the page', () => {
    expect(marks('<p>Portman Road is in Ipswich.</p><p>Natalie Portman</p>')).toEqual(['person.natalie_portman: Natalie Portman']);
  });

  it('does not mark "Paul Ryan" as Meg Ryan, even with Meg Ryan on the page', () => {
    expect(marks('<p>Meg Ryan is in the cast.</p><p>Paul Ryan spoke in Congress.</p>')).toEqual(['person.meg_ryan: Meg Ryan']);
  });

  it('marks a bare "Ryan" after "Meg Ryan"', () => {
    const { page, mentions } = scan('<p>Meg Ryan is in the cast; Ryan plays a therapist.</p>');
    expect(mentions.map((m) => `${m.entity}: ${m.text}`)).toEqual(['person.meg_ryan: Meg Ryan', 'person.meg_ryan: Ryan']);
    expect(mentions[1]!.start).toBe(page.text.indexOf('Ryan plays'));
  });

  it('does not mark a bare "Ryan" when Meg Ryan is not named on the page', () => {
    expect(marks('<p>Ryan plays a therapist in the Netflix rom-com.</p>')).toEqual([]);
  });

  // Ledger (person.meg_ryan, "Ryan"): "only as a backreference after 'Meg Ryan' on the same page".
  // The name before the full stop ("Ryan.") is taken for a first name beside this "Ryan".
  it('marks a bare "Ryan" that starts the sentence after one ending in "Meg Ryan."', () => {
    expect(marks('<p>The cast includes Meg Ryan. Ryan plays the therapist.</p>')).toEqual([
      'person.meg_ryan: Meg Ryan',
      'person.meg_ryan: Ryan',
    ]);
  });

  it('does not mark a bare "Jones" in a paragraph that names Bridget Jones', () => {
    expect(marks('<p>Rashida Jones joins the cast.</p><p>Jones loved Bridget Jones as a teen.</p>')).toEqual([
      'person.rashida_jones: Rashida Jones',
    ]);
  });

  it('marks a bare "Jones" after Rashida Jones when no other Jones is in the paragraph', () => {
    expect(marks('<p>Rashida Jones joins the cast.</p><p>Jones plays the best friend.</p>')).toEqual([
      'person.rashida_jones: Rashida Jones',
      'person.rashida_jones: Jones',
    ]);
    // Bridget Jones in another paragraph (not a heading over this one) does not make this one unsafe.
    expect(
      marks(
        '<p>Rashida Jones joins the cast.</p><p>Bridget Jones is back, and the sequel has already been announced for next spring.</p><p>Jones plays the best friend.</p>',
      ),
    ).toEqual(['person.rashida_jones: Rashida Jones', 'person.rashida_jones: Jones']);
  });

  // Ledger (person.rashida_jones, "Jones"): Catherine Zeta-Jones is another Jones. The matcher treats
  // the hyphen as a word boundary, so the tail of "Zeta-Jones" becomes a bare "Jones".
  it('does not mark the "Jones" of "Catherine Zeta-Jones" as Rashida Jones', () => {
    expect(marks('<p>Rashida Jones joins the cast.</p><p>Catherine Zeta-Jones has nothing to do with it.</p>')).toEqual([
      'person.rashida_jones: Rashida Jones',
    ]);
  });

  it('marks a bare "Meg" after Meg Ryan, but not "Meg Stalter"', () => {
    expect(marks('<p>Meg Ryan is in the cast; Meg plays a therapist.</p>')).toEqual(['person.meg_ryan: Meg Ryan', 'person.meg_ryan: Meg']);
    expect(marks('<p>Meg Ryan is in the cast.</p><p>Meg Stalter stars in Too Much.</p>')).toEqual(['person.meg_ryan: Meg Ryan']);
    expect(marks('<p>Meg Ryan is in the cast.</p><p>Meg Whitman ran HP.</p>')).toEqual(['person.meg_ryan: Meg Ryan']);
  });

  it('never marks Megan Stalter, who is not in the film', () => {
    expect(marks('<p>Megan Stalter and Meg Stalter, of Netflix’s Too Much.</p>')).toEqual([]);
  });
});

describe('Role Model, the musician', () => {
  it('is marked with "singer" in the paragraph', () => {
    expect(marks('<p>The singer Role Model released a new album.</p>')).toEqual(['person.tucker_pillsbury: Role Model']);
  });

  it('is not marked without a music or cast word in the paragraph', () => {
    expect(marks('<p>A Role Model for the town: the mayor retires.</p>')).toEqual([]);
  });

  it('is not the phrase "role model"', () => {
    expect(marks('<p>The singer is a role model for young women.</p>')).toEqual([]);
    expect(marks('<p>Role model parents, the singer says, listen first.</p>')).toEqual([]);
  });

  it('is not "Role Models", the 2008 film', () => {
    expect(marks('<p>Role Models, the 2008 comedy starring Paul Rudd, is not about the singer.</p>')).toEqual([]);
  });
});

describe('characters', () => {
  it('marks Ally with the film in the paragraph', () => {
    expect(marks('<p>Natalie Portman stars as Ally in the Netflix rom-com.</p>')).toEqual([
      'person.natalie_portman: Natalie Portman',
      'character.ally: Ally',
    ]);
  });

  it('does not mark "Ally McBeal", even beside a film anchor', () => {
    expect(marks('<p>Ally McBeal was a Fox series; Netflix now streams it.</p>')).toEqual([]);
  });

  it('does not mark "Ally" without film context', () => {
    expect(marks('<p>Ally yourself with your partner.</p>')).toEqual([]);
  });

  it('marks Alan in the synopsis, not "Dr. Alan Jones"', () => {
    expect(marks('<p>In the rom-com, Alan is a fifty-something Manhattan man.</p>')).toEqual(['character.alan: Alan']);
    expect(marks('<p>Dr. Alan Jones, a sleep researcher in Manhattan, agrees.</p>')).toEqual([]);
  });
});

describe('companies and producers', () => {
  it('never marks Netflix, which is out of scope', () => {
    const { mentions } = scan('<p>Netflix bought Good Sex. Netflix will release it.</p><p>Netflix</p>');
    expect(mentions.some((m) => m.entity === 'org.netflix' || m.text === 'Netflix')).toBe(false);
    // ...while still counting as film context for the title beside it.
    expect(mentions.map((m) => m.entity)).toEqual(['film.good_sex']);
  });

  it('marks Michael Cohen only in a producing sentence', () => {
    expect(marks('<p>Dunham produces with her partner Michael Cohen.</p>').filter((m) => m.startsWith('person.michael_cohen'))).toEqual([
      'person.michael_cohen: Michael Cohen',
    ]);
    expect(marks('<p>Michael Cohen testified in court on Tuesday.</p>')).toEqual([]);
  });
});

describe('pages in Italian, Spanish, French, German and Portuguese', () => {
  it('takes the genre in each language as the film’s context, as "rom-com" is in English', () => {
    for (const genre of ['commedia romantica', 'comedia romántica', 'comédie romantique', 'romantische Komödie', 'comédia romântica'])
      expect(marks(`<p>«Good Sex», la ${genre} di Natalie Portman.</p><p>Role Model ha debuttato.</p>`)).toContain(
        'film.good_sex: Good Sex',
      );
  });

  it('reads a German genitive as the name, marked whole, before the noun it qualifies only', () => {
    expect(marks('<p>Natalie Portmans Rolle in Lena Dunhams Film ist Ally, eine Paartherapeutin.</p>')).toEqual([
      'person.natalie_portman: Natalie Portmans',
      'person.lena_dunham: Lena Dunhams',
      'character.ally: Ally',
    ]);
    // "the Portmans" of a family, not before a noun, is no genitive.
    expect(marks('<p>Natalie Portman came home; the Portmans were waiting.</p>')).toEqual(['person.natalie_portman: Natalie Portman']);
  });

  it('takes an article or a German noun before a name as no first name ("La Portman", "Regisseurin Dunham")', () => {
    expect(marks('<p>Lena Dunham dirige Natalie Portman. La Portman è Ally.</p>')).toContain('person.natalie_portman: Portman');
    expect(marks('<p>Ein Film von Lena Dunham mit Natalie Portman. Die Regisseurin Dunham schrieb das Drehbuch.</p>')).toContain(
      'person.lena_dunham: Dunham',
    );
    // Still someone else beside a first name.
    expect(marks('<p>Natalie Portman spielt Ally. Rachel Portman komponiert.</p>')).toEqual([
      'person.natalie_portman: Natalie Portman',
      'character.ally: Ally',
    ]);
  });

  it('does not take a column, a podcast or a book of the same name for the film', () => {
    const page = (p: string) => `<p>Lena Dunham e Natalie Portman girano a New York.</p><p>${p}</p>`;
    expect(marks(page('Good Sex, la chronique : cinq habitudes des couples qui durent.'))).not.toContain('film.good_sex: Good Sex');
    expect(marks(page('In dieser Folge von Good Sex geht es um Routine und Netflix-Abende.'))).not.toContain('film.good_sex: Good Sex');
    expect(marks(page('Zum gleichnamigen Podcast siehe Good Sex (Podcast).'))).not.toContain('film.good_sex: Good Sex');
    // A question whether the film is based on a book is about the film.
    expect(marks(page('Is Good Sex based on a book? No, Dunham wrote it for Netflix.'))).toContain('film.good_sex: Good Sex');
  });

  it('does not take a poster’s display name for the director’s first name', () => {
    const feed = '<p>Lena Dunham dirige Good Sex.</p><p>Lena 🌙 @lenalunera · 12 ene.</p><p>Lena escribió el guion.</p>';
    expect(marks(feed).filter((m) => m === 'person.lena_dunham: Lena')).toHaveLength(1);
  });

  it('takes an indefinite article before "Role Model" in any language as the noun', () => {
    for (const p of ['È un vero Role Model per tutti.', 'Sie ist ein echtes Role Model.', 'Es un Role Model para muchos.'])
      expect(marks(`<p>Tucker Pillsbury in Good Sex. ${p}</p>`)).not.toContain('person.tucker_pillsbury: Role Model');
  });
});

describe('one giant block (a 10 MB text node, a paste with no full stops)', () => {
  /** The page text of one block: what the reader makes of a single huge <p>. */
  const block = (text: string) => ({ text, titled: [] as Array<[number, number]> });
  const found = (text: string) => detect(block(text)).map((m) => [m.start, m.text]);
  /** Where every full name of `names` is in `text`, as the detector should report it. */
  const expected = (text: string, names: string[]) =>
    names.flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))].map((m) => [m.index, n] as [number, string])).sort((a, b) => a[0] - b[0]);

  it('is read in pieces of a bounded size, each search looking one piece ahead at most', () => {
    // No separator, no full stop: only spaces to cut after.
    const text = 'word '.repeat(200_000);
    const pieces = [...chunks(text)];
    expect(pieces.length).toBeGreaterThan(40);
    expect(Math.max(...pieces.map(([from, to]) => to - from))).toBeLessThanOrEqual(16 * 1024);
    // Contiguous, covering the text, every cut after a space.
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) {
      expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
      expect(text[pieces[i]![0] - 1]).toBe(' ');
    }
    expect(pieces.slice(0, -1).every(([, , cut]) => cut)).toBe(true);
  });

  it('cuts at a block separator or a sentence’s end where there is one, which no name crosses', () => {
    const text = `${'a b. '.repeat(5000)}${BLOCK_SEPARATOR}${'x y. '.repeat(5000)}`;
    for (const [, to, cut] of [...chunks(text)].slice(0, -1)) {
      expect(cut).toBe(false);
      expect(text[to] === BLOCK_SEPARATOR || text.slice(to - 2, to) === '. ').toBe(true);
    }
  });

  it('finds every name once, wherever a cut falls, and none that starts inside a word', () => {
    const names = ['Natalie Portman', 'Lena Dunham'];
    // Names at every offset from a cut: the filler's length is prime to the piece size.
    const filler = 'the crew kept to the schedule as it allowed and moved on ';
    let text = '';
    for (let i = 0; text.length < 400_000; i++) text += filler.repeat(1 + (i % 7)) + names[i % 2] + ' and ';
    expect(found(text)).toEqual(expected(text, names));
    // The last space before the piece's end is the name's own: it is found whole, once.
    const across = `${'a'.repeat(16_370)} Natalie Portman said so${' and so'.repeat(3000)}`;
    expect(found(across)).toEqual([[16_371, 'Natalie Portman']]);
    // No space at all before the piece's end: the next piece starts inside a word, and no name there.
    const glued = `${'x'.repeat(16 * 1024)}Natalie Portman said so${' and so'.repeat(3000)}`;
    expect(found(glued)).toEqual([]);
  });

  it('reads a name’s block as a window of the text around it, not megabytes of it', () => {
    const text = 'a '.repeat(100_000) + 'Natalie Portman' + ' b'.repeat(100_000);
    const at = text.indexOf('Natalie');
    const [s, e] = blockAround(text, at, at + 15);
    expect(s).toBe(at - BLOCK_REACH);
    expect(e).toBe(at + 15 + BLOCK_REACH);
    // A real paragraph is found whole.
    const para = `one${BLOCK_SEPARATOR}two Natalie Portman three${BLOCK_SEPARATOR}four`;
    const p = para.indexOf('Natalie');
    expect(para.slice(...blockAround(para, p, p + 15))).toBe('two Natalie Portman three');
  });
});
