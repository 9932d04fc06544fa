import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reference } from '../../../src/shared/reference';
import {
  buildBrief,
  briefToHtml,
  briefToMarkdown,
  fileStem,
} from '../../../src/shared/tools/brief';
import { briefToDocx } from '../../../src/shared/tools/brief-docx';
import type { Dossier } from '../../../src/shared/tools/places';
import { loadReference } from '../../helpers/reference';

const NOW = new Date('2026-11-28T10:00:00Z');
const ADDED = '2026-11-01T09:00:00.000Z';
const DECLARATION = 'Declaration of principles regulating relations between CICA member states';

const dossier: Dossier = {
  title: 'Talking points: Almaty <&> “quoted”\u0001',
  pieces: [
    { target: 'cg', title: 'Contact Group', added: ADDED },
    { target: 'declaration', title: DECLARATION, added: ADDED },
    {
      target: 'when-and-where-the-cica-initiative-was-put',
      anchor: '1',
      title: 'FAQ 2',
      added: ADDED,
    },
    { target: 'secretariat-2006', title: 'CICA Secretariat', added: ADDED },
  ],
};

/** Where each string first appears in the text, in the order given; -1 when absent. */
const positions = (text: string, parts: string[]) => parts.map((part) => text.indexOf(part));

let reference: Reference;
beforeAll(async () => {
  reference = await loadReference();
});

describe('the dossier as one brief', () => {
  it('numbers the pieces and gives each reference once, at the end, in order', () => {
    const brief = buildBrief(reference, dossier, NOW);
    expect(brief.pieces.map((p) => [p.number, p.title, p.missing])).toEqual([
      [1, 'Contact Group', false],
      [2, DECLARATION, false],
      [
        3,
        'When and where the CICA initiative was put forward for the first time? (FAQ\u00a02\u00a0¶1)',
        false,
      ],
      [4, 'CICA Secretariat', true],
    ]);
    expect(brief.references.map((r) => r.text.match(/cica:\/\/\S+/)?.[0])).toEqual([
      'cica://bodies/cg',
      'cica://documents/declaration',
      'cica://faq/when-and-where-the-cica-initiative-was-put',
      undefined,
    ]);
    expect(brief.references[3]!.text).toMatch(
      /^“CICA Secretariat”, added 2026-11-01: not in data pack/,
    );
    expect(brief.fileStem).toBe('talking-points-almaty-quoted');
  });

  it('makes a file name from any title', () => {
    expect(fileStem('  ')).toBe('cica-dossier');
    expect(fileStem('Брифинг')).toBe('cica-dossier');
    expect(fileStem('Réunion à Almaty, 1999')).toBe('reunion-a-almaty-1999');
    expect(fileStem('a'.repeat(100))).toHaveLength(60);
  });

  it('writes Markdown and HTML with the pieces, then the references', () => {
    const brief = buildBrief(reference, dossier, NOW);
    const markdown = briefToMarkdown(brief);
    const order = positions(markdown, [
      '## Contact Group \\[1\\]',
      `## ${DECLARATION} \\[2\\]`,
      'presented the idea on convocation',
      '## CICA Secretariat \\[4\\]',
      '## References',
      '1. Source:',
      '4. “CICA Secretariat”',
    ]);
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const html = briefToHtml(brief);
    expect(html).toContain('<h1>Talking points: Almaty &lt;&amp;&gt; “quoted”\u0001</h1>');
    expect(html).not.toContain('<&>');
  });
});

describe('the .docx writer', () => {
  it('writes a zip whose word/document.xml holds the pieces and the references in order', async () => {
    const bytes = await briefToDocx(buildBrief(reference, dossier, NOW));
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml']),
    );
    const xml = strFromU8(files['word/document.xml']!);
    // Well-formed for Word: the title's markup escaped, the control character dropped.
    expect(xml).toContain('Talking points: Almaty &lt;&amp;&gt; “quoted”</w:t>');
    expect(xml).not.toContain('\u0001');
    const text = xml.replace(/<[^>]+>/g, '');
    const order = positions(text, [
      'Talking points: Almaty',
      'Compiled on 2026-11-28',
      'Contact Group',
      'The Contact group was created under the initiative of Kazakhstan',
      DECLARATION,
      'sovereign equality',
      'When and where the CICA initiative was put forward',
      'presented the idea on convocation of the CICA',
      'CICA Secretariat',
      'This piece is not in the data pack',
      'References',
      'cica://bodies/cg',
      'cica://documents/declaration',
      'cica://faq/when-and-where-the-cica-initiative-was-put',
      '“CICA Secretariat”, added 2026-11-01',
    ]);
    expect(
      order.every((at) => at >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Corrections stay beside the text as published, in italics.
    expect(xml).toMatch(/<w:i\/>.*?<w:t[^>]*> \[corrected: of CICA\]<\/w:t>/s);
    // The references are a numbered list of Word's own.
    expect(xml.match(/<w:numId w:val="\d+"\/>/g)!.length).toBeGreaterThanOrEqual(4);
  });
});

describe('a dossier with pieces after 2001', () => {
  const later: Dossier = {
    title: 'CICA today',
    pieces: [
      { target: 'admission-kuwait', title: 'Kuwait', added: ADDED },
      { target: 'declaration', title: DECLARATION, added: ADDED },
    ],
  };

  it('names both sources in its lead, and cites each piece by its own', () => {
    const brief = buildBrief(reference, later, NOW);
    expect(brief.lead).toContain('CICA as of September 2001; and from “CICA after the 2001 FAQ');
    expect(brief.lead).toContain('CICA after 2001, as of September 2025');
    expect(brief.lead).not.toContain('not its present state');
    expect(brief.references[0]!.text).toMatch(
      /^Source: compiled for CICA Reference from 149 public web pages, .*, as of September 2025 \(the web pages behind each fact after 2001/,
    );
    expect(brief.references[1]!.text).toMatch(/^Source: Embassy of the Republic of Kazakhstan/);
    // Only the FAQ: the lead says so, as before.
    const faqOnly = buildBrief(reference, { title: 'x', pieces: later.pieces.slice(1) }, NOW);
    expect(faqOnly.lead).toContain('CICA as of September 2001, not its present state.');
  });

  it('gives each web page of a piece with its URL, in Markdown and in Word', async () => {
    const brief = buildBrief(reference, later, NOW);
    const kuwait = reference.provenance.sourcesOfFacts(reference.provenance.facts(['AD28']));
    const markdown = briefToMarkdown(brief);
    expect(markdown).toContain('### Sources');
    for (const source of kuwait) expect(markdown).toContain(`\`${source.url}\``);
    const xml = strFromU8(unzipSync(await briefToDocx(brief))['word/document.xml']!);
    for (const source of kuwait) expect(xml).toContain(source.url.replace(/&/g, '&amp;'));
  });
});
