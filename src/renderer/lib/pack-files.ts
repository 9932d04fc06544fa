import type { PackFileInput } from '../../shared/api';
import { MAX_ARCHIVE_BYTES } from '../../shared/pack/limits';

/** Whether a file's name says it is a content pack. */
export function isPackFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.cicapack');
}

/** A file the reader chose or dropped, refused unread when it is larger than any pack may be. */
export async function readPickedFile(file: File): Promise<PackFileInput> {
  if (file.size > MAX_ARCHIVE_BYTES) {
    throw new Error(`${file.name}: is ${file.size} bytes, more than a pack file may have`);
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A size as a reader reads it: "69 KB", "1.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
