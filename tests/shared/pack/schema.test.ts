import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_FILES, type Manifest } from '../../../src/shared/pack/schema';
import { packFiles } from '../../helpers/pack';

/**
 * The schema module, loaded afresh by the test that uses it. Its schemas are
 * built when it loads, and mutation testing (npm run test:mutation) credits a
 * check only to the tests that run while it is built: a module imported once
 * at the top would leave every pattern and message below untested there.
 */
async function schema() {
  vi.resetModules();
  return import('../../../src/shared/pack/schema');
}

type Schema = Awaited<ReturnType<typeof schema>>;

/** What verification says of `value` against one of the module's schemas, or "ok". */
function said(module: Schema, pick: (module: Schema) => v.GenericSchema, value: unknown): string {
  const result = v.safeParse(pick(module), value);
  return result.success ? 'ok' : module.describeIssues(result.issues);
}

function realManifest(): Manifest {
  return JSON.parse(packFiles().get('manifest.json')!) as Manifest;
}

/** What the manifest schema says of the real pack's manifest after `edit`. */
async function manifestSays(edit: (manifest: Manifest) => void): Promise<string> {
  const manifest = realManifest();
  edit(manifest);
  return said(await schema(), (m) => m.ManifestSchema, manifest);
}

const DIGEST = 'ab'.repeat(32);

describe('the manifest schema tells a reader what is wrong, field by field', () => {
  it('accepts the real pack’s manifest', async () => {
    expect(await manifestSays(() => {})).toBe('ok');
  });

  it('wants a lowercase sha256 of exactly 64 hex digits for each file', async () => {
    const message = 'files.faq.json.sha256: must be a lowercase sha256 hex digest';
    for (const digest of [DIGEST.toUpperCase(), `x${DIGEST}`, `${DIGEST}0`, DIGEST.slice(1)]) {
      expect(await manifestSays((m) => (m.files['faq.json'].sha256 = digest)), digest).toBe(
        message,
      );
    }
    expect(await manifestSays((m) => (m.files['faq.json'].sha256 = DIGEST))).toBe('ok');
  });

  it('refuses a declared size past the cap before anything is read, saying the cap', async () => {
    expect(await manifestSays((m) => (m.files['faq.json'].bytes = 2 ** 40))).toBe(
      'files.faq.json.bytes: must be at most 268435456 bytes',
    );
  });

  it('refuses a file list that is not an object, with a message instead of a crash', async () => {
    for (const files of [null, 'faq.json', 7]) {
      const says = await manifestSays((m) => ((m as { files: unknown }).files = files));
      expect(says, String(files)).toMatch(/^files: Invalid type: Expected Object but received /);
    }
  });

  it('names a stranger in the file list, telling a plain name from a path', async () => {
    const allowed = CONTENT_FILES.join(', ');
    const listing = (name: string) =>
      manifestSays(
        (m) => ((m.files as Record<string, unknown>)[name] = { sha256: DIGEST, bytes: 1 }),
      );
    expect(await listing('icon.json')).toBe(
      `files: "icon.json" is not a file of this pack (a pack has ${allowed})`,
    );
    expect(await listing('nul')).toBe(
      `files: "nul" is not a plain file name (a pack has ${allowed})`,
    );
  });

  it('wants the pack id of this app', async () => {
    expect(await manifestSays((m) => ((m.pack as { id: string }).id = 'other-app'))).toBe(
      'pack.id: must be "cica-reference"',
    );
  });

  it('wants a real publication date', async () => {
    for (const published of ['2026-13-01', '28 November 2026', '']) {
      expect(await manifestSays((m) => (m.pack.published = published)), published).toBe(
        'pack.published: must be a date YYYY-MM-DD',
      );
    }
  });

  it('wants the oldest app version as three numbers of up to four digits', async () => {
    for (const version of ['1.0.0', '10.20.30', '2026.11.1234']) {
      expect(await manifestSays((m) => (m.pack.minAppVersion = version)), version).toBe('ok');
    }
    for (const version of ['v1.2.3', '1.2.3-beta', '1.2', '12345.0.0', '1.2.3.4']) {
      expect(await manifestSays((m) => (m.pack.minAppVersion = version)), version).toBe(
        'pack.minAppVersion: must be a version such as 1.2.3',
      );
    }
  });

  it('wants a key id of exactly 16 hex digits', async () => {
    const id = '0123456789abcdef';
    for (const keyId of [`x${id}`, `${id}0`, id.toUpperCase(), id.slice(1)]) {
      expect(await manifestSays((m) => (m.pack.keyId = keyId)), keyId).toBe(
        'pack.keyId: must be 16 hex digits',
      );
    }
  });

  it('wants a few sentences of what’s new, not none and not pages', async () => {
    expect(await manifestSays((m) => (m.pack.whatsNew = ''))).toBe(
      'pack.whatsNew: must not be empty',
    );
    expect(await manifestSays((m) => (m.pack.whatsNew = 'x'.repeat(600)))).toBe('ok');
    expect(await manifestSays((m) => (m.pack.whatsNew = 'x'.repeat(601)))).toBe(
      'pack.whatsNew: must be at most 600 characters',
    );
  });

  it('wants the edition dated to the month', async () => {
    for (const date of ['2001-9', 'x2001-09', '2001-09-01', 'September 2001']) {
      expect(await manifestSays((m) => (m.edition.date = date)), date).toBe(
        'edition.date: must be YYYY-MM',
      );
    }
  });

  it('wants a version to quote in citations', async () => {
    expect(await manifestSays((m) => (m.version = ''))).toBe('version: must not be empty');
  });
});

