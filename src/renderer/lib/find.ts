// Find in page: matches of the reader's words in what the current view shows,
// case- and accent-insensitive, as DOM Ranges for the CSS Custom Highlight
// API, so the page's own DOM (Svelte's) is never rewritten.

/** Lower case without accents, one output character per input code unit where possible. */
function foldChar(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Indexed {
  /** The visible text, folded. */
  text: string;
  /** For each folded character: its text node and offset there. */
  at: { node: Text; offset: number }[];
}

/** Text nodes a reader can see in `root`: not in hidden elements nor in closed menus. */
function visibleTextNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !node.nodeValue?.trim()) return NodeFilter.FILTER_REJECT;
      if (parent.closest('[hidden], [aria-hidden="true"], script, style, .visually-hidden'))
        return NodeFilter.FILTER_REJECT;
      return parent.checkVisibility() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function index(root: Element): Indexed {
  const indexed: Indexed = { text: '', at: [] };
  for (const node of visibleTextNodes(root)) {
    const value = node.nodeValue ?? '';
    for (let offset = 0; offset < value.length; offset++) {
      const folded = foldChar(value[offset]!);
      for (const char of folded) {
        indexed.text += char;
        indexed.at.push({ node, offset });
      }
    }
    // Text of separate nodes never runs together into one false word.
    indexed.text += '\u0000';
    indexed.at.push({ node, offset: value.length });
  }
  return indexed;
}

/** Every match of `query` in what `root` shows, in reading order. */
export function findRanges(root: Element, query: string): Range[] {
  const wanted = [...query.trim().replace(/\s+/g, ' ')].map(foldChar).join('');
  if (!wanted) return [];
  const { text, at } = index(root);
  // Spaces in the query match any run of white space in the page.
  const pattern = new RegExp(
    wanted
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\u0000]+'),
    'g',
  );
  const ranges: Range[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = at[match.index]!;
    const last = at[match.index + match[0].length - 1]!;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(last.node, last.offset + 1);
    ranges.push(range);
  }
  return ranges;
}

/** Whether this browser can show highlights without touching the DOM. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function showHighlights(all: Range[], current: Range | undefined): void {
  if (!canHighlight()) return;
  CSS.highlights.set('find-match', new Highlight(...all));
  if (current) CSS.highlights.set('find-current', new Highlight(current));
  else CSS.highlights.delete('find-current');
}

export function clearHighlights(): void {
  if (!canHighlight()) return;
  CSS.highlights.delete('find-match');
  CSS.highlights.delete('find-current');
}
