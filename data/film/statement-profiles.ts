/**
 * What a sentence must speak of to be about each of the ledger's 83 claims, written from the
 * claim's own text (data/film/ledger/claims.json), in the concepts of statement-concepts.ts.
 * `need`: every entry met (an entry "A|B" by any of them); `more`: details that make it surer;
 * `contra`: for a claim that something has not happened, what says it did; `unless`: what makes
 * the sentence about something else; `film`: a claim about the film, so the sentence must name
 * the film, its people or its characters, and no other work unless it names the film too.
 */
import type { ClaimProfile, FilmConcepts } from '../core/statements/matcher';

const PORTMAN = 'PORTMAN|PORTMAN_SURNAME';
const DUNHAM = 'DUNHAM|DUNHAM_SURNAME|DUNHAMS';
/** Dunham as a person who does something (not "Dunham's film"). */
const DUNHAM_HERSELF = 'DUNHAM|DUNHAM_SURNAME';
const PILLSBURY = 'PILLSBURY|ROLE_MODEL';
const RASHIDA = 'RASHIDA|JONES_SURNAME';
const MEG = 'MEG|RYAN_SURNAME';
const FILM = 'TITLE|FILM_WORD|IN_FILM';

export const FILM_CONCEPTS: FilmConcepts = {
  title: 'TITLE|IN_FILM',
  anchor: `${FILM}|${PORTMAN}|${DUNHAM}|RUFFALO|${PILLSBURY}|${RASHIDA}|${MEG}|TILLMAN|ALLY|ALAN|CALEB|COHEN|SOPHIE_MAS`,
  otherWorks:
    'OTHER_WORK|TOO_MUCH|TINY_FURNITURE|MAY_DECEMBER|GIRLS|TASK|TREASURE|GALLERIST|FOUNTAIN|TALE_DARKNESS|BIRDY|SHARP_STICK|STAR_WARS|THOR',
  names: 'TITLE|FILM_WORD',
  filmWords: 'FILM_WORD',
  beyond: 'SEQUEL',
};

