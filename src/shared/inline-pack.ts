/** Id of the `<script type="application/json">` element the web edition carries its pack in. */
export const INLINE_PACK_ID = 'cica-pack';

/** The inlined pack: each pack file's exact text, so that its sha256 can be checked as in the app. */
export interface InlinePack {
  files: Record<string, string>;
}

/** Id of the `<script type="application/json">` element holding the keys the web edition trusts. */
export const TRUSTED_KEYS_ID = 'cica-trusted-keys';
