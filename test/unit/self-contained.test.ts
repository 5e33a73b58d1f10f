/**
 * The project stands alone: no file in it names a path outside the repository, so a clone
 * into an empty folder builds, tests and explains itself. Two checks: names of things that
 * live beside the repository on the machine it was made on, and any relative path (`../x`)
 * that, resolved from its file's folder, leaves the repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BINARY = /\.(png|jpe?g|gif|ico|zip|woff2?|webp)$/i;

/** Tracked files and new ones not ignored: what a commit of this tree would hold. */
function projectFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && !BINARY.test(f));
}

/** Names of what sits beside the repository where it was made (the research folder, the tool library). */
const OUTSIDE_NAMES = /\.\.\/shared\b|\bshared\/(?:facts|hooks)\b|\bDESIGN\.md\b|\bTOOLCHAIN\.md\b|\.library\/|\/work\/\w/;
/** A relative path made of `..` segments and names: `../../data/x.json`, `'../..'`. */
const RELATIVE = /(?<![\w.\/-])\.\.(?=[\/'"`\s)\]]|$)(?:\/\.\.)*(?:\/[\w@.+-]+)*/gm;

export function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const name = OUTSIDE_NAMES.exec(line);
    if (name) found.push(`${file}:${i + 1}: names ${name[0]}`);
    for (const m of line.matchAll(RELATIVE)) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), m[0]));
      if (target === '..' || target.startsWith(`..${sep}`)) found.push(`${file}:${i + 1}: ${m[0]} leaves the repository`);
    }
  });
  return found;
}

describe('the repository stands alone', () => {
  it('finds what it should (the check itself)', () => {
    // Built from parts, so that this file itself names nothing outside.
    const beside = ['..', '..', 'shared', 'facts', 'claims.json'].join('/');
    expect(outsideReferences('scripts/x.ts', `read('${beside}')`)).toHaveLength(2);
    expect(outsideReferences('test/unit/x.ts', "resolve(import.meta.dirname, '../../../elsewhere')")).toEqual([
      'test/unit/x.ts:1: ../../../elsewhere leaves the repository',
    ]);
    expect(outsideReferences('test/unit/x.ts', "resolve(import.meta.dirname, '../../data/generated/dataset.json')")).toEqual([]);
    expect(outsideReferences('docs/adr/x.md', 'see [the README](../../README.md) and so on...')).toEqual([]);
    expect(outsideReferences('README.md', 'see DESIGN.md')).toEqual(['README.md:1: names DESIGN.md']);
  });

  it('no file names a path outside the repository', () => {
    const files = projectFiles();
    expect(files.length).toBeGreaterThan(100);
    const self = relative(ROOT, import.meta.filename);
    const found = files.filter((f) => f !== self).flatMap((f) => outsideReferences(f, readFileSync(resolve(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
