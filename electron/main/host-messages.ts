import type { HostMessage } from '../../src/shared/api';

/** Messages kept for a page that is not listening yet; older ones beyond this are dropped. */
const MAX_WAITING = 20;

/**
 * Hands the page what the host sends unasked (menu commands, cica:// links),
 * holding each until the page says it listens: a link that arrives while the
 * window loads, or while it reloads, is delivered after, not lost.
 */
export class HostMessenger {
  private listening = false;
  private readonly waiting: HostMessage[] = [];

  constructor(private readonly deliver: (message: HostMessage) => boolean) {}

  send(message: HostMessage): void {
    if (this.listening && this.deliver(message)) return;
    this.waiting.push(message);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
  }

  /** The page has registered its listener: deliver what waited, in order. */
  ready(): void {
    this.listening = true;
    while (this.waiting.length > 0) {
      if (!this.deliver(this.waiting[0]!)) return;
      this.waiting.shift();
    }
  }

  /** The page is going away (navigation, reload, crash): hold messages again. */
  reset(): void {
    this.listening = false;
  }
}