/** An answer of the FAQ as the pack stores it, with `edit` applied. */
async function faqSays(edit: (entry: Record<string, unknown>) => void): Promise<string> {
  const entry: Record<string, unknown> = {
    id: 'what-is-the-cica',
    number: 1,
    question: 'What is the CICA?',
    blocks: [{ kind: 'paragraph', text: 'A forum.' }],
    lines: { first: 1, last: 2 },
  };
  edit(entry);
  return said(await schema(), (m) => m.FaqFileSchema, { entries: [entry] });
}

describe('the FAQ file’s schema', () => {
  it('accepts a well-formed answer', async () => {
    expect(await faqSays(() => {})).toBe('ok');
  });

  it('wants each answer’s id to be a lowercase slug (it becomes part of a link)', async () => {
    for (const id of ['../what-is', 'what-is/..', 'What-is', 'what--is', 'what-is-', '']) {
      expect(await faqSays((entry) => (entry.id = id)), id).toBe(
        'entries.0.id: must be a lowercase slug',
      );
    }
  });

  it('wants a question and at least one block, and no empty list', async () => {
    expect(await faqSays((entry) => (entry.question = ''))).toBe(
      'entries.0.question: must not be empty',
    );
    expect(await faqSays((entry) => (entry.blocks = []))).toBe(
      'entries.0.blocks: an answer needs at least one block',
    );
    expect(
      await faqSays((entry) => (entry.blocks = [{ kind: 'list', ordered: false, items: [] }])),
    ).toBe('entries.0.blocks.0.items: a list needs at least one item');
  });
});

describe('the search documents’ schema', () => {
  it('refuses a list with holes with a message instead of a crash', async () => {
    const module = await schema();
    expect(said(module, (m) => m.SearchDocsSchema, [null, null])).toBe(
      '0: Invalid type: Expected Object but received null',
    );
  });
});

describe('plain file names', () => {
  it('lets a name merely contain a Windows device name', async () => {
    const { isPlainFileName } = await schema();
    for (const name of ['icon.json', 'falcon', 'console.json', 'com.json', 'lpt.json']) {
      expect(isPlainFileName(name), name).toBe(true);
    }
  });

  it('refuses the Windows device names, with or without an extension', async () => {
    const { isPlainFileName } = await schema();
    for (const name of [
      'CON',
      'nul',
      'aux.json',
      'prn.txt',
      'COM1',
      'com9.json',
      'lpt1',
      'LPT3.x',
    ]) {
      expect(isPlainFileName(name), name).toBe(false);
    }
  });
});

describe('describeIssues', () => {
  it('says "invalid" when a failure came without an issue, rather than throwing', async () => {
    const { describeIssues } = await schema();
    expect(describeIssues([])).toBe('invalid');
  });
});
