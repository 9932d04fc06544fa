import type { ClipboardContent, SaveableFile } from '../../src/shared/export/request';
import type { Platform } from '../../src/shared/service';

const COPY_DATE = new Date('2026-11-28T10:00:00Z');

/** A platform that records what would reach the clipboard and the disk. */
export function recordingPlatform(options: { failClipboard?: boolean; cancelSave?: boolean } = {}) {
  const clipboard: ClipboardContent[] = [];
  const files: SaveableFile[] = [];
  const platform: Platform = {
    now: () => COPY_DATE,
    writeClipboard: async (content) => {
      if (options.failClipboard) throw new Error('clipboard is locked');
      clipboard.push(content);
    },
    saveFile: async (file) => {
      if (options.cancelSave) return undefined;
      files.push(file);
      return `/home/reader/${file.fileName}`;
    },
  };
  return { platform, clipboard, files };
}
