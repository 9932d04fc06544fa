import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  PreferencesPatchSchema,
  ZOOM_STEPS,
  readPreferences,
  stepZoom,
} from '../../src/shared/preferences';

describe('reading stored preferences', () => {
  it('keeps every valid field', () => {
    expect(readPreferences({ theme: 'dark', zoom: 1.5, lastView: '#/bodies/swg' })).toEqual({
      theme: 'dark',
      zoom: 1.5,
      lastView: '#/bodies/swg',
    });
  });

  it('falls back field by field: a bad field does not cost the good ones', () => {
    expect(readPreferences({ theme: 'purple', zoom: 1.25, lastView: 42 })).toEqual({
      theme: 'system',
      zoom: 1.25,
    });
    expect(readPreferences({ theme: 'light', zoom: 13 })).toEqual({ theme: 'light', zoom: 1 });
  });

  it('gives the defaults for anything that is not a settings object', () => {
    for (const stored of [null, undefined, 'dark', 42, [], ['theme']]) {
      expect(readPreferences(stored)).toEqual(DEFAULT_PREFERENCES);
    }
  });

  it('keeps only a route as the last view, never a script or a remote address', () => {
    for (const lastView of [
      'javascript:alert(1)',
      'https://example.com/',
      '#/x y',
      'x'.repeat(400),
    ]) {
      expect(readPreferences({ lastView }).lastView).toBeUndefined();
    }
  });
});

describe('a change from the page', () => {
  it('accepts known fields with valid values only', () => {
    expect(v.is(PreferencesPatchSchema, { theme: 'light' })).toBe(true);
    expect(v.is(PreferencesPatchSchema, { zoom: 1.1, lastView: '#/faq' })).toBe(true);
    expect(v.is(PreferencesPatchSchema, { zoom: 1.05 })).toBe(false);
    expect(v.is(PreferencesPatchSchema, { theme: 'light', extra: 1 })).toBe(false);
  });
});

describe('text size steps', () => {
  it('steps up and down through the table and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.75, 0)).toBe(1);
    expect(stepZoom(ZOOM_STEPS.at(-1)!, 1)).toBe(ZOOM_STEPS.at(-1));
    expect(stepZoom(ZOOM_STEPS[0], -1)).toBe(ZOOM_STEPS[0]);
  });
});
