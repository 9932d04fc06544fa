import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport, exportTargets } from '../../../src/shared/export/build';
import { citationFor } from '../../../src/shared/export/citation';
import { toText } from '../../../src/shared/export/text';
import type { Reference } from '../../../src/shared/reference';
import { loadReference } from '../../helpers/reference';

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

const NOW = new Date('2026-11-28T10:00:00Z');

function exportText(target: string): string {
  const doc = buildExport(reference, target);
  if (!doc) throw new Error(`no export for ${target}`);
  return toText(doc, citationFor(doc, reference.data.manifest, NOW));
}

describe('plain-text export', () => {
  it('lists all 30 participants of the membership with the citation', () => {
    const text = exportText('membership');
    // One table row per participant, each ending with its source list item.
    for (const p of reference.corpus.participants) {
      expect(text).toContain(reference.describeSource(p.source).short);
    }
    expect(text).toContain('Afghanistan');
    expect(text).toContain('Japan');
    expect(text).toContain('Member states in September 2001 (16)');
    expect(text).toContain('Observer states in September 2001 (10)');
    expect(text).toContain('International organizations in September 2001 (4)');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'These lists and counts are as of September 2001, when the source was published; they are not the present state of CICA.',
    );
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Source: Embassy of the Republic of Kazakhstan, [Frequently asked questions about the ' +
        'Conference on Interaction and Confidence-building Measures in Asia (CICA)], as of ' +
        `September 2001. CICA Reference, data pack ${reference.data.manifest.version}, ` +
        'cica://membership (accessed 2026-11-28).',
    );
  });

  it('shows corrections beside the published text', () => {
    const text = exportText('las').replace(/\s+/g, ' ');
    expect(text).toContain(
      'League of the Arabian states [corrected: League of Arab States] (LOG) [corrected: (LAS)]',
    );
    expect(exportText('which-countries-in-the-cica-have-an-observer')).toContain(
      'I. [corrected: 1.] Australia;',
    );
  });

  it('keeps lists as lists and cites each fact’s paragraph', () => {
    const text = exportText('declaration');
    expect(text).toMatch(/^- “non-interference in internal affairs” \[FAQ\s23\s¶2\.5\]$/m);
    expect(text).toContain('Date: 14 September 1999');
  });

  it('aligns tables in columns no wider than 78 characters', () => {
    const text = exportText('membership');
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(78);
    expect(text).toMatch(/^Kyrgyzstan +The Kirghiz Republic +KG +FAQ\s5\s¶2\.9$/m);
  });

  it('exports every section and item, each ending with its deep link', () => {
    for (const target of exportTargets(reference)) {
      const text = exportText(target).replace(/\s+/g, ' ');
      expect(text, target).toMatch(/cica:\/\/[a-z]+(\/[a-z0-9-]+)? \(accessed 2026-11-28\)\. $/);
    }
  });

  it('knows nothing of unknown targets', () => {
    expect(buildExport(reference, 'atlantis')).toBeUndefined();
    expect(buildExport(reference, '')).toBeUndefined();
  });
});
