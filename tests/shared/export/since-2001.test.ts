import { describe, expect, it } from 'vitest';
import { buildExport, buildSearchExport, exportTargets } from '../../../src/shared/export/build';
import { citationFor, citationSentence } from '../../../src/shared/export/citation';
import { toMarkdown } from '../../../src/shared/export/markdown';
import { toText } from '../../../src/shared/export/text';
import { Exporter } from '../../../src/shared/export/render';
import { loadEngine } from '../../helpers/search';
import { loadReference } from '../../helpers/reference';

const reference = await loadReference();
const engine = loadEngine();
const later = reference.corpus.since2001;
const NOW = new Date('2026-11-28T10:00:00Z');

function exported(target: string, format: 'text' | 'markdown' = 'text'): string {
  const doc = buildExport(reference, target);
  if (!doc) throw new Error(`no export for ${target}`);
  const citation = citationFor(doc, reference.data.manifest, NOW);
  return format === 'text' ? toText(doc, citation) : toMarkdown(doc, citation);
}
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The level-2 headings of a text export, in order. */
const headings = (text: string) =>
  text.split('\n').filter((_, i, lines) => /^-{3,}$/.test(lines[i + 1] ?? ''));

const DATASET =
  'compiled for CICA Reference from 149 public web pages, CICA after the 2001 FAQ: ' +
  'post-2001 facts for the offline reference pack, as of September 2025';

describe('the membership, both periods, each group dated', () => {
  const text = exported('membership');

  it('lists the 28 members of today, then the 16, 10 and 4 of September 2001', () => {
    expect(headings(text)).toEqual(
      expect.arrayContaining([
        'Member states today (28), as of September 2025',
        'Member states in September 2001 (16)',
        'Observer states in September 2001 (10)',
        'International organizations in September 2001 (4)',
      ]),
    );
    const today = text.slice(
      text.indexOf('Member states today (28)'),
      text.indexOf('Observers today'),
    );
    const states = later.members.find((r) => r.id === 'members-today')!.states;
    expect(states).toHaveLength(28);
    for (const state of states) expect(today).toMatch(new RegExp(`^${state} {2,}\\S`, 'm'));
    expect(today).toMatch(/^Kuwait +13 October 2022 \[[^\]]+\] +28th$/m);
    expect(today).toMatch(/^Thailand +22 October 2004 \[[^\]]+\] +17th$/m);
    expect(today).toMatch(/^Kazakhstan +first summit$/m);
    expect(text.indexOf('Member states today')).toBeLessThan(
      text.indexOf('Member states in September 2001'),
    );
  });

  it('lists the admissions with their order, date and place, and the observers over time', () => {
    expect(headings(text)).toContain('Admissions after 2001 (12)');
    expect(headings(text)).toContain(
      'Observers today (10 states, 5 organizations), as of September 2025',
    );
    expect(flat(exported('observers-2004-10'))).toContain(
      'As listed October 2004 (before the 2nd ministerial meeting): United States, Japan,',
    );
    expect(exported('membership', 'markdown')).toContain(
      '| October 2004 (before the 2nd ministerial meeting) \\[R1\\] | 9: United States,',
    );
  });

  it('shows where the sources differ, with the reading used', () => {
    expect(flat(text)).toMatch(
      /Year Thailand joined: “Admitted as 17th member .*Reading used: Most sources/,
    );
  });

  it('cites the FAQ and the sources after it, each web page with its URL', () => {
    expect(flat(text)).toContain(
      `Sources: Embassy of the Republic of Kazakhstan, [Frequently asked questions about the Conference on Interaction and Confidence-building Measures in Asia (CICA)], as of September 2001; and ${DATASET}`,
    );
    const kuwait = reference.provenance.sourcesOfFacts(reference.provenance.facts(['AD28']));
    for (const source of kuwait) expect(flat(text)).toContain(`${source.id}: ${source.publisher}`);
    expect(text).toContain(kuwait[0]!.url);
  });
});

