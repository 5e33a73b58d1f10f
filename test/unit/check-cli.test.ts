/** The `check` command as other tools use it: a child process, one JSON array on stdout. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchStatement } from '../../data/core/statements/matcher';
import { statementModel } from '../../data/film/statement-model';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const check = (args: string[], input = '') =>
  spawnSync(TSX, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

describe('npm run check', () => {
  it('prints one JSON array: each sentence, its matches best first with claim, stance and score', () => {
    const sentences = ["Meg Ryan plays Ally's therapist in Good Sex.", 'Is Good Sex out in 2026?', 'The weather in Lisbon is mild.'];
    const r = check(sentences);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { text: string; matches: { claim: string; stance: string; score: number }[] }[];
    expect(out.map((o) => o.text)).toEqual(sentences);
    for (const o of out) for (const m of o.matches) expect(Object.keys(m)).toEqual(['claim', 'stance', 'score']);
    // The same answer as the matcher in the extension.
    const model = statementModel();
    expect(out.map((o) => o.matches)).toEqual(sentences.map((s) => matchStatement(model, s)));
    expect(out[0]!.matches[0]).toMatchObject({ claim: 'X01', stance: 'states' });
    expect(out[1]!.matches[0]).toMatchObject({ claim: 'C41', stance: 'asks' });
    expect(out[2]!.matches).toEqual([]);
  });

  it('reads one sentence per line from standard input when given no arguments', () => {
    const r = check([], 'Is Meg Ryan in Good Sex?\n\nNetflix paid $55 million for Good Sex.\n');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { text: string }[];
    expect(out.map((o) => o.text)).toEqual(['Is Meg Ryan in Good Sex?', 'Netflix paid $55 million for Good Sex.']);
  });

  it('fails with its usage, and prints nothing on stdout, when given no sentence', () => {
    const r = check([], '');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: npm run --silent check/);
  });
});
