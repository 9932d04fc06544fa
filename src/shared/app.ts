// The app's name and version, in one place for About, citations and the CLI.
// The version is package.json's: the only file outside src/shared that shared
// code reads (eslint.config.mjs allows it here alone). Only `version` is
// imported, so bundles hold that field, not the whole manifest.
import { version } from '../../package.json';

export const APP_NAME = 'CICA Reference';
export const APP_VERSION: string = version;
