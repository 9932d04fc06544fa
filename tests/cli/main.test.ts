import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { writePackCopy } from '../helpers/pack';
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
      'Valid sections: faq, overview, membership, bodies, documents, timeline.',
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
      '"id","status","status_as_of","short_name","name_as_published","iso_3166","abbreviation","source_faq_entry"',
    );
    expect(rows).toHaveLength(31);
    expect(
      rows
        .slice(1)
        .every((row) => /^"[a-z]+","(member|observer|organization)","2001-09",/.test(row)),
    ).toBe(true);
    expect(stdout).not.toContain('Source:');
    expect(stderr).toMatch(
      /^cica export: cite this data as: Source: Embassy.*cica:\/\/membership \(accessed 2026-11-28\)\.\n$/,
    );
  });

  it('refuses an unknown format', async () => {
    const { code, stderr } = await cli('export', 'faq', '--format', 'docx', '--pack', pack);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "docx"');
  });

  it('lists every id with --list', async () => {
    const { code, stdout } = await cli('export', '--list', '--pack', pack);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual(
      expect.arrayContaining(['faq', 'member-states', 'swg', 'kz']),
    );
  });
});

describe('cica verify', () => {
  it('accepts an intact pack with a one-line summary', async () => {
    const { code, stdout } = await cli('verify', pack);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/OK, pack [0-9a-f]{12} \(format 2, as of September 2001\), 5 files/);
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
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"format": 2', '"format": 3'));
    const result = await cli('verify', future);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FAILED format check: manifest.json: unknown pack format 3');
  });
});

describe('the cica command', () => {
  it('runs on plain Node through npm run cli, with exit codes', async () => {
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
    expect(Object.keys(rows[0]).sort()).toEqual(['id', 'score', 'section', 'snippet', 'title']);
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

  it('answers “how many members” with the count of September 2001, dated and cited', async () => {
    const { code, stdout } = await cli('search', 'how many members', '--pack', pack);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'These results are as of September 2001, when the source was published; they are not the present state of CICA.',
    );
    const first = lines.find((line) => /^1\. /.test(line));
    expect(first).toMatch(
      /^1\. At the time of writing \(September 2001\): 16 states, 10 observers, 4 international organizations {2}\[Membership: count-september-2001\]$/,
    );
    expect(stdout).toContain('Presently CICA include 16 countries');
    expect(stdout).toContain('*Member* states in September 2001 (16)');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Source: Embassy of the Republic of Kazakhstan, .*, as of September 2001\. CICA Reference, data pack [0-9a-f]{12}, cica:\/\/search\?q=how%20many%20members \(accessed 2026-11-28\)\.$/,
    );
  });

  it('gives the date and the citation their own fields in JSON', async () => {
    const { stdout } = await cli('search', 'how many members', '--json', '--pack', pack);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['query', 'asOf', 'total', 'hits', 'citation']);
    expect(answer.query).toBe('how many members');
    expect(answer.asOf).toMatchObject({ date: '2001-09', label: 'September 2001' });
    expect(answer.asOf.note).toContain('not the present state of CICA');
    expect(answer.hits[0]).toMatchObject({ id: 'count-september-2001', section: 'membership' });
    expect(answer.citation).toMatchObject({
      edition: 'as of September 2001',
      deepLink: 'cica://search?q=how%20many%20members',
      accessed: '2026-11-28',
    });
    expect(answer.citation.text).toMatch(/^Source: Embassy of the Republic of Kazakhstan/);
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
