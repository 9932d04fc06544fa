import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeTrust } from '../../src/node/pack-crypto';
import { PackLibrary, nodeInstallFs, type InstallFs } from '../../src/node/pack-library';
import { TEST_KEY } from '../../src/node/trusted-keys';
import { verifyPackFile } from '../../src/shared/pack/signed';
import { createPacksService } from '../../src/shared/packs-service';
import { laterEdition, packFileBytes, writePack, packFiles } from '../helpers/pack';
import { recordingPlatform } from '../helpers/platform';

const EDITION_2 = packFileBytes(laterEdition(2, 1));
const EDITION_3 = packFileBytes(laterEdition(3, 12));

/** A user data folder and the bundled pack (edition 1) beside it. */
function folders() {
  const root = mkdtempSync(join(tmpdir(), 'cica-library-'));
  return {
    bundledDir: writePack(packFiles(), join(root, 'bundled')),
    packsDir: join(root, 'packs'),
  };
}

/** The desktop app's packs service over a library in `where`, as main makes it. */
async function open(
  where: { bundledDir: string; packsDir: string },
  options: { fs?: InstallFs; build?: 'release' | 'development' } = {},
) {
  const trust = nodeTrust(options.build ?? 'development');
  const library = new PackLibrary({ ...where, trust, ...(options.fs ? { fs: options.fs } : {}) });
  const service = await createPacksService({
    shelf: library,
    verifyFile: (bytes) => verifyPackFile(bytes, trust),
    pickFile: async () => undefined,
    platform: recordingPlatform().platform,
  });
  return { library, service };
}

type Service = Awaited<ReturnType<typeof open>>['service'];

/** The edition the service shows the reader now. */
async function activeEdition(service: Service): Promise<number | string> {
  const loaded = await service.loadPack();
  return loaded.ok ? loaded.data.manifest.pack.edition : loaded.problem.message;
}

async function install(service: Service, bytes: Uint8Array, allowOlder = false) {
  const offer = await service.checkPack({ name: 'cica.cicapack', bytes });
  if (!offer.ok) return offer;
  return service.installPack({ token: offer.token, allowOlder });
}

/** The real file operations, with the n-th one (from 1) failing as a crash or a full disk would. */
function failingAt(n: number): InstallFs & { calls: string[] } {
  const calls: string[] = [];
  const wrap =
    <A extends unknown[], R>(name: string, op: (...args: A) => R) =>
    (...args: A): R => {
      calls.push(name);
      if (calls.length === n) throw new Error(`power cut during ${name}`);
      return op(...args);
    };
  return {
    calls,
    mkdir: wrap('mkdir', nodeInstallFs.mkdir),
    mkdtemp: wrap('mkdtemp', nodeInstallFs.mkdtemp),
    writeNew: wrap('writeNew', nodeInstallFs.writeNew),
    rename: wrap('rename', nodeInstallFs.rename),
    rm: nodeInstallFs.rm,
    readdir: nodeInstallFs.readdir,
  };
}

