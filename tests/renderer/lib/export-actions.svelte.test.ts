// Copy and save as the reader meets them: what is said, what is offered when
// a copy fails, and a toast that goes without covering the text for long.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportActions } from '../../../src/renderer/lib/export-actions.svelte';
import type { ActionResult } from '../../../src/shared/api';

const answer = (result: ActionResult | Error) => async () => {
  if (result instanceof Error) throw result;
  return result;
};

describe('ExportActions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says what was copied, then takes the toast down after a few seconds', async () => {
    const actions = new ExportActions({
      copy: answer({ ok: true, message: 'Copied Contact Group as rich text' }),
      save: answer({ ok: true, message: '' }),
    });
    await actions.copy({ target: 'cg' });
    expect(actions.message).toBe('Copied Contact Group as rich text');
    vi.advanceTimersByTime(3_999);
    expect(actions.message).toBe('Copied Contact Group as rich text');
    vi.advanceTimersByTime(1);
    expect(actions.message).toBe('');
  });

  it('keeps a failed copy, offering to save it instead, until it is dealt with', async () => {
    const actions = new ExportActions({
      copy: answer({ ok: false, message: 'Could not copy Contact Group (locked).' }),
      save: answer({ ok: false, cancelled: true, message: 'Not saved.' }),
    });
    await actions.copy({ target: 'cg' }, 'markdown');
    expect(actions.message).toBe(
      'Could not copy Contact Group (locked). You can save it to a file instead.',
    );
    expect(actions.failedCopy).toEqual({ target: 'cg' });
    actions.dismiss();
    vi.advanceTimersByTime(10_000);
    expect(actions.message).not.toBe('');
    // Saving instead, then cancelling the dialog: nothing more to say.
    await actions.save({ target: 'cg' }, 'markdown');
    expect(actions.failedCopy).toBeUndefined();
    expect(actions.message).toBe('');
  });

  it('words an error thrown on the way', async () => {
    const actions = new ExportActions({
      copy: answer(new Error('the host went away')),
      save: answer({ ok: true, message: '' }),
    });
    await actions.copy({ target: 'faq' });
    expect(actions.message).toBe(
      'Something went wrong: the host went away. You can save it to a file instead.',
    );
  });
});
