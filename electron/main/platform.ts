import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserWindow, Clipboard, ClipboardItem, Dialog } from 'electron';
import type { SaveableFile } from '../../src/shared/export/request';
import type { Platform } from '../../src/shared/service';

export interface ElectronPlatformDeps {
  clipboard: Pick<Clipboard, 'write'>;
  ClipboardItem: typeof ClipboardItem;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window a save dialog belongs to. */
  window: () => BrowserWindow | undefined;
  /** Where the save dialog starts: the reader's Documents folder. */
  documentsDir: string;
  /** Whether the reader's own click, key or menu command asked for this write (user-actions.ts). */
  userAsked: () => boolean;
  write?: (path: string, content: string | Uint8Array) => Promise<void>;
}

const FILTER_NAMES: Record<string, string> = {
  md: 'Markdown',
  html: 'HTML',
  txt: 'Plain text',
  csv: 'CSV (spreadsheet)',
  json: 'JSON',
  docx: 'Word document',
};

/**
 * The desktop side of copy and save: Electron 45's async clipboard, with plain
 * text and HTML in one item so each application pastes what it understands;
 * and a native save dialog.
 */
export function createElectronPlatform(deps: ElectronPlatformDeps): Platform {
  // writeFile writes a string as UTF-8 and bytes as they are.
  const write = deps.write ?? ((path, content) => writeFile(path, content));
  return {
    now: () => new Date(),
    writeClipboard: async ({ text, html }) => {
      if (!deps.userAsked()) throw new Error('a copy needs a click, a key or a menu command');
      const types: Record<string, string> = { 'text/plain': text };
      if (html !== undefined) types['text/html'] = html;
      await deps.clipboard.write([new deps.ClipboardItem(types)]);
    },
    saveFile: async (file: SaveableFile) => {
      const extension = extname(file.fileName).slice(1) || 'txt';
      const options = {
        title: `Save ${file.title}`,
        defaultPath: join(deps.documentsDir, file.fileName),
        filters: [{ name: FILTER_NAMES[extension] ?? extension, extensions: [extension] }],
      };
      const window = deps.window();
      const choice = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return undefined;
      await write(choice.filePath, file.content);
      return choice.filePath;
    },
  };
}