describe('the timeline, 1992 to 2026', () => {
  const md = exported('timeline', 'markdown');
  const events = md.split('\n').filter((l) => l.startsWith('## ') && /\d{4}/.test(l));

  it('runs from the proposal of 1992 to the planned Baku summit, in date order', () => {
    expect(md.split('\n')[0]).toBe('# CICA timeline, 1992 to 2026');
    expect(events[0]).toMatch(/^## October 1992: President N\. Nazarbayev/);
    expect(events.at(-1)).toBe(
      '## 2026: Seventh summit (Council of Heads of State or Government), planned',
    );
    const years = events.map((l) => Number(/\b(19|20)\d{2}\b/.exec(l)![0]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(events.length).toBe(reference.corpus.events.length + later.events.length);
  });

  it('keeps the FAQ’s words for the events to 2001 and gives the sources for the later ones', () => {
    expect(md).toContain('\\[FAQ\u00a02\u00a0¶1\\]');
    expect(md).toMatch(
      /## 4 June 2002: First CICA summit\n\nPlace: Almaty\.\n\n- 4 June 2002: First CICA summit held in Almaty/,
    );
    expect(md).toContain('\\[SU1a: C1, O1, CN1, R3\\]');
  });

  it('cites each web page of the events after 2001 by its URL, as text', () => {
    const sources = md.slice(md.indexOf('## Sources'));
    const cited = new Set(
      reference.provenance.facts(later.events.flatMap((e) => e.facts)).flatMap((f) => f.sources),
    );
    for (const source of reference.provenance.sources([...cited])) {
      expect(sources).toContain(`\`${source.url}\``);
    }
    // Markdown never turns a URL into a link: each is a code span.
    expect(sources).not.toMatch(/\]\(http|<http/);
  });
});

describe('the other sections', () => {
  it('opens the overview with CICA today, each line with its sources', () => {
    const text = exported('overview');
    expect(headings(text)[0]).toBe('CICA today, as of September 2025');
    expect(flat(text)).toMatch(
      /Member states: 28, unchanged since Kuwait joined in October 2022 \[[A-Z0-9, ]+\]/,
    );
    expect(flat(text)).toContain('Chair: Azerbaijan, since 17 December 2024, for 2024–2026 [');
    expect(flat(text)).toMatch(/Transformation: .* \[[^\]]*; medium confidence\]/);
    expect(headings(text)).toContain('The three stages of the CICA process, as of September 2001');
  });

  it('gives the bodies after 2001 beside those of September 2001', () => {
    const text = exported('bodies');
    expect(headings(text).slice(0, 4)).toEqual([
      'CICA Secretariat',
      'Heads of the Secretariat',
      'Chairmanship',
      'Other bodies after 2001',
    ]);
    expect(flat(text)).toContain(
      'Continues, as the sources tell it, “Summit of the heads of state and government (planned for autumn 2001)” of the 2001 FAQ.',
    );
    expect(exported('bodies', 'markdown')).toMatch(
      /^\| Azerbaijan \(current as of September 2025\) \| December 2024 – 2026 \(planned\) \\\[AZ1, /m,
    );
  });

  it('gives the documents after 2001, then those of September 2001', () => {
    const text = exported('documents');
    expect(headings(text)).toEqual([
      'Documents after 2001, to September 2025',
      'Documents as of September 2001',
      'Where the sources differ',
      'Sources',
    ]);
    expect(text).toContain('Astana Statement on CICA Transformation (2022)');
    expect(text).toContain(
      'Declaration of principles regulating relations between CICA member states',
    );
  });

  it('compares September 2001 and today point by point, each side with its source', () => {
    const md = exported('compare', 'markdown');
    expect(md.split('\n')[0]).toBe('# CICA then and now: September 2001 and September 2025');
    expect(md).toContain('| Aspect | As of September 2001 | As of September 2025 |');
    expect(md).toMatch(
      /^\| Member states \| 16 \\\[FAQ\u00a05\u00a0¶1[^|]*\\\] \| 28 \\\[[A-Z0-9, ]+\\\] \|$/m,
    );
  });
});

describe('an item after 2001', () => {
  it('carries its facts, their confidence and sources, and a citation naming the sources after 2001', () => {
    const text = flat(exported('admission-kuwait'));
    expect(text.startsWith('Kuwait: 28th member state, admitted 13 October 2022')).toBe(true);
    expect(text).toContain('Order: 28th');
    expect(text).toMatch(/\(High confidence; \d sources from \d independent families\) \[AD28: /);
    expect(text).toContain('KM7: Kazinform, 2022-10-13, https://www.inform.kz/');
    expect(text).toContain(
      `Source: ${DATASET} (the web pages behind each fact after 2001, with publisher, date and URL, are listed under “Sources”).`,
    );
    expect(text).not.toContain('Embassy of the Republic of Kazakhstan');
    expect(text).toContain('cica://membership/admission-kuwait (accessed 2026-11-28).');
  });

  it('gives a point of Then and now both sides, each with its source, and cites both', () => {
    const text = flat(exported('compare-members'));
    expect(text).toContain('September 2001: 16 [FAQ 5 ¶1, FAQ 6 ¶1, FAQ 7 ¶1]');
    expect(text).toMatch(/September 2025: 28 \[[A-Z0-9, ]+\]/);
    expect(text).toContain('Sources: Embassy of the Republic of Kazakhstan');
    expect(text).toContain(`and ${DATASET}`);
  });

  it('says so where a fact has one source only', () => {
    expect(flat(exported('head-jandos-asanov'))).toContain('(Single source; one source) [ED1: ');
  });

  it('dates every line of CICA today', () => {
    expect(exported('today-chair').split('\n')[0]).toBe('CICA today: Chair, as of September 2025');
  });

  it('every export target after 2001 ends with its sources', () => {
    const targets = exportTargets(reference).filter((t) => reference.provenance.isLater(t));
    expect(targets.length).toBeGreaterThan(130);
    for (const target of targets) {
      const text = exported(target);
      expect(text, target).toMatch(/\nSources\n-------\n/);
      // A point of Then and now restates the FAQ beside the later sources: it cites both.
      const cites = target.startsWith('compare-') ? `and ${DATASET}` : `Source: ${DATASET}`;
      expect(flat(text), target).toContain(cites);
    }
  });

  it('leaves the citation of the FAQ’s own items as it was', () => {
    const doc = buildExport(reference, 'declaration')!;
    expect(doc.basis).toBeUndefined();
    expect(citationSentence(citationFor(doc, reference.data.manifest, NOW))).toMatch(
      /^Source: Embassy of the Republic of Kazakhstan, \[Frequently asked questions .*\], as of September 2001\. CICA Reference /,
    );
  });
});

describe('search results say which period each comes from', () => {
  const note = (query: string) => {
    const doc = buildSearchExport(reference, query, engine.search(query, { limit: 10 }));
    return { doc, text: flat(toText(doc, citationFor(doc, reference.data.manifest, NOW))) };
  };

  it('marks the results after 2001 and dates both periods when both are there', () => {
    const { doc, text } = note('how many members');
    expect(doc.basis).toBe('both');
    expect(text).toContain(
      'Results marked “after 2001” come from sources up to September 2025; the others are as of September 2001, when the FAQ was published, not the present state of CICA.',
    );
    expect(text).toContain(
      'Member states today (28), as of September 2025 (Membership, after 2001)',
    );
    expect(text).toContain('(Membership): ');
    expect(text).toContain(`and ${DATASET}.`);
  });

  it('keeps the 2001 note when every result is from the FAQ', () => {
    const { doc, text } = note('fundamental freedoms');
    expect(doc.basis).toBe('faq');
    expect(text).toContain('These results are as of September 2001, when the source was published');
  });
});

describe('the membership as CSV', () => {
  const exporter = new Exporter(reference, engine, () => NOW);
  const save = (target: string) => exporter.forFile({ target, format: 'csv' });

  it('adds today’s members and observers as rows dated 2025-09, each with its web pages', () => {
    const saved = save('membership');
    if (!saved.ok) throw new Error(saved.message);
    const rows = saved.value.content.trimEnd().split('\r\n');
    expect(rows.filter((r) => r.includes('"2001-09"'))).toHaveLength(30);
    const today = rows.filter((r) => r.startsWith('"members-today","member","2025-09"'));
    expect(today).toHaveLength(28);
    expect(today).toContainEqual(
      expect.stringMatching(
        /^"members-today","member","2025-09","Kuwait","Kuwait","KW","","","[A-Z0-9 ]+"$/,
      ),
    );
    expect(rows.filter((r) => r.startsWith('"observers-today",'))).toHaveLength(15);
    expect(saved.value.citation).toContain(
      'The column sources_after_2001 gives the ids of the web pages',
    );
    expect(saved.value.citation).not.toContain('are listed under “Sources”)');
  });

  it('offers a roster of any date on its own, and nothing for other targets', () => {
    const saved = save('observers-2004-10');
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.value.content.trimEnd().split('\r\n').slice(1)).toHaveLength(9);
    expect(saved.value.content).toContain('"observers-2004-10","observer","2004-10","Australia"');
    expect(save('summit-2022').ok).toBe(false);
  });
});
