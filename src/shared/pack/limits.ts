/** No pack file, and nothing it unpacks to, may be larger (the 100x benchmark pack is 40 MB). */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
