/**
 * Main-thread accounting from a Chrome DevTools Protocol trace: which renderer thread shows
 * the page, how busy it was, how much of that was the content script's own JavaScript, and
 * the longest task that ran any of it. Events carry the script URL (`FunctionCall`,
 * `EvaluateScript`, `v8.compile`), so attribution is by URL, not by guess.
 */
import { partitionPoint } from '../data/core/algo/partition-point';
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  cat?: string;
  args?: { data?: { url?: string; documentLoaderURL?: string } & Record<string, unknown> } & Record<string, unknown>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'v8.execute'];

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(cdp: CDPSession): Promise<Tracer> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: Array<Record<string, unknown>> }) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

type Interval = [number, number];

/** A task's first script starting this soon after the task did began it (microseconds). */
const STARTED_WITHIN_US = 1000;

/** Total length of the union of intervals (microseconds). */
function unionLength(intervals: Interval[]): number {
  const s = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cs = -Infinity;
  let ce = -Infinity;
  for (const [a, b] of s) {
    if (a > ce) {
      if (ce > cs) total += ce - cs;
      cs = a;
      ce = b;
    } else if (b > ce) ce = b;
  }
  if (ce > cs) total += ce - cs;
  return total;
}

export interface MainThreadReport {
  /** Microsecond timestamp of the page's navigation start in the trace clock. */
  navigationStart: number;
  /** Busy time of the page's main thread: the union of its tasks, ms. */
  busyMs: number;
  /** The content script's own JavaScript (its evaluation, compilation and every callback), ms. */
  ourScriptMs: number;
  /** Tasks that ran any of our JavaScript. */
  ourTasks: number;
  /**
   * How long we blocked the page at most in one task, ms: the whole task when we started it
   * (browser work our code caused included), our own JavaScript when it ran inside the
   * page's task (a MutationObserver callback after the page's DOM change).
   */
  ourLongestTaskMs: number;
  /** The longest single stretch of our JavaScript, ms. */
  ourLongestCallMs: number;
  /** Our tasks (counted as above) longer than a 60 Hz frame (16 ms), and longer than 50 ms. */
  ourTasksOver16: number;
  ourTasksOver50: number;
  /** The longest task of any kind on the page's main thread, ms. */
  longestTaskMs: number;
  /** Our five longest tasks (counted as above), each with the call of ours that took most of it. */
  ourLongest: Array<{ ms: number; taskMs: number; startedByUs: boolean; site: string }>;
  /** Main-thread time by trace event name (nested events counted in each), ms. */
  byName: Record<string, number>;
}

function siteOf(e: TraceEvent): string {
  const d = e.args?.data as { functionName?: string; lineNumber?: number; columnNumber?: number; url?: string } | undefined;
  const file =
    String(d?.url ?? '')
      .split('/')
      .pop() || '?';
  return `${e.name} ${d?.functionName || '(anonymous)'}@${file}:${d?.lineNumber ?? '?'}:${d?.columnNumber ?? '?'}`;
}

/**
 * Reads the trace of a navigation to `pageUrl` (tracing must start before it). `scriptUrl` is
 * the content script's URL prefix (empty when the extension is not loaded). The window is in
 * page milliseconds since navigation start: tasks that start inside it count.
 */
