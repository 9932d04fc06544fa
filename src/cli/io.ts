/** Where a command's output goes and what time it is: the terminal, or a test's recorder. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}
