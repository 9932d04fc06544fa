// cica: the reference on the command line, on plain Node, with the bundled pack.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import {
  LATER_MARK,
  buildSearchExport,
  exportTargets,
  itemBasis,
  searchNote,
} from '../shared/export/build';
import { citationFor, citationSentence } from '../shared/export/citation';
import { SAVE_FORMATS, type SaveFormat } from '../shared/export/request';
import { PACK_FILES } from '../shared/pack/schema';
import { Reference } from '../shared/reference';
import { formatSearchResults } from '../shared/search/format';
import { formatQuoteReport, quoteJson } from './quote';
import { createService, type Platform } from '../shared/service';
import { SECTIONS, isSectionId } from '../shared/sections';
import { PARTICIPANT_GROUPS } from '../shared/corpus/labels';
import { loadPackDirectory } from '../node/pack-dir';
import type { Io } from './io';
import { PACK_USAGE, packCommand } from './pack';
import { formatTargetRows, resolveTarget, targetRows } from './targets';
import { forTerminal } from './terminal';

/** resources/pack, two levels up from both src/cli/main.ts and out/cli/cica.js. */
const BUNDLED_PACK = resolve(__dirname, '../../resources/pack');

const USAGE = `Usage: cica <command> [options]

Commands:
  export <section-or-item-id> [--format text|markdown|html|json|csv]
      Print a section or item with its citation: the 2001 FAQ, and for
      anything after 2001 the web pages each fact rests on (publisher, date,
      URL). Sections: faq, overview, membership, bodies, documents, timeline,
      compare; or any item id (cica export --list shows them all, with their
      titles); or a participant's name or alias ("cica export thailand").
      csv: the membership (2001 and today, each row dated) or one list.
  search <query> [--json] [--limit N] [--section S]
      Search everything, best first, each result dated: as of the FAQ of
      September 2001, or marked "after 2001" (from the later sources, up to
      the pack's edition), with the citation. --json prints { query, asOf, total, hits, citation }, each hit
      { id, section, title, snippet, score, source }: "faq", "since2001", or
      "both" for a point of Then and now.
      Any query is accepted.
  quote <text> [--json]
      Check a quotation against the FAQ: the passages that say it verbatim
      or nearly (differing words marked [-in the source-] and {+in yours+}),
      or "not found". --json prints { verdict, notice, matches: [{ id,
      anchor, section, verdict, similarity, place, passage, citation, ... }] }.
      Any text is accepted (exit 0); quote it in the shell.
  verify [<pack-dir>]
      Check a data pack (default: the bundled one) against its manifest.
${PACK_USAGE}
Options:
  --pack <dir>   Use this pack folder instead of the bundled one.
  -h, --help     Show this help.
`;

/**
 * Runs one command line and returns the exit code; all output goes through
 * `io`, with terminal control sequences (from the pack's text) taken out.
 */
