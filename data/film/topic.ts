/**
 * What tells the claim notes that a page's topic is this film: its names, its people, the
 * other works of those people (a sentence about one of them is about that work), and the
 * headings of an article about the film (which are sections, not other titles).
 */
import { rx } from '../core/text/pattern';

export { FILM_NAMES } from './film-names';
/** The film's title written in lower case: the film only on a page that names its people too. */
export const FILM_TITLE_LOWERCASE = /\bgood\s+sex\b/;
/** The people whose names, written in lower case, show a lowercase title is the film. */
export const FILM_PEOPLE_LOWERCASE = /\b(?:dunham|portman)\b/i;
/** The entities whose mention names the film for the claim notes (a page naming none has no claim notes). */
export const FILM_ENTITY_IDS: ReadonlySet<string> = new Set(['film.good_sex', 'person.lena_dunham', 'person.natalie_portman']);

/**
 * Other works of the film's people, and other years' releases: a sentence naming one is about
 * it, unless the name only says who someone is ("Girls creator Dunham", "Severance star Tramell
 * Tillman", "Severance's Tillman", "the queen of When Harry Met Sally").
 */
export const OTHER_WORK = rx()`
    (?<!
    \b(?:queen|king|star|stars|creator|director|writer|icon|legend|heroine|hero|veteran|alum)\s+of\s+
    )\b(?:
    Too\s+Much|
    Girls|
    Tiny\s+Furniture|
    Sharp\s+Stick|
    Catherine\s+Called\s+Birdy|
    May\s+December|
    The\s+Gallerist|
    Fountain\s+of\s+Youth|
    Thor|
    Black\s+Swan|
    Jackie|
    Lady\s+in\s+the\s+Lake|
    Severance|
    Task|
    When\s+Harry\s+Met\s+Sally|
    Sleepless\s+in\s+Seattle|
    You['’]ve\s+Got\s+Mail|
    What\s+Happens\s+Later|
    Poor\s+Things|
    Parks\s+and\s+Recreation|
    Angie\s+Tribeca|
    Avengers|
    Hulk
    )\b(?!
    ['’]s\s|
    \s+(?:creator|star|stars|actor|actress|alum|alums|showrunner|director|writer|breakout|standout|veteran|favou?rite|icon|legend|co-?star)\b
    )
  `;

/** Headings that name a section of an article about the film, not another title. */
export const SECTION_HEADINGS = new Set(
  (
    'cast|the cast|cast and crew|cast & crew|crew|production|release|release date|plot|synopsis|story|the story|premise|' +
    'trailer|the trailer|what to expect|what to expect next|what we know|everything we know|what we know so far|music|' +
    'reception|background|development|filming|marketing|details|overview|summary|trivia|comments|related|latest|' +
    'updates|sources|references|see also|faq|more|read more|about|credits|key facts|at a glance|the film|the movie|' +
    'timeline|news|status|rumours|rumors|the rumours|the rumors|verdict|the verdict|the facts|fact check|conclusion'
  ).split('|'),
);
/** The film's people: a heading naming one ("Meg Ryan") opens a part of the article about the film. */
export const FILM_PEOPLE = rx('i')`
    \b(?:
    Ruffalo|
    Ryan|
    Rashida|
    Jones|
    Pillsbury|
    Role\s+Model|
    Tillman|
    Ally|
    Alan|
    Netflix|
    Sophie\s+Mas|
    Cohen|
    MountainA|
    FilmNation|
    Good\s+Thing\s+Going
    )\b
  `;
