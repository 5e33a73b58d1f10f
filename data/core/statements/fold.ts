/**
 * One spelling for matching: accents off ("pelí­cula", "película" and "pelicula" alike), one
 * apostrophe and one double quote, ß as ss, dashes as hyphens, runs of space as one. Case is
 * kept: a title ("Good Sex") and a name ("Role Model") are told apart by it.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´ʼ′]/g, "'")
    .replace(/[“”«»„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
