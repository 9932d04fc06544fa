import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/cli/terminal';

describe('forTerminal', () => {
  it.each([
    ['a\x1b[2Jb', 'ab'],
    ['a\x1b[38;5;196mred\x1b[0m', 'ared'],
    ['a\x1b]0;title\x07b', 'ab'],
    ['a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b', 'alinkb'],
    ['a\x1bPq#0\x1b\\b', 'ab'],
    ['a\x1bcb', 'ab'],
    ['a\u009b31mb', 'ab'],
    ['a\u009d0;t\u009cb', 'ab'],
    ['a\rb', 'ab'],
    ['a\x00\x08\x7fb', 'ab'],
  ])('takes the controls out of %j', (input, output) => {
    expect(forTerminal(input)).toBe(output);
  });

  it('keeps text, tabs, line ends (CSV’s too) and non-Latin letters', () => {
    const text = 'Almaty\tAlma-Ata\r\nТүркия «CICA» — 1999\n';
    expect(forTerminal(text)).toBe(text);
  });
});
