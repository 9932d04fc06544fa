// npx tsx build/bench/keystrokes.ts [page.html ...] [--runs N]
//
// The main thread's CPU time per keystroke in web edition pages opened from
// file://, in Chromium (the system's, as the browser tests use): typed queries
// key by key, a Chromium trace, and per keystroke the CPU time of the page's
// main-thread tasks until the next key. A page with a bare search box is
// measured alongside: what it costs is the browser's and the harness's share
// of a keystroke, not the app's. CPU time, not wall time, so that other work
// on the machine sways it little. Pages take turns, run by run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { median, percentile } from './measure';
import { launchChromium, pagesAndRuns, type TraceEvent } from './web-pages';

const QUERIES = [
  'how many members does cica have',
  'contact group',
  'mongolia',
  'secretariat almaty',
  'who chairs cica now',
  'confidence building measures',
];

const { pages, runs } = pagesAndRuns('keystrokes', 3);
const bare = join(mkdtempSync(join(tmpdir(), 'cica-keys-')), 'bare.html');
writeFileSync(
  bare,
  '<!doctype html><meta charset="utf-8"><input type="search" aria-label="Search">',
);

/** CPU milliseconds of the main thread per keystroke: from each keydown to the next. */
async function typeAndTrace(browser: Browser, page: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(`file://${resolve(page)}`, { waitUntil: 'load' });
  const box = tab.getByRole('searchbox');
  await box.click();
  await box.pressSequentially('warm up', { delay: 100 });
  await box.fill('');
  await tab.waitForTimeout(500);
  await browser.startTracing(tab, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  for (const query of QUERIES) {
    await box.fill('');
    await tab.waitForTimeout(300);
    // About the pace of a quick typist.
    await box.pressSequentially(query, { delay: 120 });
    await tab.waitForTimeout(400);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  const events = trace.traceEvents;
  const keys = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const main = keys[0]!;
  const perKey = keys.map(() => 0);
  let key = -1;
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    while (key + 1 < keys.length && keys[key + 1]!.ts <= task.ts) key++;
    // A task that holds a keydown belongs to that key.
    if (key + 1 < keys.length && keys[key + 1]!.ts < task.ts + (task.dur ?? 0)) key++;
    if (key >= 0) perKey[key]! += (task.tdur ?? 0) / 1000;
  }
  return perKey;
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const all = [bare, ...pages];
  const times = new Map<string, number[]>(all.map((page) => [page, []]));
  try {
    for (let run = 0; run < runs; run++)
      for (const page of all) times.get(page)!.push(...(await typeAndTrace(browser, page)));
  } finally {
    await browser.close();
  }
  const keystrokes = QUERIES.join('').length;
  console.log(
    `main-thread CPU per keystroke, ${keystrokes} keystrokes x ${runs} runs (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs):`,
  );
  const floor = median(times.get(bare)!);
  for (const [page, values] of times) {
    const name = page === bare ? 'a bare search box (the browser and harness)' : page;
    const p50 = median(values);
    const above = page === bare ? '' : `; p50 above the bare box ${(p50 - floor).toFixed(1)} ms`;
    console.log(
      `  ${name}: p50 ${p50.toFixed(1)} ms, p90 ${percentile(values, 90).toFixed(1)} ms${above}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`keystrokes: ${(error as Error).message}`);
  process.exit(1);
});
