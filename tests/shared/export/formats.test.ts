import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../src/shared/export/data';
import { toHtmlDocument, toHtmlFragment } from '../../../src/shared/export/html';
import { escapeMarkdown, toMarkdown } from '../../../src/shared/export/markdown';
import type { Citation } from '../../../src/shared/export/citation';
import type { ExportDoc } from '../../../src/shared/export/model';
import { toText } from '../../../src/shared/export/text';
import type { Erratum, Participant } from '../../../src/shared/corpus/schema';

const citation: Citation = {
  publisher: 'Embassy of the Republic of Kazakhstan',
  title: '[FAQ]',
  edition: 'as of September 2001',
  appName: 'CICA Reference',
  appVersion: '1.2.3',
  packVersion: 'abc123def456',
  deepLink: 'cica://membership',
  accessed: '2026-11-28',
};

const erratum: Erratum = {
  id: 'e',
  published: 'LOG',
  corrected: 'LAS',
  note: 'wrong abbreviation',
  where: { entry: 'x', paragraph: 1 },
};

const HOSTILE = `<script>alert("x")</script> & 'quotes' | *stars* _under_ # not a heading`;

const doc: ExportDoc = {
  target: 'membership',
  section: 'membership',
  title: 'Members <& friends>',
  blocks: [
    { kind: 'heading', level: 2, text: '# Group | one' },
    { kind: 'paragraph', content: { segments: [{ text: HOSTILE }], source: 'FAQ 1 ¶1' } },
    {
      kind: 'list',
      ordered: true,
      items: [
        {
          marker: { text: 'I.', erratum: { ...erratum, published: 'I.', corrected: '1.' } },
          content: { segments: [{ text: 'Australia;' }] },
        },
        { marker: { text: '2.' }, content: { segments: [{ text: 'Japan' }] } },
      ],
    },
    {
      kind: 'table',
      columns: [{ label: 'Name' }, { label: 'Count', numeric: true }],
      rows: [
        [
          { segments: [{ text: 'League (' }, { text: 'LOG', erratum }, { text: ')' }] },
          { segments: [{ text: '4' }] },
        ],
        [{ segments: [{ text: 'a | b' }] }, { segments: [{ text: '16' }] }],
      ],
    },
  ],
};

describe('HTML', () => {
  const html = toHtmlFragment(doc, citation);

  it('escapes <, &, quotes in everything it writes', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;',
    );
    expect(html).toContain('<h1>Members &lt;&amp; friends&gt;</h1>');
  });

  it('makes tables real tables, lists real lists, corrections visible', () => {
    expect(html).toContain(
      '<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>Name</th><th align="right">Count</th></tr></thead>',
    );
    expect(html).toContain(
      '<td>League (LOG <em>[corrected: LAS]</em>)</td><td align="right">4</td>',
    );
    // The list numbers the item 1. itself: the published "I." is noted, not repeated as a number.
    expect(html).toContain('<ol><li><em>[published: I.]</em> Australia;</li><li>Japan</li></ol>');
    expect(html).not.toContain('I. <em>[corrected: 1.]</em>');
  });

  it('ends with the citation, and has no style attribute a strict CSP would block', () => {
    expect(html).toMatch(
      /<footer><p><small>Source: Embassy of the Republic of Kazakhstan, \[FAQ\], as of September 2001\. CICA Reference 1\.2\.3, data pack abc123def456, cica:\/\/membership \(accessed 2026-11-28\)\.<\/small><\/p><\/footer>\n<\/article>$/,
    );
    expect(html).not.toMatch(/style=/);
  });

  it('makes a whole document for saving', () => {
    const page = toHtmlDocument(doc, citation);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Members &lt;&amp; friends&gt; — CICA Reference</title>');
  });
});

describe('Markdown', () => {
  const md = toMarkdown(doc, citation);

  it('escapes |, *, _ and a leading #', () => {
    expect(escapeMarkdown('a | b *c* _d_')).toBe('a \\| b \\*c\\* \\_d\\_');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(md).toContain('## \\# Group \\| one');
    expect(md).toContain(
      '\\<script\\>alert("x")\\</script\\> & \'quotes\' \\| \\*stars\\* \\_under\\_ # not a heading \\[FAQ 1 ¶1\\]',
    );
  });

  it('writes tables as GFM tables with escaped pipes and right-aligned numbers', () => {
    expect(md).toContain(
      '| Name | Count |\n| --- | ---: |\n| League (LOG \\[corrected: LAS\\]) | 4 |\n| a \\| b | 16 |',
    );
  });

  it('notes a published list number that differs, without a second number', () => {
    expect(md).toContain('1. \\[published: I.\\] Australia;\n2. Japan');
    expect(md).not.toContain('1. I.');
  });

  it('keeps a differing published number with its correction when the list numbers otherwise', () => {
    const shifted: ExportDoc = {
      ...doc,
      blocks: [
        {
          kind: 'list',
          ordered: true,
          items: [
            { content: { segments: [{ text: 'first' }] } },
            {
              marker: { text: 'I.', erratum: { ...erratum, published: 'I.', corrected: '1.' } },
              content: { segments: [{ text: 'second' }] },
            },
          ],
        },
      ],
    };
    expect(toMarkdown(shifted, citation)).toContain('2. I. \\[corrected: 1\\.\\] second');
  });

  it('starts with the title and ends with the citation', () => {
    expect(md.startsWith('# Members \\<& friends\\>\n')).toBe(true);
    expect(md.trimEnd().endsWith('cica://membership (accessed 2026-11-28).')).toBe(true);
  });
});

