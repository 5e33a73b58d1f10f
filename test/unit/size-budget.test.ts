import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSize, CONTENT_SCRIPT_BUDGET_BYTES, describeSize } from '../../scripts/size-budget';

describe('the content script size budget', () => {
  it('is 20 kB gzip', () => {
    expect(CONTENT_SCRIPT_BUDGET_BYTES).toBe(20 * 1024);
  });

  it('passes a small file and fails one over the budget, by its gzip size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    const small = join(dir, 'small.js');
    writeFileSync(small, 'console.log(1);'.repeat(1000)); // compresses to almost nothing
    const big = join(dir, 'big.js');
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => `v${(i * 2654435761) % 1e9}`).join(';'));
    const s = checkSize(small);
    expect(s.ok).toBe(true);
    expect(s.raw).toBe(15_000);
    const b = checkSize(big, 20 * 1024);
    expect(b.ok).toBe(false);
    expect(describeSize(b)).toMatch(/kB gzip .* budget 20 kB: OVER/);
  });
});
