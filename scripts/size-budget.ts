/**
 * The content script loads on every page a person opens, so its size is a budget the build
 * enforces (Wikimedia's Page Previews holds its main module to 20 kB the same way). Measured
 * gzip -9, as a store or a CDN would serve it; the card's own script loads only when needed.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_BYTES = 20 * 1024;

export interface SizeCheck {
  file: string;
  raw: number;
  gzip: number;
  budget: number;
  ok: boolean;
}

export function checkSize(file: string, budget = CONTENT_SCRIPT_BUDGET_BYTES): SizeCheck {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  return { file, raw: bytes.length, gzip, budget, ok: gzip <= budget };
}

export const describeSize = (c: SizeCheck) =>
  `${c.file}: ${(c.gzip / 1024).toFixed(1)} kB gzip (${(c.raw / 1024).toFixed(1)} kB raw), budget ${(c.budget / 1024).toFixed(0)} kB: ${c.ok ? 'within' : 'OVER'}`;