export const STATEMENT_PROFILES: readonly ClaimProfile[] = [
  // The film and its story
  { claim: 'C01', film: true, need: [FILM, 'WRITE|DIRECT'], more: [DUNHAM, 'WRITE', 'DIRECT', 'ROMCOM'] },
  { claim: 'C02', film: true, need: [PORTMAN, 'LEAD|PLAYS', `${FILM}|ALLY`], more: ['LEAD'] },
  {
    claim: 'C03',
    film: true,
    need: [`ALLY|${PORTMAN}`, 'THERAPIST'],
    more: ['ALLY', PORTMAN, 'NYC', 'SUCCESSFUL', 'PLAYS'],
    unless: [MEG, 'ALLYS_THERAPIST'],
  },
  {
    claim: 'C04',
    film: true,
    need: [`ALLY|${FILM}|${PORTMAN}`, 'TURN_40|DECADE'],
    more: ['BEST_FRIEND', 'DATING', 'NYC', 'TURN_40', 'DECADE'],
  },
  {
    claim: 'C05',
    film: true,
    need: [`ALLY|${FILM}|${PORTMAN}`, 'HIPSTER|YOUNGER', 'AFFAIR|BROOKLYN|HIPSTER'],
    more: ['BROOKLYN', 'YOUNGER', 'HIPSTER', 'AFFAIR'],
    unless: [PILLSBURY, 'PLAYS', 'ACTING_DEBUT', 'CALEB|Q_NAME', 'AGE_GAP'],
  },
  {
    claim: 'C06',
    film: true,
    need: [`ALLY|${FILM}`, 'OLDER|MANHATTAN', 'CONVENTIONAL|SUCCESSFUL|AFFAIR|DATING'],
    more: ['MANHATTAN', 'OLDER', 'SUCCESSFUL', 'CONVENTIONAL'],
    unless: ['RUFFALO', 'PLAYS', 'ALAN'],
  },
  {
    claim: 'C07',
    film: true,
    need: ['ALAN|Q_NAME', 'OLDER|MANHATTAN|SUCCESSFUL|NAMED|ALAN'],
    more: ['NAMED', 'OLDER'],
    unless: ['RUFFALO'],
  },
  { claim: 'C08', film: true, need: [`ALLY|${FILM}|${PORTMAN}`, 'TWO_MEN', 'KEEP_APART'] },
  { claim: 'C09', film: true, need: [FILM, 'AGE_GAP'], more: ['ROMCOM', 'YOUNGER'] },
  { claim: 'C10', film: true, need: [`${FILM}|${DUNHAM}`, 'FORMULA'] },
  { claim: 'C11', film: true, need: ['NEUROTIC|ALLEN_EPHRON', 'NEUROTIC|NYC|ROMCOM'], more: ['NYC', 'NEUROTIC', 'ALLEN_EPHRON'] },

  // The cast and their roles
  { claim: 'C12', film: true, need: ['RUFFALO', `${FILM}|IN_FILM|ALLY|CAST`], more: ['CAST'] },
  { claim: 'C13', film: true, need: ['RUFFALO|PLAYS', 'OLDER|Q_WHO'], more: ['RUFFALO', 'PLAYS', 'ALLY', 'MANHATTAN', 'SUCCESSFUL'] },
  { claim: 'C14', film: true, need: ['RUFFALO', 'ALAN|Q_WHO'], more: ['PLAYS', 'ALAN'] },
  { claim: 'C15', film: true, need: [PILLSBURY, `${FILM}|IN_FILM|ALLY|CAST`], more: ['CAST'] },
  {
    claim: 'C16',
    film: true,
    need: [`${PILLSBURY}|PLAYS`, 'HIPSTER|YOUNGER|BROOKLYN'],
    more: [PILLSBURY, 'PLAYS', 'BROOKLYN', 'HIPSTER', 'YOUNGER'],
  },
  { claim: 'C17', film: true, need: ['ACTING_DEBUT', `${PILLSBURY}|${FILM}`], more: [PILLSBURY] },
  { claim: 'C18', film: true, need: [RASHIDA, `${FILM}|IN_FILM|ALLY|CAST`], more: ['CAST'] },
  { claim: 'C19', film: true, need: [`${RASHIDA}|Q_WHO`, 'BEST_FRIEND'], more: ['ALLY', 'PLAYS', 'DATING'] },
  {
    claim: 'C20',
    film: true,
    need: [`${DUNHAM_HERSELF}|Q_WHO`, 'BEST_FRIEND|ACTS'],
    more: ['ALLY', 'PLAYS', 'BEST_FRIEND'],
    contra: ['NOT_ACTING'],
  },
  { claim: 'C21', film: true, need: [MEG, `${FILM}|IN_FILM|ALLY|CAST`], more: ['CAST'] },
  { claim: 'C22', film: true, need: [MEG, 'PIVOTAL'], more: ['JOURNEY', 'ALLY'] },
  { claim: 'C23', film: true, need: [MEG, 'RETURN', `GENRE|ROMCOM|${FILM}`], more: ['GENRE', 'ROMCOM'] },
  { claim: 'C24', film: true, need: [`${PORTMAN}|${RASHIDA}`, 'SET_PHOTOS|BENCH'], more: ['BENCH', 'LAUGH_EAT', 'NYC', 'SET_PHOTOS'] },
  { claim: 'X01', film: true, need: [`${MEG}|ALLYS_THERAPIST`, 'THERAPIST'], more: ['ALLY', 'PLAYS', MEG, 'ALLYS_THERAPIST'] },
  { claim: 'X02', film: true, need: [RASHIDA, MEG, 'SAME_TIME|MAY_2025', 'ANNOUNCED|CAST'], more: ['ANNOUNCED', 'SAME_TIME', 'MAY_2025'] },
  { claim: 'X03', film: true, need: ['TILLMAN', `${FILM}|IN_FILM|ALLY|CAST`], more: ['CAST'] },
  { claim: 'X13', film: true, need: ['CALEB|Q_NAME', 'CALEB|HIPSTER|YOUNGER|MUSICIAN'], more: ['MUSICIAN', 'HIPSTER', 'NAMED', 'YOUNGER'] },
  { claim: 'X15', film: true, need: [PILLSBURY, 'MAY_2025'], more: ['CAST', 'ANNOUNCED'] },
  { claim: 'X16', film: true, need: ['TEN_YEARS_OLDER'], more: ['RUFFALO', 'ALLY', 'ALAN'] },
  { claim: 'X17', film: true, need: ['TWISTED_SEXY'], more: ['PRAISED', PILLSBURY, 'RUFFALO'] },

  // Producers and the sale
  { claim: 'C25', need: ['PRODUCE', `${PORTMAN}|MOUNTAINA|SOPHIE_MAS`], more: ['MOUNTAINA', 'SOPHIE_MAS', FILM] },
  { claim: 'C26', need: ['PRODUCE', `${DUNHAM}|GOOD_THING_GOING`], more: ['GOOD_THING_GOING', FILM] },
  // MountainA as Portman's company; a sentence about producing the film is C25.
  { claim: 'C64', need: ['MOUNTAINA', `${PORTMAN}|SOPHIE_MAS|PRODUCE`], more: ['SOPHIE_MAS', 'PRODUCE'], unless: [FILM] },
  { claim: 'X04', need: ['COHEN', `PRODUCE|GOOD_THING_GOING|${DUNHAM}`], more: ['GOOD_THING_GOING', 'PRODUCE'] },
  { claim: 'X14', need: ['FIRST_LOOK', `${DUNHAM}|GOOD_THING_GOING|NETFLIX`], more: ['NETFLIX', 'GOOD_THING_GOING'] },
  { claim: 'C27', need: ['FILMNATION'], more: ['BUYERS', 'EFM', FILM] },
  { claim: 'X05', need: ['CAA'], more: ['REPRESENTED', 'FILMNATION'] },
  { claim: 'C28', film: true, need: ['EFM', `BUYERS|FEB_2025|${FILM}`], more: ['BUYERS', 'FEB_2025'], unless: ['FILMNATION'] },
  { claim: 'C29', film: true, need: ['BIDDING_WAR'], more: ['NETFLIX'] },
  {
    claim: 'C30',
    need: ['WARNER|AMAZON|APPLE', `BIDDING_WAR|OFFERS|BUYERS|ACQUIRED|${FILM}`],
    more: ['WARNER', 'AMAZON', 'APPLE', 'BIDDING_WAR'],
  },
  { claim: 'C31', film: true, need: ['NETFLIX', 'ACQUIRED'], more: ['BIDDING_WAR', 'RIGHTS', 'DEAL'] },
  { claim: 'C32', need: ['PRICE_55|Q_HOW_MUCH', `NETFLIX|PAID|${FILM}`], more: ['PAID', 'NETFLIX', 'PRICE_55'] },
  { claim: 'C33', need: ['WORLDWIDE', `RIGHTS|NETFLIX|DEAL|${FILM}`], more: ['RIGHTS'] },
  { claim: 'C34', need: ['SLOW_MARKET|BIGGEST', 'EFM|DEAL'], more: ['SLOW_MARKET', 'BIGGEST', 'EFM'] },
  { claim: 'X06', need: ['OFFERS_45'], more: ['OFFERS', 'EFM'] },
  {
    claim: 'X07',
    need: ['DOUBLE_BUDGET|NEW_JERSEY', `BUDGET|NETFLIX|TAX|FILMED|${FILM}`],
    more: ['NEW_JERSEY', 'TAX', 'BUDGET', 'DOUBLE_BUDGET'],
  },
  { claim: 'X08', need: ['NOT_YET_CAST', 'MALE_LEADS|MARCH_2025'], more: ['MARCH_2025', 'MALE_LEADS'], contra: ['ALREADY_CAST'] },

  // Production and release
  { claim: 'C35', film: true, need: ['ANNOUNCED', 'EARLY_2025'] },
  { claim: 'C36', film: true, need: ['NYC|Q_WHERE', 'FILMED'], more: [FILM, 'NYC'] },
  { claim: 'X09', film: true, need: ['EARLY_JULY', 'FILMED|BEGAN'], more: ['NYC', 'BEGAN'] },
  // Wrapped *in late 2025* (or asked when): a wrap at another time, or of another film, is not it.
  {
    claim: 'C37',
    film: true,
    need: ['WRAP|RAN_TO_LATE_2025', `FILMED|${FILM}|RAN_TO_LATE_2025`, 'LATE_2025|RAN_TO_LATE_2025|Q_WHEN'],
    more: ['LATE_2025', 'FILMED'],
    unless: ['LATE_SUMMER|SEPTEMBER_2025|EARLY_2025|GALLERIST'],
  },
  {
    // Not a `film` claim: it names Ruffalo's series Task by design; the film or Ruffalo must be named.
    claim: 'X18',
    need: ['WRAP', 'LATE_SUMMER|TASK|SEPTEMBER_2025', `${FILM}|RUFFALO`],
    more: ['TASK', 'RUFFALO', 'SEPTEMBER_2025', 'LATE_SUMMER'],
  },
  { claim: 'C38', film: true, need: ['POST_PRODUCTION'], more: ['STILL'] },
  { claim: 'C39', film: true, need: ['NETFLIX', 'RELEASE', FILM] },
  { claim: 'C40', film: true, need: [`NETFLIX|${FILM}`, 'NO_DATE|RELEASE_DATE'], more: ['NO_DATE'], contra: ['DATE_SET'] },
  { claim: 'C41', film: true, need: ['YEAR_2026|Q_WHEN', 'RELEASE|RELEASE_DATE'], more: ['RELEASE', 'YEAR_2026'] },
  { claim: 'C42', film: true, need: ['TRAILER', 'H1_2026|YEAR_2026|EXPECTED|Q_WHEN'], more: ['H1_2026', 'YEAR_2026'] },
  { claim: 'C43', film: true, need: ['MARKETING', 'MASSIVE|NETFLIX'], more: ['MASSIVE'] },
  {
    claim: 'X10',
    film: true,
    need: ['LIVE_OR_DIE|SKIP_THEATERS'],
    more: ['NETFLIX', 'THEATRICAL', 'LIVE_OR_DIE'],
    contra: ['THEATRICAL_RUN'],
  },

  // The people's other work and lives, as the ledger holds them
  { claim: 'C44', need: [PORTMAN, 'OSCAR'], more: ['WON_AWARD'] },
  { claim: 'C45', need: [PORTMAN, 'HARVARD'], more: ['GRADUATE'], unless: ['SNL'] },
  { claim: 'C46', need: ['AMIDALA|STAR_WARS', `${PORTMAN}|PLAYS`], more: ['AMIDALA'] },
  { claim: 'C47', need: ['DIOR', PORTMAN] },
  { claim: 'C48', need: ['MAY_DECEMBER', PORTMAN] },
  { claim: 'C49', need: ['THOR', PORTMAN] },
  { claim: 'C50', need: ['SNL', `${PORTMAN}|HARVARD`], more: ['HARVARD'] },
  {
    claim: 'C51',
    need: ['DIRECTORIAL_DEBUT|TALE_DARKNESS|VANITY', `${PORTMAN}|${DUNHAM}`],
    more: [DUNHAM, 'INSPIRATION', 'VANITY', 'TALE_DARKNESS'],
  },
  { claim: 'C52', need: ['VOGUE|SUBJECT_OBJECT', `${PORTMAN}|${DUNHAM}|TINY_FURNITURE`], more: ['TINY_FURNITURE', 'SUBJECT_OBJECT'] },
  { claim: 'C53', need: ['CRIED', 'TINY_FURNITURE|EW'], more: [PORTMAN, 'EW'] },
  { claim: 'C54', need: ['TINY_FURNITURE', `${DUNHAM}|WRITE|DIRECT|AGE_23`], more: ['AGE_23', 'WRITE', 'DIRECT'], unless: ['CRIED'] },
  { claim: 'C55', need: ['GIRLS', DUNHAM], more: ['CREATED', 'STARS_IN', 'HBO'] },
  { claim: 'C56', need: ['GOLDEN_GLOBE', DUNHAM] },
  { claim: 'C57', need: ['BIRDY|SHARP_STICK'], more: [DUNHAM, 'DIRECT'] },
  // The generic Too Much claim yields to the specific ones.
  {
    claim: 'C58',
    need: ['TOO_MUCH', `NETFLIX|SERIES|${DUNHAM}`],
    more: ['NETFLIX', 'SERIES'],
    unless: ['ONE_SEASON|RENEWED|STALTER|POST_PRODUCTION'],
  },
  { claim: 'C59', need: ['TOO_MUCH', 'STALTER'] },
  { claim: 'C60', need: ['TOO_MUCH', 'POST_PRODUCTION'] },
  { claim: 'C61', need: ['TREASURE|LAST_SEEN', `${DUNHAM}|YEAR_2024|ACTS`], more: ['TREASURE', 'LAST_SEEN', 'YEAR_2024'] },
  { claim: 'C62', need: ['GALLERIST'], more: ['CATHY_YAN', 'ORTEGA', 'WRAP', 'FILMED'] },
  { claim: 'C63', need: ['FOUNTAIN'], more: ['RITCHIE', 'RELEASE'] },
  { claim: 'X11', need: ['SWIFT|ERAS_TOUR', `${MEG}|RECRUITED`], more: ['LONDON', 'RECRUITED', DUNHAM] },
  { claim: 'X12', need: ['TIKTOK|BRAD_PITT'], more: [PILLSBURY, DUNHAM] },
  { claim: 'X19', need: ['TOO_MUCH', 'ONE_SEASON'], contra: ['RENEWED'] },
];