describe('plain text', () => {
  it('aligns table columns, numbers to the right', () => {
    const text = toText(doc, citation);
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('Name '));
    expect(lines.slice(header, header + 4)).toEqual([
      'Name                           Count',
      '-----------------------------  -----',
      'League (LOG [corrected: LAS])      4',
      'a | b                             16',
    ]);
    expect(text).toContain('I. [corrected: 1.] Australia;');
  });
});

describe('a web address after a source', () => {
  const url = 'https://example.org/a_b?x=1&y=<z>#`c`';
  const sourced: ExportDoc = {
    target: 'summit-2002',
    section: 'timeline',
    title: 'T',
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: [{ content: { segments: [{ text: 'C1: CICA Secretariat, ' }], url } }],
      },
    ],
  };

  it('is a code span in Markdown: shown exactly, never a link', () => {
    // One backtick more than the longest run inside; padded, as it ends with one.
    expect(toMarkdown(sourced, citation)).toContain(`- C1: CICA Secretariat, \`\` ${url} \`\``);
    const plainUrl = {
      ...sourced,
      blocks: [
        {
          ...sourced.blocks[0]!,
          items: [{ content: { segments: [{ text: 'C1, ' }], url: 'https://a.org/x_y' } }],
        } as ExportDoc['blocks'][number],
      ],
    };
    expect(toMarkdown(plainUrl, citation)).toContain('- C1, `https://a.org/x_y`');
  });

  it('is escaped text in HTML and plain text in text', () => {
    expect(toHtmlFragment(sourced, citation)).toContain(
      '<li>C1: CICA Secretariat, <code>https://example.org/a_b?x=1&amp;y=&lt;z&gt;#`c`</code></li>',
    );
    expect(toText(sourced, citation)).toContain(`- C1: CICA Secretariat, ${url}`);
  });
});

describe('Markdown: nothing in the text becomes structure or a link', () => {
  it('escapes setext heading underlines, so a line under text stays text', () => {
    expect(escapeMarkdown('Title\n===')).toBe('Title\n\\===');
    expect(escapeMarkdown('Title\n  ---')).toBe('Title\n  \\---');
  });

  it('escapes bare URLs and e-mail addresses (GitHub autolinks)', () => {
    expect(escapeMarkdown('see https://evil.example/x and www.evil.example')).toBe(
      'see https\\://evil.example/x and www\\.evil.example',
    );
    expect(escapeMarkdown('HTTP://A.B, ftp://c, mailto:x and me@evil.example')).toBe(
      'HTTP\\://A.B, ftp\\://c, mailto\\:x and me\\@evil.example',
    );
  });

  it('leaves ordinary words alone', () => {
    expect(escapeMarkdown('Almaty, 14 September 1999: www and http')).toBe(
      'Almaty, 14 September 1999: www and http',
    );
  });
});

describe('JSON and CSV', () => {
  const participant: Participant = {
    id: 'las',
    kind: 'organization',
    publishedName: 'League of the "Arabian" states, (LOG)',
    shortName: 'League of Arab States',
    abbreviation: 'LAS',
    aliases: [],
    source: { entry: 'orgs', paragraph: 2, item: 3 },
  };

  it('JSON carries the content, the data and the citation', () => {
    const data = JSON.parse(toJson(doc, citation, [participant]));
    expect(data.participants[0].id).toBe('las');
    expect(data.content).toHaveLength(4);
    expect(data.citation.text).toMatch(/^Source: Embassy/);
  });

  it('CSV is a header and one row per participant, each status dated, no citation row', () => {
    const csv = toCsv([participant], { date: '2001-09', label: 'September 2001' }, [
      {
        id: 'members-today',
        status: 'member',
        asOf: '2025-09',
        name: 'Kuwait',
        iso2: 'KW',
        sources: ['KM7', 'O11'],
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '"id","status","status_as_of","short_name","name_as_published","iso_3166","abbreviation","source_faq_entry","sources_after_2001"',
      '"las","organization","2001-09","League of Arab States","League of the ""Arabian"" states, (LOG)","","LAS","orgs",""',
      '"members-today","member","2025-09","Kuwait","Kuwait","KW","","","KM7 O11"',
      '',
    ]);
    expect(csv).not.toContain('Source:');
  });

  it('CSV neutralises cells a spreadsheet would run as a formula (OWASP)', () => {
    const hostile: Participant = {
      ...participant,
      id: '=HYPERLINK("http://evil.example","x")',
      shortName: '+1+1',
      publishedName: '-2+3',
      abbreviation: '@SUM(A1)',
      iso2: '\t=1' as never,
    };
    const row = toCsv([hostile], { date: '2001-09', label: 'September 2001' }).split('\r\n')[1];
    expect(row).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")","organization","2001-09","\'+1+1","\'-2+3","\'\t=1","\'@SUM(A1)","orgs",""',
    );
  });
});