export function analyzeTrace(
  events: readonly TraceEvent[],
  pageUrl: string,
  scriptUrl: string,
  window: { fromMs?: number; untilMs?: number } = {},
): MainThreadReport {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  if (!nav) throw new Error(`the trace holds no navigation to ${pageUrl}`);
  const fromTs = nav.ts + (window.fromMs ?? 0) * 1000;
  const untilTs = window.untilMs === undefined ? Infinity : nav.ts + window.untilMs * 1000;
  const onMain = (e: TraceEvent) =>
    e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= fromTs && e.ts < untilTs;
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask');
  const ours = scriptUrl
    ? events.filter(
        (e) =>
          onMain(e) &&
          ['FunctionCall', 'EvaluateScript', 'v8.compile'].includes(e.name) &&
          String(e.args?.data?.url ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '').startsWith(scriptUrl),
      )
    : [];
  const ourIntervals: Interval[] = ours.map((e) => [e.ts, e.ts + e.dur!]);
  // Nested calls merged into stretches of our JavaScript.
  const merged: Interval[] = [];
  for (const iv of [...ourIntervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  const sortedTasks = [...tasks].sort((a, b) => a.ts - b.ts);
  /** The outermost task holding time `s` (tasks may nest in a nested run loop). */
  const holderOf = (s: number): TraceEvent | undefined => {
    const found = partitionPoint(sortedTasks.length, (i) => sortedTasks[i]!.ts <= s) - 1;
    let holder: TraceEvent | undefined;
    for (let i = found; i >= 0 && i >= found - 50; i--) {
      const t = sortedTasks[i]!;
      if (t.ts <= s && t.ts + t.dur! >= s) holder = t;
    }
    return holder;
  };
  // Whose task is it? The first script event in it says: ours (an idle callback, a timer, our
  // evaluation) or the page's (a page timer whose DOM changes our MutationObserver hears in
  // the same task). A task we start is ours whole; in the page's, only our part counts.
  const scripts = events.filter((e) => onMain(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript')).sort((a, b) => a.ts - b.ts);
  const firstScriptIn = (t: TraceEvent): TraceEvent | undefined => {
    const e = scripts[partitionPoint(scripts.length, (i) => scripts[i]!.ts < t.ts)];
    return e && e.ts <= t.ts + t.dur! ? e : undefined;
  };
  const isOurs = new Set(ours);
  interface OurTask {
    task: TraceEvent;
    ourUs: number;
    heaviest: TraceEvent;
  }
  const byTask = new Map<TraceEvent, OurTask>();
  for (const ev of ours) {
    const holder = holderOf(ev.ts);
    if (!holder) continue;
    const t = byTask.get(holder) ?? { task: holder, ourUs: 0, heaviest: ev };
    if (t.heaviest.dur! < ev.dur!) t.heaviest = ev;
    byTask.set(holder, t);
  }
  for (const [a, b] of merged) {
    const holder = holderOf(a);
    const t = holder && byTask.get(holder);
    if (t) t.ourUs += b - a;
  }
  // Events the browser dispatches (DOMContentLoaded at the end of the parser's task, input):
  // a listener of ours running first in one did not start the task.
  const dispatches = events.filter((e) => onMain(e) && e.name === 'EventDispatch').sort((a, b) => a.ts - b.ts);
  const inDispatch = (e: TraceEvent): boolean => {
    const lo = partitionPoint(dispatches.length, (i) => dispatches[i]!.ts <= e.ts);
    for (let i = lo - 1; i >= 0 && i >= lo - 20; i--) {
      const d = dispatches[i]!;
      if (d.ts <= e.ts && d.ts + d.dur! >= e.ts + e.dur!) return true;
    }
    return false;
  };
  const blocking = [...byTask.values()].map((t) => {
    const first = firstScriptIn(t.task);
    // Ours from the start: our script runs first and at once, and not as a listener of an
    // event the browser dispatched (a timer, an idle callback, our evaluation). Run in a task
    // the browser began, as a DOMContentLoaded listener runs in the parser's last task (the
    // page's own work follows it there), we count only our part.
    const startedByUs = first !== undefined && isOurs.has(first) && first.ts - t.task.ts < STARTED_WITHIN_US && !inDispatch(first);
    return { ms: (startedByUs ? t.task.dur! : t.ourUs) / 1000, taskMs: t.task.dur! / 1000, startedByUs, site: siteOf(t.heaviest) };
  });
  blocking.sort((a, b) => b.ms - a.ms);
  const byName: Record<string, number> = {};
  for (const e of events) if (onMain(e)) byName[e.name] = (byName[e.name] ?? 0) + e.dur! / 1000;
  return {
    navigationStart: nav.ts,
    busyMs: unionLength(tasks.map((e) => [e.ts, e.ts + e.dur!])) / 1000,
    ourScriptMs: unionLength(ourIntervals) / 1000,
    ourTasks: blocking.length,
    ourLongestTaskMs: blocking[0]?.ms ?? 0,
    ourLongestCallMs: merged.length ? Math.max(...merged.map(([a, b]) => b - a)) / 1000 : 0,
    ourTasksOver16: blocking.filter((t) => t.ms > 16).length,
    ourTasksOver50: blocking.filter((t) => t.ms > 50).length,
    longestTaskMs: tasks.length ? Math.max(...tasks.map((t) => t.dur!)) / 1000 : 0,
    ourLongest: blocking.slice(0, 5),
    byName,
  };
}

/** Our JavaScript per call site (minified function name and position), the heaviest first. */
export function ourCallsBySite(
  events: readonly TraceEvent[],
  scriptUrl: string,
  top = 5,
): Array<{ site: string; calls: number; totalMs: number; maxMs: number }> {
  const by = new Map<string, { calls: number; totalMs: number; maxMs: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (!['FunctionCall', 'EvaluateScript', 'v8.compile'].includes(e.name)) continue;
    if (!String(e.args?.data?.url ?? '').startsWith(scriptUrl)) continue;
    const site = siteOf(e);
    const s = by.get(site) ?? { calls: 0, totalMs: 0, maxMs: 0 };
    s.calls++;
    s.totalMs += e.dur / 1000;
    s.maxMs = Math.max(s.maxMs, e.dur / 1000);
    by.set(site, s);
  }
  return [...by]
    .map(([site, s]) => ({ site, ...s }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
}
