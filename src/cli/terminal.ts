// Escape sequences, whole, so that their parameters do not stay behind as text:
// CSI (ESC [ or U+009B, then parameters and a final byte), OSC (ESC ] or
// U+009D, up to BEL or the string terminator), DCS, SOS, PM and APC strings
// (ESC P/X/^/_ or U+0090/98/9E/9F, up to the terminator), two-character escapes.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?|\x1b[ -~]?/g;
// Every other control character: C0 but tab and newline, a carriage return
// not ending a line (it would let text overwrite what came before), DEL, and
// C1 (U+009B is a one-character CSI on some terminals).
// eslint-disable-next-line no-control-regex -- as above
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g;

/**
 * Text as it may reach a terminal: a pack can hold any text, and a terminal
 * obeys control sequences in what it prints (clear the screen, retitle the
 * window, rewrite what is shown, or worse on some terminals).
 */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