export async function run(argv: string[], terminal: Io): Promise<number> {
  const io: Io = {
    out: (text) => terminal.out(forTerminal(text)),
    err: (text) => terminal.err(forTerminal(text)),
    now: terminal.now,
  };
  // A query may be anything, "-x" and "--" included: search reads its own words.
  if (argv[0] === 'search') {
    const { words, options } = splitSearchArgs(argv.slice(1));
    return searchCommand(words.join(' '), options, io);
  }
  if (argv[0] === 'quote') {
    const { words, options } = splitSearchArgs(argv.slice(1), ['--pack']);
    return quoteCommand(words.join(' '), options, io);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        pack: { type: 'string' },
        list: { type: 'boolean', default: false },
        out: { type: 'string' },
        key: { type: 'string' },
        name: { type: 'string' },
        release: { type: 'boolean', default: false },

        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`cica: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }

  switch (command) {
    case 'verify':
      return verify(resolve(args[0] ?? values.pack ?? BUNDLED_PACK), io);
    case 'export':
      return exportCommand(args[0], values, io);
    case 'pack':
      return packCommand(args, values, io);
    default:
      io.err(`cica: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

async function verify(dir: string, io: Io): Promise<number> {
  const result = await loadPackDirectory(dir);
  if (!result.ok) {
    io.err(
      `cica verify: ${dir}: FAILED ${result.problem.check} check: ${result.problem.message}\n`,
    );
    return 1;
  }
  const { manifest } = result.pack;
  const files = Object.keys(manifest.files).length + 1;
  io.out(
    `cica verify: ${dir}: OK, pack ${manifest.version} (format ${manifest.format}, ` +
      `sources up to ${manifest.edition.label}), ${files} files (${PACK_FILES.manifest} and ` +
      `${Object.keys(manifest.files).join(', ')}) match their sha256 and size and pass ` +
      `every schema check; the search index loads and answers\n`,
  );
  return 0;
}

/**
 * The same service over the pack (--pack, or the bundled one) as the app and
 * the web edition build: the same checks, the same search and exporter.
 * Undefined, after saying why, when the pack does not load.
 */
async function openService(command: string, pack: string | undefined, io: Io) {
  const dir = resolve(pack ?? BUNDLED_PACK);
  const service = createService(await loadPackDirectory(dir, 'run'), cliPlatform(io));
  const loaded = await service.loadPack();
  if (loaded.ok) return { service, data: loaded.data };
  io.err(`cica ${command}: the pack in ${dir} is damaged: ${loaded.problem.message}\n`);
  return undefined;
}

/**
 * The command line as the service's platform: a saved file goes to standard
 * output (redirect it to keep it), its citation, for data-only CSV, to stderr.
 */
function cliPlatform(io: Io): Platform {
  return {
    now: io.now,
    writeClipboard: () => Promise.reject(new Error('no clipboard on the command line')),
    saveFile: async (file) => {
      if (typeof file.content !== 'string') throw new Error('the CLI prints text formats only');
      io.out(file.content);
      if (file.citation) io.err(`cica export: cite this data as: ${file.citation}\n`);
      return 'standard output';
    },
  };
}

const SEARCH_OPTIONS = ['--limit', '--section', '--pack'] as const;
/** Participants named when a name fits several. */
const MAX_CHOICES = 8;

/**
 * Splits `search` arguments into the query's words and the known options
 * (--json, --limit N, --section S, --pack DIR, also as --opt=value). Every
 * other word, however it looks, is part of the query; after "--" all are.
 */
function splitSearchArgs(
  args: string[],
  valued: readonly string[] = SEARCH_OPTIONS,
): {
  words: string[];
  options: { json: boolean; limit?: string; section?: string; pack?: string };
} {
  const words: string[] = [];
  const options: { json: boolean; limit?: string; section?: string; pack?: string } = {
    json: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    const name = valued.find((o) => arg === o || arg.startsWith(`${o}=`));
    if (name && (arg.includes('=') || i + 1 < args.length)) {
      const value = arg.includes('=') ? arg.slice(name.length + 1) : args[++i]!;
      options[name.slice(2) as 'limit' | 'section' | 'pack'] = value;
      continue;
    }
    words.push(arg);
  }
  return { words, options };
}

async function searchCommand(
  query: string,
  values: { pack?: string; json?: boolean; limit?: string; section?: string },
  io: Io,
): Promise<number> {
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    io.err(`cica search: --limit takes a whole number from 1 to 500, not "${values.limit}"\n`);
    return 2;
  }
  const section = values.section;
  if (section !== undefined && !isSectionId(section)) {
    io.err(
      `cica search: unknown section "${section}"; valid sections: ${SECTIONS.map((s) => s.id).join(', ')}\n`,
    );
    return 2;
  }
  const opened = await openService('search', values.pack, io);
  if (!opened) return 1;
  const { service, data } = opened;
  const reference = new Reference(data);
  const results = await service.search(query, { limit, section });
  // Every answer carries its date and its source: the FAQ's of 2001, or those after it.
  const { manifest } = data;
  const exported = buildSearchExport(reference, query, results);
  const asOf = searchNote(reference, results);
  const citation = citationFor(exported, manifest, io.now());
  const basis = (item: string) => itemBasis(reference, item);
  const SOURCE_KEYS = { faq: 'faq', later: 'since2001', both: 'both' } as const;
  if (values.json) {
    const hits = results.hits.map((hit) => ({
      id: hit.id,
      section: hit.section,
      title: hit.title,
      snippet: hit.snippet.text,
      score: hit.score,
      source: SOURCE_KEYS[basis(hit.item)],
    }));
    const answer = {
      query: exported.query,
      asOf: {
        note: asOf,
        faq: manifest.sources.faq.asOf,
        since2001: manifest.sources.since2001.asOf,
      },
      total: results.total,
      hits,
      citation: { ...citation, text: citationSentence(citation) },
    };
    io.out(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  }
  const listed = formatSearchResults(query, results, (hit) =>
    basis(hit.item) === 'faq' ? undefined : LATER_MARK,
  );
  io.out(results.total ? `${asOf}\n\n${listed}\n${citationSentence(citation)}\n` : listed);
  return 0;
}

async function quoteCommand(
  text: string,
  values: { pack?: string; json?: boolean },
  io: Io,
): Promise<number> {
  const opened = await openService('quote', values.pack, io);
  if (!opened) return 1;
  const report = await opened.service.checkQuote(text);
  io.out(
    values.json ? `${JSON.stringify(quoteJson(report), null, 2)}\n` : formatQuoteReport(report),
  );
  return 0;
}

async function exportCommand(
  target: string | undefined,
  values: { format?: string; pack?: string; list?: boolean },
  io: Io,
): Promise<number> {
  const opened = await openService('export', values.pack, io);
  if (!opened) return 1;
  const { service, data } = opened;
  const reference = new Reference(data);
  if (values.list) {
    io.out(formatTargetRows(targetRows(reference)));
    return 0;
  }
  const format = values.format ?? 'text';
  if (!(SAVE_FORMATS as readonly string[]).includes(format)) {
    io.err(`cica export: unknown format "${format}"; valid formats: ${SAVE_FORMATS.join(', ')}\n`);
    return 2;
  }
  const resolved = target === undefined ? undefined : resolveTarget(reference, target);
  if (resolved?.kind === 'ambiguous') {
    const shown = resolved.participants.slice(0, MAX_CHOICES);
    const more = resolved.participants.length - shown.length;
    io.err(
      `cica export: "${target}" names ${resolved.participants.length} participants: ` +
        shown.map((p) => `${p.shortName} (${p.id})`).join(', ') +
        (more > 0 ? ` and ${more} more` : '') +
        '.\nGive one of their ids, or more of the name.\n',
    );
    return 2;
  }
  if (resolved?.kind !== 'found') {
    const targets = exportTargets(reference);
    const what = target === undefined ? 'no target given' : `unknown target "${target}"`;
    const close = target ? targets.filter((t) => t.includes(target.toLowerCase())).slice(0, 8) : [];
    io.err(
      `cica export: ${what}.\n` +
        `Valid sections: ${SECTIONS.map((s) => s.id).join(', ')}.\n` +
        `Valid groups: ${PARTICIPANT_GROUPS.map((g) => g.id).join(', ')}.\n` +
        (close.length ? `Did you mean: ${close.join(', ')}?\n` : '') +
        `Every item has an id too (${targets.length} in all): \`cica export --list\` prints them.\n` +
        `A participant's name or alias works too: \`cica export thailand\`.\n`,
    );
    return 2;
  }
  const saved = await service.save({ target: resolved.target, format: format as SaveFormat });
  if (!saved.ok) {
    io.err(`cica export: ${saved.message}\n`);
    return 2;
  }
  return 0;
}

/** Runs a command line on this process: its output, its exit code. */
export function main(argv: string[]): void {
  run(argv, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    now: () => new Date(),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`cica: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) main(process.argv.slice(2));
