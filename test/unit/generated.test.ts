// @vitest-environment node
// Pages are read with linkedom here; a long one pauses its read, which a DOM environment's own MutationObserver cannot watch.
/**
 * Every generated file is what the repository alone makes now (scripts/generated-files.ts), and
 * nothing else sits in data/generated/. Bringing in a new ledger refuses a bad one and changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR, generatedFiles, LEDGER_DIR, readLedger, REGENERATE_COMMAND, ROOT } from '../../scripts/generated-files';

describe('generated files', () => {
  const files = generatedFiles();

  it.each([...files.keys()])('%s is up to date', (path) => {
    const onDisk = readFileSync(resolve(ROOT, path), 'utf8');
    expect(onDisk === files.get(path), `${path} is out of date: run \`${REGENERATE_COMMAND}\``).toBe(true);
  });

  it(`${GENERATED_DIR}/ holds only generated files and the README that says so`, () => {
    const present = readdirSync(resolve(ROOT, GENERATED_DIR)).map((f) => `${GENERATED_DIR}/${f}`);
    expect(present.sort()).toEqual([...files.keys(), `${GENERATED_DIR}/README.md`].sort());
    const readme = readFileSync(resolve(ROOT, GENERATED_DIR, 'README.md'), 'utf8');
    expect(readme).toContain(REGENERATE_COMMAND);
    for (const path of files.keys()) expect(readme, path).toContain(path.split('/').pop());
  });
});

describe('npm run ledger:import', () => {
  const work = mkdtempSync(join(tmpdir(), 'ledger-import-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const ledgerFiles = ['claims.json', 'entities.json'].map((n) => resolve(ROOT, LEDGER_DIR, n));
  const before = ledgerFiles.map((f) => readFileSync(f, 'utf8'));
  const run = (dir: string) =>
    spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/import-ledger.ts', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it("a copy of the project's own ledger makes the same generated files", () => {
    cpSync(resolve(ROOT, LEDGER_DIR), join(work, 'same'), { recursive: true });
    expect(generatedFiles(readLedger(join(work, 'same')))).toEqual(generatedFiles());
  });

  it('refuses a ledger whose fact has no source, naming the fact, and changes nothing', () => {
    const dir = join(work, 'no-source');
    cpSync(resolve(ROOT, LEDGER_DIR), dir, { recursive: true });
    const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8'));
    claims.claims[4].source_ids = [];
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing changed');
    expect(r.stderr).toMatch(new RegExp(`fact ${claims.claims[4].id}:`));
    expect(ledgerFiles.map((f) => readFileSync(f, 'utf8'))).toEqual(before);
  });

  it('refuses a ledger with an entity the marking scope does not decide', () => {
    const dir = join(work, 'new-entity');
    cpSync(resolve(ROOT, LEDGER_DIR), dir, { recursive: true });
    const entities = JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8'));
    entities.entities.push({ ...entities.entities[1], id: 'person.someone_new' });
    writeFileSync(join(dir, 'entities.json'), JSON.stringify(entities));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('entity person.someone_new: scope.json says neither marked nor notMarked');
    expect(ledgerFiles.map((f) => readFileSync(f, 'utf8'))).toEqual(before);
  });

  it('says how to use it when given no folder', () => {
    const r = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/import-ledger.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run ledger:import -- <folder');
  });
});
