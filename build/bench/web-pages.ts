// What the web edition's scripts (first-paint.ts, keystrokes.ts) share: the
// pages and runs asked for, the browser the browser tests use, and the trace
// events they read.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** The pages given (by default the built out/web/index.html) and --runs N. */
export function pagesAndRuns(
  script: string,
  defaultRuns: number,
): { pages: string[]; runs: number } {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : defaultRuns;
  const pages = args.filter((arg, i) => !arg.startsWith('--') && i !== runsAt + 1);
  if (pages.length === 0) pages.push('out/web/index.html');
  for (const page of pages) {
    if (!existsSync(page)) throw new Error(`${script}: no page at ${page} (npm run build:web)`);
  }
  return { pages, runs };
}

/** The system's Chromium (CHROMIUM_PATH, else /usr/bin/chromium), as the browser tests use. */
export function launchChromium(): Promise<Browser> {
  const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A Chromium trace event, as far as the scripts read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}
