import type { CicaApi } from '../../shared/api';
import type { SearchResults } from '../../shared/search/query';
import type { SectionId } from '../../shared/sections';

const RESULT_LIMIT = 50;

/**
 * The search as the reader types: every change asks the API again, and an
 * answer that arrives after a newer question was asked is dropped, so stale
 * results never overwrite fresh ones.
 */
export class SearchState {
  query = $state('');
  section = $state<SectionId | undefined>(undefined);
  results = $state.raw<SearchResults | undefined>(undefined);
  failed = $state(false);
  private asked = 0;

  constructor(private readonly api: Pick<CicaApi, 'search'>) {}

  get active(): boolean {
    return this.query.trim() !== '';
  }

  async update(query: string, section = this.section): Promise<void> {
    this.query = query;
    this.section = section;
    const ticket = ++this.asked;
    if (!this.active) {
      this.results = undefined;
      return;
    }
    try {
      const results = await this.api.search(query, { limit: RESULT_LIMIT, section });
      if (ticket !== this.asked) return;
      this.results = results;
      this.failed = false;
    } catch {
      if (ticket === this.asked) this.failed = true;
    }
  }

  clear(): void {
    void this.update('', undefined);
  }
}
