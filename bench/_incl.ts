import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, launchWithExtension } from '../test/e2e/harness';
import { articlePage, filmNewsPage, newsPage } from './pages';

const which = process.argv[2] ?? 'article';
const buildDir = process.argv[4];
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const html = which === 'article' ? articlePage().html : which === 'film' ? filmNewsPage() : newsPage();
writeFileSync(join(dir, 'p.html'), typeof html === 'string' ? html : (html as any).html);
const server = await serveStatic(dir);
const ext = await launchWithExtension({ viewport: { width: 1200, height: 800 }, ...(buildDir ? { buildDir } : {}) });
const incl = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
const reps = Number(process.argv[3] ?? 3);
for (let rep = 0; rep < reps; rep++) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/p.html?r=${rep}`);
  await page.waitForTimeout(which === 'article' ? 3000 : 2000);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: any) => { const f = n.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`; };
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = profile.timeDeltas[i] / 1000;
    let id: number | undefined = profile.samples[i];
    const leaf = byId.get(id!);
    // attribute self: leaf if ours, else nearest ours ancestor (native DOM calls)
    const seen = new Set<string>();
    let first = true; let ours = false;
    for (; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id);
      if (!n.callFrame.url.startsWith('chrome-extension://')) continue;
      const k = key(n);
      if (first) { self.set(k + (n === leaf ? '' : ' [+native]'), (self.get(k + (n === leaf ? '' : ' [+native]')) ?? 0) + ms); first = false; ours = true; }
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + ms); }
    }
    if (ours) total += ms;
  }
  await page.close();
}
console.log('ours per load (ms):', (total / reps).toFixed(1));
console.log('--- inclusive');
for (const [k, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log((ms / reps).toFixed(2).padStart(7), k);
console.log('--- self');
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log((ms / reps).toFixed(2).padStart(7), k);
await ext.close();
await server.close?.();
process.exit(0);
