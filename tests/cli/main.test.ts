import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { craftPack, editIndex, swapFirstTerms, writePack, writePackCopy } from '../helpers/pack';
import { recordingPlatform } from '../helpers/platform';
import { realService } from '../helpers/search';
import { ROOT } from '../helpers/source';

/** Runs the CLI in-process against a fresh copy of the real pack. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    now: () => new Date('2026-11-28T10:00:00Z'),
  });
  return { code, stdout, stderr };
}

const pack = writePackCopy();

describe('cica export', () => {
  it.each(['faq', 'overview', 'membership', 'bodies', 'documents', 'timeline'])(
    'exports the %s section as text with its citation',
    async (section) => {
      const { code, stdout, stderr } = await cli(
        'export',
        section,
        '--format',
        'text',
        '--pack',
        pack,
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout.length).toBeGreaterThan(500);
      expect(stdout.replace(/\s+/g, ' ')).toContain(`cica://${section} (accessed 2026-11-28).`);
    },
  );

  it('lists all 30 participants in membership', async () => {
    const { stdout } = await cli('export', 'membership', '--pack', pack);
    const rows = stdout.split('\n').filter((line) => /FAQ\s[567]\s¶2\.\d+$/.test(line));
    expect(rows).toHaveLength(30);
  });

  it('refuses an unknown target, listing the valid ones', async () => {
    const { code, stdout, stderr } = await cli('export', 'atlantis', '--pack', pack);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown target "atlantis"');
    expect(stderr).toContain(
      'Valid sections: faq, overview, membership, bodies, documents, timeline, compare.',
    );
    expect(stderr).toContain('cica export --list');
  });

  it('suggests close ids', async () => {
    const { stderr } = await cli('export', 'declar', '--pack', pack);
    expect(stderr).toContain('Did you mean: ');
    expect(stderr).toContain('declaration');
  });

  it('exports the membership as CSV: data rows only, a dated status, the citation on stderr', async () => {
    const { code, stdout, stderr } = await cli(
      'export',
      'membership',
      '--format',
      'csv',
      '--pack',
      pack,
    );
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      '"id","status","status_as_of","short_name","name_as_published","iso_3166","abbreviation","source_faq_entry","sources_after_2001"',
    );
    // The 30 participants of September 2001, then today's 28 members and 15 observers.
    expect(rows).toHaveLength(1 + 30 + 28 + 15);
    const [then, now] = [rows.slice(1, 31), rows.slice(31)];
    expect(
      then.every((row) => /^"[a-z]+","(member|observer|organization)","2001-09",.*,""$/.test(row)),
    ).toBe(true);
    expect(
      now.every((row) =>
        /^"(members|observers)-today","(member|observer|organization)","2025-09",.*,"[A-Z0-9 ]+"$/.test(
          row,
        ),
      ),
    ).toBe(true);
    expect(stdout).not.toContain('Source:');
    expect(stderr).toMatch(
      /^cica export: cite this data as: Sources: Embassy.*; and compiled for CICA Reference .*, as of September 2025\. .*cica:\/\/membership \(accessed 2026-11-28\)\. The column sources_after_2001 gives the ids of the web pages .*\n$/,
    );
  });

  it('exports the membership of today and of September 2001 as text, each group dated', async () => {
    const { code, stdout } = await cli('export', 'membership', '--pack', pack);
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((_, i, lines) => /^-{3,}$/.test(lines[i + 1] ?? ''));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Member states today (28), as of September 2025',
        'Observers today (10 states, 5 organizations), as of September 2025',
        'Member states in September 2001 (16)',
        'Observer states in September 2001 (10)',
        'International organizations in September 2001 (4)',
      ]),
    );
    expect(stdout).toMatch(/^Kuwait +13 October 2022 \[[^\]]+\] +28th$/m);
  });

  it('exports the timeline from 1992 to 2026 as Markdown, citing the web pages after 2001 by URL', async () => {
    const { code, stdout } = await cli(
      'export',
      'timeline',
      '--format',
      'markdown',
      '--pack',
      pack,
    );
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((line) => /^## .*\d{4}/.test(line));
    expect(headings[0]).toMatch(/^## October 1992: /);
    expect(headings.at(-1)).toMatch(/^## 2026: Seventh summit/);
    expect(stdout).toContain('## 12–13 October 2022: Sixth CICA summit');
    expect(stdout).toContain('- KM7: Kazinform, 2022-10-13, `https://www.inform.kz/');
  });

  it('refuses an unknown format', async () => {
    const { code, stderr } = await cli('export', 'faq', '--format', 'docx', '--pack', pack);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "docx"');
  });

  it('lists every id with its section and title with --list', async () => {
    const { code, stdout } = await cli('export', '--list', '--pack', pack);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^ID +SECTION +TITLE$/);
    const columns = (row: string) => row.split(/ {2,}/);
    expect(rows.map(columns)).toEqual(
      expect.arrayContaining([
        ['faq', 'FAQ', 'CICA: frequently asked questions'],
        ['member-states', 'Membership', 'Member states in September 2001 (16)'],
        ['swg', 'Bodies', 'Special Working Group'],
        ['kz', 'Membership', 'Kazakhstan'],
        ['what-is-the-aim-of-swg', 'FAQ', 'What is the aim of SWG?'],
        // The items after 2001, each titled with its date.
        ['today-members', 'Overview', 'CICA today: Member states, as of September 2025'],
        ['admission-kuwait', 'Membership', 'Kuwait: 28th member state, admitted 13 October 2022'],
        ['members-today', 'Membership', 'Member states today (28), as of September 2025'],
        [
          'summit-2026',
          'Timeline',
          '2026: Seventh summit (Council of Heads of State or Government), planned',
        ],
        ['compare', 'Then and now', 'CICA then and now: September 2001 and September 2025'],
        ['compare-chair', 'Then and now', 'Then and now: Chair'],
      ]),
    );
    // One row per target, each exportable by its id.
    const ids = rows.slice(1).map((row) => columns(row)[0]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(280);
    const sectionStart = rows[0]!.indexOf('SECTION');
    for (const row of rows) expect(row[sectionStart - 1], row).toBe(' ');
  });

  it.each([
    ['thailand', 'th', 'Thailand'],
    ['Kingdom of Thailand', 'th', 'Thailand'],
    ['KZ', 'kz', 'Kazakhstan'],
    ['Kazakstan', 'kz', 'Kazakhstan'],
    ['arab league', 'las', 'League of Arab States'],
    ['korea', 'kr', 'South Korea'],
  ])('exports a participant by its name or alias: %s', async (name, id, title) => {
    const { code, stdout, stderr } = await cli('export', name, '--pack', pack);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith(`${title}\n`)).toBe(true);
    expect(stdout).toContain(`cica://membership/${id} (accessed 2026-11-28).`);
  });

  it('refuses a name that fits several participants, naming them', async () => {
    const { code, stdout, stderr } = await cli('export', 'islamic', '--pack', pack);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'cica export: "islamic" names 3 participants: Afghanistan (af), Iran (ir), Pakistan (pk).\n' +
        'Give one of their ids, or more of the name.\n',
    );
    const many = await cli('export', 'republic', '--pack', pack);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/"republic" names 16 participants: .* and 8 more\.\n/);
  });

  it('refuses a name that fits no participant, saying names work too', async () => {
    const { code, stderr } = await cli('export', 'Atlantis Republic', '--pack', pack);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown target "Atlantis Republic"');
    expect(stderr).toContain("A participant's name or alias works too");
  });

  it('cites the app version, as the README says', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { stdout } = await cli('export', 'cg', '--pack', pack);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `CICA Reference ${version.replaceAll('.', '\\.')}, data pack [0-9a-f]{12}, cica://bodies/cg `,
      ),
    );
  });
});

describe('cica verify', () => {
  it('accepts an intact pack with a one-line summary', async () => {
    const { code, stdout } = await cli('verify', pack);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(
      /OK, pack [0-9a-f]{12} \(format 4, sources up to September 2025\), 6 files/,
    );
  });

  it('refuses a pack with one altered byte, naming the file and check', async () => {
    const dir = writePackCopy();
    const file = join(dir, 'corpus.json');
    const bytes = Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(file)));
    bytes[2000] = bytes[2000]! ^ 1;
    writeFileSync(file, bytes);
    const { code, stderr } = await cli('verify', dir);
    expect(code).toBe(1);
    expect(stderr).toContain('FAILED sha256 check: corpus.json: content does not match its sha256');
  });

  it('refuses a truncated file, a missing file and an unknown format version', async () => {
    const truncated = writePackCopy();
    writeFileSync(join(truncated, 'faq.json'), '{"entries":');
    expect((await cli('verify', truncated)).stderr).toContain('FAILED size check: faq.json');

    const missing = writePackCopy();
    const { rmSync } = await import('node:fs');
    rmSync(join(missing, 'search-index.json'));
    expect((await cli('verify', missing)).stderr).toContain(
      'FAILED missing check: search-index.json: file is missing',
    );

    const future = writePackCopy();
    const manifest = join(future, 'manifest.json');
    const { readFileSync } = await import('node:fs');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"format": 4', '"format": 5'));
    const result = await cli('verify', future);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FAILED format check: manifest.json: unknown pack format 5');
  });
});

describe('the cica command', () => {
  it('runs from the sources through tsx, with exit codes', async () => {
    const exec = promisify(execFile);
    // --pack: unit tests run before `npm run build:pack` has made the bundled pack.
    const ok = await exec('npx', ['tsx', 'src/cli/main.ts', 'export', 'cg', '--pack', pack], {
      cwd: ROOT,
    });
    expect(ok.stdout).toContain('Contact Group');
    await expect(
      exec('npx', ['tsx', 'src/cli/main.ts', 'export', 'nothing', '--pack', pack], { cwd: ROOT }),
    ).rejects.toMatchObject({
      code: 2,
    });
  }, 30_000);

  it('prints help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: cica <command>');
  });
});

describe('cica search', () => {
  it('says which words matched nothing, and what was searched instead', async () => {
    const { code, stdout } = await cli('search', 'CICA', 'parliament', '--pack', pack);
    expect(code).toBe(0);
    // After the "as of" line and a blank line.
    expect(stdout.split('\n').slice(2, 4)).toEqual([
      'No match for “parliament”; showing results for “CICA”.',
      expect.stringMatching(/^\d+ results for “CICA parliament” \(/),
    ]);
  });

  it('asks for a more specific word when only common words were typed', async () => {
    // With no space after it, "the" may begin "their": searched (see the search tests).
    const { code, stdout } = await cli('search', 'what', 'is', 'the ', '--pack', pack);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Only common words: type a more specific word, such as a name, a place or a year.\n',
    );
    expect((await cli('search', 'xylophone', '--pack', pack)).stdout).toBe(
      'No results for “xylophone”.\n',
    );
  });

  it('shows identical results once, naming the others, and marks what an alias stands for', async () => {
    const { stdout } = await cli('search', '1999', '--limit', '50', '--pack', pack);
    // The three date corrections that read alike ("September 14,1999").
    const corrections = stdout
      .split('\n')
      .filter((line) => line.includes('[Overview: erratum-date-'));
    expect(corrections).toEqual([
      expect.stringMatching(
        /\[Overview: erratum-date-[a-z-]+; same text: erratum-date-[a-z-]+, erratum-date-[a-z-]+\]$/,
      ),
    ]);
    const alias = await cli('search', 'Kazakstan', '--section', 'membership', '--pack', pack);
    expect(alias.stdout).toContain('1. *Kazakhstan*  [Membership: kz]');
    expect(alias.stdout).toMatch(/^\d+ results for “Kazakstan”/m);
  });

  it('prints a readable list, best first', async () => {
    const { code, stdout } = await cli(
      'search',
      'when',
      'was',
      'the',
      'contact',
      'group',
      'created',
      '--pack',
      pack,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ results for “when was the contact group created”/m);
    const titles = stdout
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .slice(0, 3);
    expect(titles.join('\n')).toContain('When the *Contact* *group* was *created*?');
  });

  it('prints JSON with id, section, title, snippet and score, best first', async () => {
    const { code, stdout } = await cli(
      'search',
      'arab league',
      '--json',
      '--limit',
      '3',
      '--pack',
      pack,
    );
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).hits;
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]).sort()).toEqual([
      'id',
      'score',
      'section',
      'snippet',
      'source',
      'title',
    ]);
    expect(rows[0].source).toBe('faq');
    expect(rows[0]).toMatchObject({
      id: 'las',
      section: 'membership',
      title: 'League of Arab States',
    });
    const scores = rows.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by section', async () => {
    const { stdout } = await cli(
      'search',
      'declaration',
      '--json',
      '--section',
      'timeline',
      '--pack',
      pack,
    );
    const rows = JSON.parse(stdout).hits;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { section: string }) => r.section === 'timeline')).toBe(true);
  });

  it.each([
    [''],
    ['-'],
    ['--'],
    ['-x'],
    ['foo:'],
    ['run~'],
    ['"'],
    ['title:'],
    ['+-*~^'],
    ['😀'],
    ['x'.repeat(10_000)],
  ])('exits 0 for the query %j', async (query) => {
    // Options first: after "--" every word is part of the query.
    const { code, stderr } = await cli('search', '--pack', pack, query);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('takes option-like words after -- as the query', async () => {
    const { stdout } = await cli('search', '--json', '--pack', pack, '--', '--limit', 'contact');
    expect(JSON.parse(stdout).hits[0].id).toBe('cg');
  });

  it('answers “how many members” with today’s count and the count of September 2001, each dated', async () => {
    const { code, stdout } = await cli('search', 'how many members', '--pack', pack);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'Results marked “after 2001” come from sources up to September 2025; the others are as of September 2001, when the FAQ was published, not the present state of CICA.',
    );
    const hits = lines.filter((line) => /^\d+\. /.test(line));
    expect(hits[0]).toBe(
      '1. *Member* states today (28), as of September 2025  [Membership: members-today; after 2001]',
    );
    expect(hits.slice(0, 3)).toContainEqual(
      expect.stringMatching(
        /^\d\. At the time of writing \(September 2001\): 16 states, 10 observers, 4 international organizations {2}\[Membership: count-september-2001\]$/,
      ),
    );
    expect(stdout).toContain('Presently CICA include 16 countries');
    expect(stdout).toContain('*Member* states in September 2001 (16)');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Sources: Embassy of the Republic of Kazakhstan, .*, as of September 2001; and compiled for CICA Reference from 149 public web pages, .*, as of September 2025\. CICA Reference \d+\.\d+\.\d+, data pack [0-9a-f]{12}, cica:\/\/search\?q=how%20many%20members \(accessed 2026-11-28\)\.$/,
    );
  });

  it('finds who chairs CICA now, marked as after 2001, and the 2001 side beside it', async () => {
    const { stdout } = await cli('search', 'who chairs cica now', '--limit', '3', '--pack', pack);
    const hits = stdout.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(hits).toHaveLength(3);
    expect(hits).toContainEqual(
      expect.stringMatching(
        /^\d\. .*Chair.* as of September 2025: Azerbaijan, .*\[Overview: today-chair; after 2001\]$/,
      ),
    );
    expect(hits.every((hit) => hit.endsWith('; after 2001]'))).toBe(true);
    expect(stdout.split('\n')[0]).toBe(
      'These results come from sources after 2001, up to September 2025.',
    );
  });

  it('gives the date and the citation their own fields in JSON', async () => {
    const { stdout } = await cli('search', 'how many members', '--json', '--pack', pack);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['query', 'asOf', 'total', 'hits', 'citation']);
    expect(answer.query).toBe('how many members');
    expect(answer.asOf).toMatchObject({
      faq: { date: '2001-09', label: 'September 2001' },
      since2001: { date: '2025-09', label: 'September 2025' },
    });
    expect(answer.asOf.note).toContain('not the present state of CICA');
    expect(answer.hits[0]).toMatchObject({
      id: 'members-today',
      section: 'membership',
      source: 'since2001',
    });
    expect(answer.hits).toContainEqual(
      expect.objectContaining({ id: 'count-september-2001', source: 'faq' }),
    );
    expect(answer.citation).toMatchObject({
      edition: 'as of September 2001',
      and: { edition: 'as of September 2025' },
      deepLink: 'cica://search?q=how%20many%20members',
      accessed: '2026-11-28',
    });
    expect(answer.citation.text).toMatch(/^Sources: Embassy of the Republic of Kazakhstan/);
  });

  it('finds the 8th principle by its corrected words, “fundamental freedoms”', async () => {
    const { stdout } = await cli('search', 'fundamental freedoms', '--json', '--pack', pack);
    const hits: { id: string; snippet: string }[] = JSON.parse(stdout).hits;
    const principle = hits.find((h) => h.id === 'what-provisions-are-included-in-declaration/2');
    expect(principle?.snippet).toContain(
      'human rights and principal liberties [corrected: fundamental freedoms]',
    );
    expect(hits.map((h) => h.id)).toContain('declaration');
  });

  it('refuses a bad --limit or --section with a message', async () => {
    expect((await cli('search', 'x', '--limit', 'ten', '--pack', pack)).stderr).toContain(
      '--limit takes a whole number',
    );
    const section = await cli('search', 'x', '--section', 'nope', '--pack', pack);
    expect(section.code).toBe(2);
    expect(section.stderr).toContain('valid sections: faq, overview');
  });
});

describe('one formatter for the CLI and the app', () => {
  it('cica export documents --format markdown is exactly what the app copies as Markdown', async () => {
    const { stdout, code } = await cli(
      'export',
      'documents',
      '--format',
      'markdown',
      '--pack',
      pack,
    );
    expect(code).toBe(0);
    const recorded = recordingPlatform();
    const app = await realService(recorded.platform);
    await app.copy({ target: 'documents', format: 'markdown' });
    expect(recorded.clipboard[0]!.text).toBe(stdout);
    expect(stdout).toMatch(/^# CICA documents\n/);
  });
});

describe('crafted packs (manifest re-hashed): refused with a message, never a stack trace', () => {
  const crafted = {
    'a vector element that is a string': craftPack((files) =>
      editIndex(files, (index) => (index.fieldVectors[0]![1] = ['a', 1] as never)),
    ),
    'postings without a field': craftPack((files) =>
      editIndex(files, (index) => {
        for (const [, posting] of index.invertedIndex) delete (posting as { body?: unknown }).body;
      }),
    ),
  };

  it.each(Object.entries(crafted))('verify refuses %s in the Lunr index', async (_what, files) => {
    const dir = writePack(files);
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(
      /^cica verify: .*: FAILED schema check: search-index\.json: \S+: /,
    );
    // Search and export read the compact index, not this one.
    expect((await cli('search', 'declaration', '--pack', dir)).code).toBe(0);
  });

  it('verify, search and export refuse a compact index with its terms out of order', async () => {
    const dir = writePack(craftPack(swapFirstTerms));
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(
      /^cica verify: .*: FAILED schema check: search-compact\.txt: terms: /,
    );
    for (const argv of [
      ['search', 'declaration', '--pack', dir],
      ['export', 'declaration', '--pack', dir],
    ]) {
      const { code, stdout, stderr } = await cli(...argv);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/the pack in .* is damaged: search-compact\.txt: terms: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a manifest that lists a file outside the pack, naming no outside file’s size', async () => {
    const files = craftPack(
      () => {},
      (manifest) => {
        (manifest.files as Record<string, unknown>)['../../../../etc/passwd'] =
          manifest.files['faq.json'];
      },
    );
    const { code, stderr } = await cli('verify', writePack(files));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'FAILED schema check: manifest.json: files: "../../../../etc/passwd" is not a plain file name',
    );
    expect(stderr).not.toMatch(/bytes/);
  });
});

describe('the CLI prints no terminal control sequences from the pack', () => {
  const hostile = 'Hello\x1b[2J\x1b]0;pwned\x07 \u009b31mworld\rX\x7f';
  const dir = writePack(
    craftPack((files) => {
      const faq = JSON.parse(files.get('faq.json')!) as { entries: { question: string }[] };
      faq.entries[0]!.question = hostile;
      files.set('faq.json', JSON.stringify(faq));
      const docs = JSON.parse(files.get('search-docs.json')!) as { id: string; title: string }[];
      docs.find((doc) => doc.id === 'declaration')!.title = `Declaration ${hostile}`;
      files.set('search-docs.json', JSON.stringify(docs));
    }),
  );
  // eslint-disable-next-line no-control-regex -- looking for control characters
  const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

  it('in an export', async () => {
    const { code, stdout } = await cli('export', 'faq', '--format', 'text', '--pack', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Hello worldX');
    expect(stdout).not.toMatch(CONTROL);
  });

  it('in search results, as text and as JSON', async () => {
    const text = await cli('search', 'declaration', '--limit', '50', '--pack', dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('*Declaration* Hello worldX');
    expect(text.stdout).not.toMatch(CONTROL);
    // JSON escapes C0 itself ("\u001b" is harmless text); DEL and C1 it leaves raw.
    const json = await cli('search', 'declaration', '--json', '--pack', dir);
    expect(json.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(json.stdout).hits).toContainEqual(
      expect.objectContaining({ title: 'Declaration Hello\x1b[2J\x1b]0;pwned\x07 world\rX' }),
    );
  });

  it('keeps CSV line ends', async () => {
    const { stdout } = await cli('export', 'membership', '--format', 'csv', '--pack', dir);
    expect(stdout.split('\r\n').length).toBeGreaterThan(30);
  });
});

describe('cica quote', () => {
  const FAQ_21 =
    'The basic document regulating relations between CICA member-states is the Declaration of principles.';

  it('returns a sentence of the FAQ first with its paragraph and verdict "verbatim" (--json)', async () => {
    const { code, stdout, stderr } = await cli('quote', FAQ_21, '--json', '--pack', pack);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.verdict).toBe('verbatim');
    expect(report.matches[0]).toMatchObject({
      id: 'what-document-regulates-relations-between-cica-member-states',
      anchor: '1',
      section: 'faq',
      verdict: 'verbatim',
      similarity: 1,
      place: 'FAQ 21 ¶1',
      passage: FAQ_21,
    });
    expect(report.matches[0].citation).toContain(
      'cica://faq/what-document-regulates-relations-between-cica-member-states (accessed 2026-11-28).',
    );
  });

  it('says "not found", with exit 0, for a sentence that is not in the reference', async () => {
    const json = await cli(
      'quote',
      'Bananas grow on the slopes of Mount Kilimanjaro.',
      '--json',
      '--pack',
      pack,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ verdict: 'not found', matches: [] });
    const text = await cli(
      'quote',
      'Bananas grow on the slopes of Mount Kilimanjaro.',
      '--pack',
      pack,
    );
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toBe(
      'Not found: no passage of the FAQ of September 2001 says this.\n' +
        'What came after 2001 is summarised from later sources, not quoted: `cica search` finds it, with its sources.\n',
    );
  });

  it('marks a changed word wdiff-style in text, and lists it both ways in JSON', async () => {
    const changed = FAQ_21.replace('basic', 'main');
    const text = await cli('quote', changed, '--pack', pack);
    expect(text.stdout).toContain('Close: the FAQ of September 2001 says nearly this');
    expect(text.stdout).toContain('[-basic-]');
    expect(text.stdout).toContain('{+main+}');
    const json = JSON.parse((await cli('quote', '--json', changed, '--pack', pack)).stdout);
    expect(json.matches[0]).toMatchObject({ sourceOnly: ['basic'], quotationOnly: ['main'] });
  });

  it('answers any text with exit 0: empty, options-like words, terminal escapes', async () => {
    for (const argv of [[], ['--', '-x'], ['\u001b[2J', 'clear', 'screen'], ['x'.repeat(10_000)]]) {
      const { code, stdout } = await cli('quote', '--pack', pack, ...argv);
      expect(code, argv.join(' ').slice(0, 20)).toBe(0);
      expect(stdout).not.toContain('\u001b');
    }
  });
});
