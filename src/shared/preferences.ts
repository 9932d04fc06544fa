import * as v from 'valibot';

/** What the reader chooses and finds again at the next start. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Text sizes the zoom steps through, as a factor of the default (100%). */
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export interface Preferences {
  theme: Theme;
  zoom: number;
  /** The last view, as a route hash (`#/documents/declaration`), restored at start. */
  lastView?: string;
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', zoom: 1 };

const FIELDS = {
  theme: v.picklist(THEMES),
  zoom: v.pipe(
    v.number(),
    v.check((zoom) => (ZOOM_STEPS as readonly number[]).includes(zoom)),
  ),
  lastView: v.pipe(v.string(), v.maxLength(300), v.regex(/^#\/[^\s]*$/)),
};

/** A change sent by the renderer: each field optional, each one checked. */
export const PreferencesPatchSchema = v.strictObject({
  theme: v.optional(FIELDS.theme),
  zoom: v.optional(FIELDS.zoom),
  lastView: v.optional(FIELDS.lastView),
});
export type PreferencesPatch = v.InferOutput<typeof PreferencesPatchSchema>;

/**
 * Reads stored preferences field by field: a field that is missing or wrong
 * (a hand-edited or half-written file) falls back to its default and the
 * others are kept.
 */
export function readPreferences(stored: unknown): Preferences {
  const record =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const preferences: Preferences = { ...DEFAULT_PREFERENCES };
  const theme = v.safeParse(FIELDS.theme, record['theme']);
  if (theme.success) preferences.theme = theme.output;
  const zoom = v.safeParse(FIELDS.zoom, record['zoom']);
  if (zoom.success) preferences.zoom = zoom.output;
  const lastView = v.safeParse(FIELDS.lastView, record['lastView']);
  if (lastView.success) preferences.lastView = lastView.output;
  return preferences;
}

/** The next zoom step in a direction (+1 larger, -1 smaller), or the default for 0. */
export function stepZoom(zoom: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return 1;
  const steps = ZOOM_STEPS as readonly number[];
  const next =
    direction > 0 ? steps.find((s) => s > zoom) : [...steps].reverse().find((s) => s < zoom);
  return next ?? zoom;
}
