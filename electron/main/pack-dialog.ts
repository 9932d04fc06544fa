import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { PackFileInput } from '../../src/shared/api';
import { readPackFileBytes } from '../../src/node/pack-file';

export interface PackDialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: () => BrowserWindow | undefined;
  /** Where the dialog starts: the reader's Downloads folder. */
  startDir: string;
}

/**
 * The system's open dialog for a .cicapack; the file is read here, in the
 * main process, as a regular file (never through a link) of bounded size.
 * Throws with the reason when the chosen file cannot be read.
 */
export function packFilePicker(deps: PackDialogDeps): () => Promise<PackFileInput | undefined> {
  return async () => {
    const options = {
      title: 'Open content pack',
      defaultPath: deps.startDir,
      filters: [{ name: 'CICA content pack', extensions: ['cicapack'] }],
      properties: ['openFile' as const],
    };
    const window = deps.window();
    const choice = window
      ? await deps.dialog.showOpenDialog(window, options)
      : await deps.dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return undefined;
    const read = readPackFileBytes(path);
    if (!read.ok) throw new Error(read.result.problem.message);
    return { name: basename(path), bytes: read.bytes };
  };
}
