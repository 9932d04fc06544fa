import type { ActionResult, CicaApi } from '../../shared/api';
import type { CopyFormat, SaveFormat } from '../../shared/export/request';
import type { SectionId } from '../../shared/sections';

const TOAST_MS = 4000;

/** What to copy or save: an id, or "search" with the query and filter. */
export interface Target {
  target: string;
  query?: string;
  section?: SectionId;
}

/**
 * Copy, save and print, with the outcome announced in the page's polite
 * live region; a failed copy keeps its target so that the reader can save
 * it instead.
 */
export class ExportActions {
  message = $state('');
  failedCopy = $state<Target | undefined>(undefined);

  constructor(private readonly api: Pick<CicaApi, 'copy' | 'save'>) {}

  async copy(target: Target, format: CopyFormat = 'rich'): Promise<void> {
    const result = await this.run(() => this.api.copy({ ...target, format }));
    this.failedCopy = result.ok ? undefined : target;
    if (!result.ok) this.message = `${result.message} You can save it to a file instead.`;
  }

  async save(target: Target, format: SaveFormat): Promise<void> {
    this.failedCopy = undefined;
    const result = await this.run(() => this.api.save({ ...target, format }));
    if (!result.ok && result.cancelled) this.message = '';
  }

  print(): void {
    window.print();
  }

  /** Takes a toast down (the view it spoke of has gone); a failed copy's offer stays. */
  dismiss(): void {
    if (!this.failedCopy) this.message = '';
  }

  /**
   * Runs an action that saves or exports, announcing its outcome (a cancelled
   * save says nothing); returns what to show where the reader asked for it.
   */
  async report(action: () => Promise<ActionResult>): Promise<string> {
    this.failedCopy = undefined;
    const result = await this.run(action);
    if (!result.ok && result.cancelled) this.message = '';
    return !result.ok && result.cancelled ? '' : result.message;
  }

  /** Says something in the live region (a theme or text size change). */
  announce(message: string): void {
    void this.run(async () => ({ ok: true, message }));
  }

  private async run(action: () => Promise<ActionResult>): Promise<ActionResult> {
    // Clear first so that the same message twice is announced twice.
    this.message = '';
    let result: ActionResult;
    try {
      result = await action();
    } catch (error) {
      result = { ok: false, message: `Something went wrong: ${(error as Error).message}.` };
    }
    this.message = result.message;
    // The toast goes soon, so as not to cover the text; the live region has announced it by then.
    const shown = result.message;
    if (result.ok) setTimeout(() => this.message === shown && (this.message = ''), TOAST_MS);
    return result;
  }
}
