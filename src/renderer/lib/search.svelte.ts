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
  /**
   * The query and filter the results answer. The box moves on at once while
   * the answer is on its way: what is said about the results quotes these.
   */
  answered = $state.raw<{ query: string; section: SectionId | undefined }>({
    query: '',
    section: undefined,
  });
  failed = $state(false);
  /** Questions asked whose answers (fresh or stale) are still on their way. */
  private unanswered = $state(0);
  private asked = 0;

  constructor(private readonly api: Pick<CicaApi, 'search'>) {}

  get active(): boolean {
    return this.query.trim() !== '';
  }

  /** An answer is on its way: the results may still change (said to assistive technology). */
  get busy(): boolean {
    return this.unanswered > 0;
  }

  /** A new query, keeping the section filter. */
  setQuery(query: string): Promise<void> {
    return this.update(query, this.section);
  }

  /** A query and its filter at once: a search brought back from the history. */
  show(query: string, section: SectionId | undefined): Promise<void> {
    return this.update(query, section);
  }

  /** Filter by a section, or undefined for all sections. */
  setSection(section: SectionId | undefined): Promise<void> {
    return this.update(this.query, section);
  }

  private async update(query: string, section: SectionId | undefined): Promise<void> {
    this.query = query;
    this.section = section;
    const ticket = ++this.asked;
    if (!this.active) {
      this.results = undefined;
      this.answered = { query: '', section: undefined };
      return;
    }
    this.unanswered += 1;
    try {
      let results = await this.api.search(query, { limit: RESULT_LIMIT, section });
      if (ticket !== this.asked) return;
      // A filter that would hide every result of a new query falls back to all sections.
      if (section && results.total > 0 && results.counts[section] === 0) {
        this.section = undefined;
        section = undefined;
        results = await this.api.search(query, { limit: RESULT_LIMIT });
        if (ticket !== this.asked) return;
      }
      this.results = results;
      this.answered = { query, section };
      this.failed = false;
    } catch {
      if (ticket === this.asked) this.failed = true;
    } finally {
      this.unanswered -= 1;
    }
  }

  clear(): void {
    void this.update('', undefined);
  }
}
