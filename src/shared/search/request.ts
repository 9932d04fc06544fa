import * as v from 'valibot';
import { SECTIONS } from '../sections';
import { MAX_QUERY_LENGTH, type SearchOptions } from './results';

const OptionsSchema = v.optional(
  v.strictObject({
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500))),
    section: v.optional(v.picklist(SECTIONS.map((s) => s.id))),
  }),
);

/**
 * Checks a search request that crossed a trust boundary (IPC): anything that
 * is not a string query and known options is refused before it reaches the
 * engine; an over-long query is cut, not refused.
 */
export function parseSearchRequest(
  query: unknown,
  options: unknown,
): { ok: true; query: string; options: SearchOptions } | { ok: false; message: string } {
  if (typeof query !== 'string') return { ok: false, message: 'the query must be a string' };
  const parsed = v.safeParse(OptionsSchema, options);
  if (!parsed.success)
    return { ok: false, message: `invalid search options: ${parsed.issues[0]!.message}` };
  return { ok: true, query: query.slice(0, MAX_QUERY_LENGTH), options: parsed.output ?? {} };
}
