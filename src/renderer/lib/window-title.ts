/** What the window shows, as its title names it. */
export interface Shown {
  /** The query, while search results are shown. */
  query?: string;
  /** The address names nothing. */
  notFound?: boolean;
  /** The title of the item opened. */
  item?: string;
  /** The view's label. */
  view: string;
}

/** The window's title names what is shown: "Contact Group - Bodies - CICA Reference". */
export function windowTitle({ query, notFound, item, view }: Shown): string {
  const parts =
    query !== undefined ? [`Search: ${query.trim()}`] : notFound ? ['Not found'] : [item, view];
  return [...parts, 'CICA Reference'].filter(Boolean).join(' - ');
}
