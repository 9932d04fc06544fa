import type { Participant } from '../../shared/corpus/schema';

export type SortKey = 'shortName' | 'publishedName' | 'iso2';
export type SortDirection = 'ascending' | 'descending';

/** Sort order of the state tables; a click on the current column reverses it. */
export class TableSort {
  key = $state<SortKey | undefined>(undefined);
  direction = $state<SortDirection>('ascending');

  toggle(key: SortKey): void {
    if (this.key === key) {
      this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.key = key;
      this.direction = 'ascending';
    }
  }

  ariaSort(key: SortKey): SortDirection | 'none' {
    return this.key === key ? this.direction : 'none';
  }

  /** The rows in this order; unsorted, they stay in the source's order. */
  apply(rows: readonly Participant[]): Participant[] {
    const key = this.key;
    if (!key) return [...rows];
    const sign = this.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * (a[key] ?? '').localeCompare(b[key] ?? '', 'en'));
  }
}
