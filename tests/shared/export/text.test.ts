import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport, exportTargets } from '../../../src/shared/export/build';
import { APP_VERSION } from '../../../src/shared/app';
import { citationFor } from '../../../src/shared/export/citation';
import { plain, type ExportDoc } from '../../../src/shared/export/model';
import { toMarkdown } from '../../../src/shared/export/markdown';
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
      'The lists and counts below are as of September 2001, when the FAQ was published; they are not the present state of CICA.',
    );
    // Both periods: the FAQ, and the sources after it with their web pages.
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Sources: Embassy of the Republic of Kazakhstan, [Frequently asked questions about the ' +
        'Conference on Interaction and Confidence-building Measures in Asia (CICA)], as of ' +
        'September 2001; and compiled for CICA Reference from 149 public web pages, CICA after ' +
        'the 2001 FAQ: post-2001 facts for the offline reference pack, as of September 2025 ' +
        '(the web pages behind each fact after 2001, with publisher, date and URL, are listed ' +
        `under “Sources”). CICA Reference ${APP_VERSION}, data pack ${reference.data.manifest.version}, ` +
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
    // Only a web address, which cannot be broken, stands alone on a longer line.
    for (const line of text.split('\n')) {
      if (!/^\s*https?:\/\/\S+$/.test(line)) expect(line.length, line).toBeLessThanOrEqual(78);
    }
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

describe('exports say no more than the source', () => {
  const flat = (target: string) => exportText(target).replace(/\s+/g, ' ');

  it('heads each membership group with its date and carries the edition note', () => {
    const text = exportText('member-states');
    expect(text.split('\n')[0]).toBe('Member states in September 2001 (16)');
    expect(flat('member-states')).toContain(
      'as of September 2001, when the source was published; they are not the present state of CICA.',
    );
  });

  it('names each body’s role for each document, with its date and source', () => {
    const act = flat('almaty-act');
    expect(act).toContain('Drafted by: Special Working Group [FAQ 18 ¶1]');
    expect(act).toContain(
      'Text completed by: Meeting of the Senior Officials, 4–5 September 2001 [FAQ 26 ¶1]',
    );
    expect(act).toContain(
      'To be signed by: Summit of the heads of state and government (planned for autumn 2001) [FAQ 12 ¶1]',
    );
    expect(act).not.toContain('Body:');
    expect(flat('declaration')).toContain(
      'Adopted by: Meeting of the Ministers of Foreign Affairs, 14 September 1999 [FAQ 22 ¶1]',
    );
  });

  it('does not date a draft’s status to 2001, and marks the app’s own note as such', () => {
    const draft = flat('draft-declaration-mutual-relations');
    expect(draft).toContain(
      'Status: Draft considered by the Special Working Group (the source gives no date)',
    );
    expect(draft).not.toContain('as of September 2001)');
    expect(draft).toContain('Note (not in the source): Probably the draft of the Declaration');
    expect(flat('declaration')).toContain('Status: Adopted and signed (as of September 2001)');
  });

  it('keeps the two bodies apart from the meetings and the planned summit', () => {
    const text = exportText('bodies');
    expect(text.split('\n')[0]).toBe('CICA bodies');
    const headings = text.split('\n').filter((_, i, lines) => /^-+$/.test(lines[i + 1] ?? ''));
    expect(headings.filter((h) => h.endsWith(', as of September 2001'))).toEqual([
      'The two bodies working within the CICA, as of September 2001',
      'Meetings, as of September 2001',
      'The planned summit, as of September 2001',
    ]);
    expect(flat('senior-officials-meeting')).toContain('Kind: Meeting');
    expect(flat('swg')).toContain('Kind: Working body');
  });

  it('says “planned” wherever the autumn 2001 summit is named', () => {
    expect(flat('summit-2001').startsWith('autumn 2001 (planned): ')).toBe(true);
    expect(flat('stage-3')).toContain('autumn 2001 (planned): Summit');
    expect(flat('almaty-act')).toContain('Summit of the heads of state and government (planned');
  });

  it('dates the stages to September 2001, the third then under way', () => {
    const overview = flat('overview');
    expect(overview).toContain('The three stages of the CICA process, as of September 2001');
    expect(overview).toContain('Third stage, under way in September 2001');
  });

  it('labels the figures as the source does, with the normalised value beside the published one', () => {
    const figures = flat('total-area');
    const doc = buildExport(reference, 'total-area')!;
    const markdown = toMarkdown(doc, citationFor(doc, reference.data.manifest, NOW));
    expect(markdown).toContain(
      '| Total area of the territory of the CICA participants | 38,8 million sq. km. (38.8 million km²) |',
    );
    expect(figures).toContain('“CICA participants”');
    expect(figures).toContain('The percentages are ratios as published');
    expect(flat('share-of-asia-territory')).toContain('as a ratio of all the territory');
  });

  it('claims no more about its corrections than is true', () => {
    const overview = flat('overview');
    expect(overview).toContain('The corrections made so far are listed here');
    expect(overview).not.toMatch(/all of them/);
  });

  it('exports the newly structured topics whole', () => {
    expect(flat('what-cica-is')).toContain(
      'is a structure uniting the countries of the Asian continent',
    );
    expect(flat('ideological-basis')).toContain('to be affective [corrected: to be effective]');
    expect(flat('method')).toContain('While preparing for the summit the same formula');
    const science = flat('scientific-wing');
    expect(science).toContain('scientific wing of the Conference');
    expect(science).toContain(
      'In future it is planned to hold the analogous scientific conferences',
    );
    expect(science).toContain('October 1998: International academic conference');
    expect(flat('distinctive-features')).toContain('This is the main function of the CICA');
    expect(flat('complicating-factors')).toContain('Pakistan and India, Israel and Palestine');
  });

  it('says, atop the timeline, as of when each part of it is', () => {
    expect(flat('timeline')).toContain(
      'Events to September 2001 are as the FAQ of September 2001 gives them, in its words; ' +
        'events after it are as sources up to September 2025 give them, each with its sources.',
    );
  });
});

describe('plain-text wrapping', () => {
  it('never starts a line with a spaced hyphen, which would read as a bullet', () => {
    // "members" ends at column 77: the dash after it does not fit on the line.
    const filler = 'word '.repeat(14);
    const doc: ExportDoc = {
      target: 'cg',
      section: 'bodies',
      title: 'T',
      blocks: [
        { kind: 'paragraph', content: plain(`${filler}members - states, which took place`) },
      ],
    };
    const lines = toText(doc, citationFor(doc, reference.data.manifest, NOW)).split('\n');
    expect(lines).toContain('members - states, which took place');
    expect(lines.some((line) => /^\s*-\s/.test(line))).toBe(false);
  });
});
