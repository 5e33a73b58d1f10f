/**
 * Part (c), the browser's share: the same kind of DOM changes on a page with no highlight
 * ranges and with as many as the 1 MB page gets marks, no extension loaded. Chromium rebuilds
 * the markers of every registered range after any DOM or style change (its
 * HighlightRegistry::ValidateHighlightMarkers, in the pre-paint phase), so this cost grows with
 * marks on the page times frames in which the page changes, whoever registered the ranges.
 */
import { launchWithout } from './browsers';
import { analyzeTrace, startTrace, type TraceEvent } from './trace';

export const HIGHLIGHT_BATCHES = 300;

export interface HighlightCostRun {
  ranges: number;
  /** How long the 300 batches took, ms (nominal 3,000). */
  ms: number;
  busyMs: number;
  prePaintMs: number;
}

export async function runHighlightCost(url: string, ranges: readonly number[], log: (s: string) => void): Promise<HighlightCostRun[]> {
  const b = await launchWithout();
  const out: HighlightCostRun[] = [];
  try {
    for (const n of ranges) {
      const page = await b.context.newPage();
      try {
        const cdp = await b.context.newCDPSession(page);
        const tracer = await startTrace(cdp);
        let r: { t0: number; ms: number };
        let events: TraceEvent[] = [];
        try {
          await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
          await page.waitForTimeout(500);
          r = (await page.evaluate(`go(${n})`)) as { t0: number; ms: number };
          await page.waitForTimeout(300);
        } finally {
          events = await tracer.stop();
          await cdp.detach().catch(() => {});
        }
        const t = analyzeTrace(events, url, '', { fromMs: r.t0, untilMs: r.t0 + r.ms + 300 });
        out.push({ ranges: n, ms: r.ms, busyMs: t.busyMs, prePaintMs: t.byName.PrePaint ?? 0 });
        log(`  ${n} ranges: ${HIGHLIGHT_BATCHES} batches took ${r.ms.toFixed(0)} ms, PrePaint ${(t.byName.PrePaint ?? 0).toFixed(0)} ms`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await b.close();
  }
  return out;
}