describe('installing a pack file (desktop)', () => {
  it('unpacks, checks again, renames into packs/<edition>/ and uses it', async () => {
    const where = folders();
    const { service } = await open(where);
    expect(await activeEdition(service)).toBe(1);
    const offer = await service.checkPack({ name: 'cica-3.cicapack', bytes: EDITION_3 });
    expect(offer).toMatchObject({
      ok: true,
      fileName: 'cica-3.cicapack',
      relation: 'newer',
      changes: ['+12 events'],
      details: { edition: 3, asOf: 'September 2025', keyId: TEST_KEY.id },
    });
    expect(
      await service.installPack({ token: offer.ok ? offer.token : '', allowOlder: false }),
    ).toEqual({
      ok: true,
      message: 'Installed edition 3.',
    });
    expect(await activeEdition(service)).toBe(3);
    expect(readdirSync(where.packsDir).sort()).toEqual(['3', 'choice.json']);
    expect(readdirSync(join(where.packsDir, '3')).sort()).toEqual([
      'corpus.json',
      'faq.json',
      'manifest.json',
      'manifest.sig',
      'search-compact.txt',
      'search-docs.json',
      'search-index.json',
    ]);
    // The next start uses it too.
    expect(await activeEdition((await open(where)).service)).toBe(3);
  });

  it('refuses an older edition unless the reader confirms it, and the same edition twice', async () => {
    const where = folders();
    const { service } = await open(where);
    await install(service, EDITION_3);
    const older = await service.checkPack({ name: 'cica-2.cicapack', bytes: EDITION_2 });
    expect(older).toMatchObject({
      ok: true,
      relation: 'older',
      changes: ['+1 event', '−12 events'],
    });
    const token = older.ok ? older.token : '';
    expect(await service.installPack({ token, allowOlder: false })).toEqual({
      ok: false,
      message:
        'Edition 2 is older than edition 3: nothing installed. Confirm to install an older edition.',
    });
    expect(await activeEdition(service)).toBe(3);
    expect(await service.installPack({ token, allowOlder: true })).toEqual({
      ok: true,
      message: 'Installed edition 2.',
    });
    expect(await activeEdition(service)).toBe(2);

    const again = await service.checkPack({ name: 'cica-3.cicapack', bytes: EDITION_3 });
    expect(again).toMatchObject({ ok: true, relation: 'same' });
    expect(
      await service.installPack({ token: again.ok ? again.token : '', allowOlder: true }),
    ).toEqual({
      ok: false,
      message: 'Edition 3 is already here: nothing installed. Choose it in Content packs.',
    });
  });

  it('refuses a file it was not shown, and a refused file installs nothing', async () => {
    const where = folders();
    const { service } = await open(where);
    expect(await service.installPack({ token: '99', allowOlder: false })).toEqual({
      ok: false,
      message: 'That pack file is no longer open; open it again.',
    });
    const tampered = new Uint8Array(EDITION_3);
    tampered[tampered.length - 5]! ^= 1;
    const offer = await service.checkPack({ name: 'bad.cicapack', bytes: tampered });
    expect(offer.ok).toBe(false);
    expect(!offer.ok && offer.message).toMatch(/^bad\.cicapack was not opened: archive: /);
    expect(existsSync(where.packsDir)).toBe(false);
  });

  it('refuses malformed requests from the renderer', async () => {
    const { service } = await open(folders());
    await expect(service.checkPack({ name: 'x', bytes: 'not bytes' } as never)).rejects.toThrow(
      /invalid file/,
    );
    await expect(service.installPack({ token: 1 } as never)).rejects.toThrow(/invalid request/);
  });

  it('leaves the previous pack in use, and no half pack, whichever step fails', async () => {
    // Count the steps of a whole install, then fail each one in turn.
    const counting = failingAt(0);
    {
      const where = folders();
      await install((await open(where)).service, EDITION_2);
      await install((await open(where, { fs: counting })).service, EDITION_3);
    }
    const steps = [...counting.calls];
    expect(steps).toEqual([
      'mkdir',
      'mkdtemp',
      ...Array(7).fill('writeNew'),
      'mkdir',
      'writeNew', // the choice, to a temporary file
      'rename', // ... renamed over choice.json
      'rename', // the pack's folder to packs/3: the one step that makes it visible
      'mkdir', // choosing it again as it is used (its failure is ignored)
      'writeNew',
      'rename',
    ]);
    const visible = steps.indexOf('rename', steps.indexOf('rename') + 1) + 1;

    for (let n = 1; n <= steps.length; n++) {
      const where = folders();
      await install((await open(where)).service, EDITION_2);
      const { service } = await open(where, { fs: failingAt(n) });
      const result = await install(service, EDITION_3);
      const installed = n > visible;
      expect(result.ok, `step ${n} (${steps[n - 1]})`).toBe(installed);
      if (!result.ok) expect(result.message).toMatch(/^Nothing installed: power cut during /);
      expect(await activeEdition(service), `in use after step ${n} failed`).toBe(installed ? 3 : 2);

      // A crash there: the next start.
      const restarted = await open(where);
      expect(await activeEdition(restarted.service), `after a restart, step ${n}`).toBe(
        installed ? 3 : 2,
      );
      const left = readdirSync(where.packsDir).filter((name) => name !== 'choice.json');
      expect(left.sort(), `packs after step ${n}`).toEqual(installed ? ['2', '3'] : ['2']);
    }
  }, 120_000);
});

