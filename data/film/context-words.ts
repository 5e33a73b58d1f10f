/**
 * The words around an ambiguous name that make it this film's person, character or company
 * (the ledger's `accept_when`, made concrete), in the six languages the film is written about
 * in: English, Italian, Spanish, French, German and Portuguese. The rules that ask for them
 * are film-agnostic, in data/core/names/context-rules.ts.
 */
import { rx } from '../core/text/pattern';

/** Words that show the "Role Model" on a page is the musician (ledger, person.tucker_pillsbury). */
export const MUSIC_OR_CAST = rx('u')`
    (?<![\p{L}])(?:
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
    starring|
    cantante|
    cantautor[ea]?|
    musicista|
    musica|
    música|
    músico|
    canzon[ei]|
    canción|
    canciones|
    canção|
    canções|
    cantor[a]?|
    chanteu(?:r|se)|
    musicien(?:ne)?|
    musique|
    chansons?|
    Sänger(?:in)?|
    Musiker(?:in)?|
    Musik|
    Songs?|
    Album|
    debutto|
    debut|
    estreia|
    Debüt|
    premier rôle|
    reparto|
    elenco|
    distribution|
    Besetzung|
    Cast|
    protagonist[ai]|
    protagoniza\p{L}*|
    protagonizad[ao]s?|
    interpreta|
    spielt
    )(?![\p{L}])
  `;

/** Words of the film's synopsis, which make a character's first name the character. */
export const SYNOPSIS = rx('u')`
    (?<![\p{L}])(?:
    hipster|
    fifty-something|
    50-something|
    twenty-something|
    20-something|
    Good Sex|
    ventenne|
    cinquantenne|
    (?:sulla|una) (?:cinquantina|ventina)|
    veinteañer[oa]|
    veintitantos|
    cincuentón|
    cincuentona|
    cincuenta y tantos|
    vingtenaire|
    (?:la )?(?:cinquantaine|vingtaine)|
    quinquagénaire|
    quinquagenário|
    cinquentão|
    cinquenta e poucos|
    vinte e poucos|
    (?:Mitt|End)?(?:zwanziger|Zwanziger|fünfziger|Fünfziger)\p{L}*|
    Paartherapeutin
    )(?![\p{L}])
  `;

/**
 * What a name in the title's place may be instead of the film: a column, a podcast, a book
 * ("Good Sex, la chronique", "In dieser Folge von Good Sex", "a novel literally called Good Sex").
 */
export const OTHER_MEDIUM = rx('iu')`
    (?<![\p{L}])(?:
    column|
    newsletter|
    podcast|
    episode|
    novel|
    book|
    blog|
    rubrica|
    puntata|
    romanzo|
    libro|
    columna|
    episodio|
    novela|
    chronique|
    rubrique|
    roman|
    livre|
    Kolumne|
    Folge|
    Ratgeber|
    Buch|
    coluna|
    livro
    )(?![\p{L}])
  `;

/** A producer's sentence: his company or Dunham, with whom he runs it. */
export const PRODUCER_SENTENCE = /\b(?:Good Thing Going|Dunham)\b/u;

/** A company's paragraph: its people, or words for producing, in the six languages. */
export const COMPANY_BLOCK = rx('u')`
    (?<![\p{L}])(?:
    Dunham|
    Michael Cohen|
    MountainA|
    [Pp]rodu\p{L}*|
    banner|
    shingle|
    first-look|
    production compan\p{L}*|
    casa di produzione|
    società di produzione|
    productora|
    société de production|
    maison de production|
    Produktionsfirma|
    produtora
    )(?![\p{L}])
  `;

/**
 * Capitalised words in the other five languages that start a clause or stand before a name
 * without being part of it: articles ("La Portman"), prepositions, conjunctions and the
 * nouns that say what someone is ("Regisseurin Dunham", "Actriz Portman").
 */
export const NOT_A_NAME_WORDS: readonly string[] = // Italian
  (
    'Il Lo La I Gli Le Un Una Uno Di Da Del Della Con Per Su Tra Fra Nel Nella E Ma Anche Come Quando Mentre Dopo Prima ' +
    'Secondo Ecco Intanto Regista Attrice Attore Cantante Produttrice Produttore Protagonista Sceneggiatrice ' +
    // Spanish
    'El Los Las Unos Unas De Del Con Por Para Sin En Y Pero También Como Cuando Mientras Después Antes Según Así ' +
    'Directora Director Actriz Actor Productora Productor Guionista Protagonista ' +
    // French
    'Les Des Du Au Aux Et Mais Aussi Comme Quand Pendant Après Avant Selon Avec Pour Sans Dans Chez ' +
    'Réalisatrice Réalisateur Actrice Acteur Productrice Producteur Scénariste Chanteur Chanteuse ' +
    // German
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Und Aber Auch Wie Wenn Als Nach Vor Laut Mit Für Von Bei Im Am ' +
    'Regisseurin Regisseur Schauspielerin Schauspieler Produzentin Produzent Drehbuchautorin Sängerin Sänger Musiker ' +
    'Hollywood-Star Oscar-Preisträgerin US-Schauspielerin US-Regisseurin Star ' +
    // Portuguese
    'O A Os As Um Uma Do Da Dos Das No Na Nos Nas Com Por Para Sem Em E Mas Também Como Quando Enquanto Depois Antes ' +
    'Segundo Diretora Diretor Atriz Ator Produtora Produtor Roteirista Cantor ' +
    // Sentence openers: adverbs and verbs that put a name second ("Côté Portman", "Producen Portman y ...")
    'Comunque Ovviamente Poi Allora Ora Producono Côté Apparemment Évidemment Finalement Enfin Ensuite Produisent ' +
    'Ahora Luego Entonces Finalmente Evidentemente Producen Dann Jetzt Natürlich Offenbar Außerdem Zudem Agora Então ' +
    'Aparentemente Produzem'
  ).split(' ');

/**
 * A German noun before a name is capitalised like a first name: a long word with a noun's ending
 * ("Paartherapeutin Ally", "Regisseurin Dunham") is a noun, not a first name.
 */
export const NOUN_BEFORE_NAME = /^\p{Lu}\p{Ll}{4,}(?:in|ung|heit|keit|schaft|angabe)$/u;

/**
 * "a Role Model", "un vero role model", "ein echtes Role Model": an indefinite article, perhaps
 * with one adjective, just before the name makes it the noun, not the singer.
 */
export const INDEFINITE_BEFORE =
  /(?<![\p{L}])(?:a|an|A|An|un|una|uno|Un|Una|Uno|um|uma|Um|Uma|ein|eine|einen|einem|einer|Ein|Eine|Einen|Einem|Einer)(?:[ \u00a0]+\p{Ll}[\p{L}-]*)?[ \u00a0]+$/u;
