/** The film's own names: the film itself, its writer-director, its star (alone, so the every-page script takes nothing else). */
export const FILM_NAMES = /\bGood\s+Sex\b|\bGOOD\s+SEX\b|\b[Dd]unham\b|\b[Pp]ortman\b/;