describe('start-up', () => {
  it('uses the newest installed pack that passes, saying which was passed over and why', async () => {
    const where = folders();
    const { service } = await open(where);
    await install(service, EDITION_2);
    await install(service, EDITION_3);
    const faq = join(where.packsDir, '3', 'faq.json');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace('Almaty', 'Almatx'));

    const restarted = await open(where);
    expect(await activeEdition(restarted.service)).toBe(2);
    const loaded = await restarted.service.loadPack();
    expect(loaded.ok && loaded.notice).toBe(
      'Installed edition 3 was not used: faq.json: content does not match its sha256 in the manifest. Using edition 2 instead.',
    );
    const { packs } = await restarted.service.listPacks();
    expect(packs.map((p) => [p.id, p.active, p.problem ?? 'ok'])).toEqual([
      ['3', false, 'faq.json: content does not match its sha256 in the manifest'],
      ['2', true, 'ok'],
      ['bundled', false, 'ok'],
    ]);
  });

  it('falls back to the bundled pack when no installed pack passes', async () => {
    const where = folders();
    await install((await open(where)).service, EDITION_3);
    writeFileSync(join(where.packsDir, '3', 'manifest.sig'), new Uint8Array(64));
    const { service } = await open(where);
    expect(await activeEdition(service)).toBe(1);
    const loaded = await service.loadPack();
    expect(loaded.ok && loaded.notice).toBe(
      `Installed edition 3 was not used: manifest.sig: the signature does not match manifest.json for key ${TEST_KEY.id} (${TEST_KEY.name}). Using the bundled pack instead.`,
    );
  });

  it('in a release build, passes over a pack signed by the test key', async () => {
    const where = folders();
    await install((await open(where)).service, EDITION_3);
    const { service } = await open(where, { build: 'release' });
    expect(await activeEdition(service)).toBe(1);
    const loaded = await service.loadPack();
    expect(loaded.ok && loaded.notice).toBe(
      `Installed edition 3 was not used: manifest.sig: signed by key ${TEST_KEY.id}, which this app does not trust. Using the bundled pack instead.`,
    );
    // ... and refuses to install one.
    const offer = await service.checkPack({ name: 'cica-3.cicapack', bytes: EDITION_3 });
    expect(offer).toEqual({
      ok: false,
      message: `cica-3.cicapack was not opened: manifest.sig: signed by key ${TEST_KEY.id}, which this app does not trust`,
    });
  });

  it('refuses a pack moved into another edition’s folder', async () => {
    const where = folders();
    await install((await open(where)).service, EDITION_3);
    nodeInstallFs.rename(join(where.packsDir, '3'), join(where.packsDir, '4'));
    const { service } = await open(where);
    expect(await activeEdition(service)).toBe(1);
    const { packs } = await service.listPacks();
    expect(packs[0]).toMatchObject({
      id: '4',
      problem: 'manifest.json: is edition 3, in the folder of edition 4',
    });
  });

  it('keeps the reader’s choice: back to the bundled pack, then another edition', async () => {
    const where = folders();
    const { service } = await open(where);
    await install(service, EDITION_2);
    await install(service, EDITION_3);
    expect(await service.usePack('bundled')).toEqual({
      ok: true,
      message: 'Now using the bundled pack (edition 1).',
    });
    expect(await activeEdition((await open(where)).service)).toBe(1);
    expect(await service.usePack('2')).toEqual({ ok: true, message: 'Now using edition 2.' });
    expect(await activeEdition((await open(where)).service)).toBe(2);
    expect(await service.usePack('7')).toEqual({ ok: false, message: 'There is no such pack.' });
  });
});

describe('removing a pack', () => {
  it('removes an installed pack; removing the one in use switches to the newest other', async () => {
    const where = folders();
    const { service } = await open(where);
    await install(service, EDITION_2);
    await install(service, EDITION_3);
    expect(await service.removePack('3')).toEqual({
      ok: true,
      message: 'Removed edition 3; using edition 2.',
    });
    expect(await activeEdition(service)).toBe(2);
    expect(readdirSync(where.packsDir).sort()).toEqual(['2', 'choice.json']);
    expect(await service.removePack('bundled')).toEqual({
      ok: false,
      message: 'Only an installed pack can be removed.',
    });
    expect(await activeEdition((await open(where)).service)).toBe(2);
  });
});
