// A/B of two builds of ours, interleaved load by load, with no extension as the zero.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from '../test/e2e/chromium';
import { serveStatic } from '../test/e2e/harness';
import { probeMarks } from '../test/e2e/probe';
import { filmNewsPage, newsPage } from './pages';

const [aDir, bDir, which = 'news', repsArg = '11'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'ab-'));
writeFileSync(join(dir, 'p.html'), which === 'film' ? filmNewsPage() : newsPage());
const server = await serveStatic(dir);
const variants: Record<string, string | null> = { none: null, A: aDir!, B: bDir! };
const ctxs: Record<string, Awaited<ReturnType<typeof chromium.launchPersistentContext>>> = {};
for (const [k, ext] of Object.entries(variants)) ctxs[k] = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'abp-')), { executablePath: chromiumPath(), headless: true, viewport: { width: 1200, height: 800 }, args: [...QUIET_FLAGS, ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [])] });
await new Promise((r) => setTimeout(r, 1500));
const res: Record<string, number[]> = {};
const reps = Number(repsArg);
for (let i = 0; i <= reps; i++) {
  for (const [k, ctx] of Object.entries(ctxs)) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/p.html?${k}${i}`, { waitUntil: 'load' });
    for (let t = 0; t < 100; t++) {
      const now = (await page.evaluate('performance.now()')) as number;
      const marks = which === 'film' && k !== 'none' ? await probeMarks(page) : 1;
      if (now > 1200 && marks > 0) break;
      await page.waitForTimeout(50);
    }
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    if (i > 0) (res[k] ??= []).push(metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000);
    await page.close();
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const none = med(res.none!);
console.log(which, 'A', (med(res.A!) - none).toFixed(2), 'B', (med(res.B!) - none).toFixed(2));
for (const c of Object.values(ctxs)) await c.close();
process.exit(0);
