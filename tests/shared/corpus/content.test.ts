import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/corpus/dates';
import type { Corpus } from '../../../src/shared/corpus/schema';
import type { Reference } from '../../../src/shared/reference';
import { loadReference } from '../../helpers/reference';
import { sourceText } from '../../helpers/source';

// Facts checked against the source by hand: if the corpus drifts from what
// the FAQ says, these fail.
let reference: Reference;
let corpus: Corpus;
beforeAll(async () => {
  reference = await loadReference();
  corpus = reference.corpus;
});

const names = (kind: string) =>
  corpus.participants.filter((p) => p.kind === kind).map((p) => p.publishedName);

describe('membership', () => {
  it('lists the 16 member states as published, in the source’s order', () => {
    expect(names('member')).toEqual([
      'The Islamic State of Afghanistan',
      'The Azerbaijan Republic',
      'The Arabian Republic Egypt',
      'The Republic of India',
      'The State of Israel',
      'The Islamic Republic of Iran',
      'The Republic of Kazakhstan',
      "The Chinese People's Republic",
      'The Kirghiz Republic',
      "The Mongolian People's Republic",
      'The Islamic Republic of Pakistan',
      'The Palestine State',
      'The Russian Federation',
      'The Republic of Tajikistan',
      'The Turkish Republic',
      'The Republic of Uzbekistan',
    ]);
  });

  it('lists the 10 observers and 4 organizations as published', () => {
    expect(names('observer')).toEqual([
      'Australia',
      'The Socialist Republic of Vietnam',
      'The Republic of Indonesia',
      'The Republic of Korea',
      'The Lebanese Republic',
      'Malaysia',
      'The United States of America',
      'The Kingdom of Thailand',
      'Ukraine',
      'Japan',
    ]);
    expect(names('organization')).toEqual([
      'The United Nations (UN)',
      'The Organization of Security and Cooperation in Europe (OSCE)',
      'League of the Arabian states (LOG)',
      'Central - Asian Economic community (CAEC)',
    ]);
  });

  it('gives every state its ISO 3166 code', () => {
    const codes = Object.fromEntries(
      corpus.participants.filter((p) => p.iso2).map((p) => [p.shortName, p.iso2]),
    );
    expect(codes).toMatchObject({
      Afghanistan: 'AF',
      Azerbaijan: 'AZ',
      Egypt: 'EG',
      India: 'IN',
      Israel: 'IL',
      Iran: 'IR',
      Kazakhstan: 'KZ',
      China: 'CN',
      Kyrgyzstan: 'KG',
      Mongolia: 'MN',
      Pakistan: 'PK',
      Palestine: 'PS',
      Russia: 'RU',
      Tajikistan: 'TJ',
      Turkey: 'TR',
      Uzbekistan: 'UZ',
      Australia: 'AU',
      Vietnam: 'VN',
      Indonesia: 'ID',
      Lebanon: 'LB',
      Malaysia: 'MY',
      'United States': 'US',
      Thailand: 'TH',
      Ukraine: 'UA',
      Japan: 'JP',
    });
    expect(Object.keys(codes)).toHaveLength(26);
  });

  it('keeps the differing counts as counts at different dates', () => {
    const byId = Object.fromEntries(corpus.counts.map((c) => [c.id, c]));
    expect(byId['count-first-stage']).toMatchObject({
      members: 15,
      observers: 9,
      organizations: 4,
    });
    expect(byId['count-september-2001']).toMatchObject({
      members: 16,
      observers: 10,
      organizations: 4,
    });
    // The present-day count agrees with the lists.
    expect([
      names('member').length,
      names('observer').length,
      names('organization').length,
    ]).toEqual([16, 10, 4]);
  });

  it('lets readers find states by the names they use', () => {
    const aliases = (id: string) => {
      const p = corpus.participants.find((x) => x.id === id)!;
      return [p.shortName, ...p.aliases];
    };
    expect(aliases('kg')).toContain('Kyrgyz Republic');
    expect(aliases('las')).toContain('Arab League');
    expect(aliases('kr')).toContain('South Korea');
  });
});

describe('bodies, documents and events', () => {
  const date = (facts: { date?: Parameters<typeof formatDate>[0] }[]) =>
    facts.filter((f) => f.date).map((f) => formatDate(f.date!));

  it('dates the bodies at the precision the source gives', () => {
    const body = (id: string) => corpus.bodies.find((b) => b.id === id)!;
    expect(date(body('swg').facts)).toEqual(['October 1994', 'March 1995', 'June 2001']);
    expect(date(body('cg').facts)).toContain('3 December 1997');
    expect(date(body('senior-officials-meeting').facts)).toContain('4–5 September 2001');
    expect(date(body('summit').facts)).toContain('autumn 2001');
  });

  it('records the Declaration with its date, place, body and eight principles', () => {
    const declaration = corpus.documents.find((d) => d.id === 'declaration')!;
    expect(formatDate(declaration.date!)).toBe('14 September 1999');
    expect(declaration.place).toBe('Almaty');
    expect(declaration.roles.map((r) => [r.role, r.body, formatDate(r.date!)])).toEqual([
      ['adopted by', 'ministers-meeting', '14 September 1999'],
      ['signed by', 'ministers-meeting', '14 September 1999'],
    ]);
    expect(declaration.principles!.map((p) => p.quote)).toEqual([
      'sovereign equality, respect of the rights inherent in the sovereignty',
      'non-use of force or threat force',
      'territorial integrity of member-states',
      'peaceful settlement of disputes',
      'non-interference in internal affairs',
      'disarmament and arms control',
      'economic, social and cultural cooperation',
      'human rights and principal liberties',
    ]);
  });

  it('has every document the source names', () => {
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(
      [
        'almaty-act',
        'declaration',
        'draft-declaration-mutual-relations',
        'draft-rules-of-procedure',
        'draft-structure-and-institutes',
        'resolution',
        'statement-kyrgyz',
      ].sort(),
    );
  });

  it('puts every dated event on the timeline, the summit as planned', () => {
    const events = corpus.events.map((e) => [formatDate(e.date), e.planned]);
    expect(events).toEqual([
      ['October 1992', false],
      ['October 1994', false],
      ['March 1995', false],
      ['3 December 1997', false],
      ['October 1998', false],
      ['14 September 1999', false],
      ['June 2000', false],
      ['June 2001', false],
      ['4–5 September 2001', false],
      ['autumn 2001', true],
    ]);
  });

  it('finds each event’s date in the words it quotes', () => {
    for (const event of corpus.events) {
      const year = event.date.start.slice(0, 4);
      expect(event.statements.map((s) => s.quote).join(' '), event.id).toContain(year);
    }
  });
});

describe('errata', () => {
  it('corrects the misprints the source README names, beside the published text', () => {
    const pairs = corpus.errata.map((e) => [e.published, e.corrected]);
    expect(pairs).toContainEqual(['I.', '1.']);
    expect(pairs).toContainEqual(['(LOG)', '(LAS)']);
    expect(pairs).toContainEqual(['ofCICA', 'of CICA']);
    expect(pairs).toContainEqual([
      'Organization of Security and Cooperation in Europe',
      'Organization for Security and Co-operation in Europe',
    ]);
  });

  it('only corrects text the source really has', () => {
    const source = sourceText();
    for (const erratum of corpus.errata) expect(source).toContain(erratum.published);
  });
});

describe('what each body did with each document', () => {
  const roles = (id: string) =>
    corpus.documents
      .find((d) => d.id === id)!
      .roles.map((r) => `${r.role} ${r.body}${r.date ? ` ${formatDate(r.date)}` : ''}`);

  it('the Almaty act: drafted by the SWG, completed by the Senior Officials, to be signed at the summit', () => {
    expect(roles('almaty-act')).toEqual([
      'drafted by swg',
      'text completed by senior-officials-meeting 4–5 September 2001',
      'to be signed by summit',
    ]);
  });

  it('the 1999 documents: adopted by the Ministers on 14 September 1999', () => {
    for (const id of ['declaration', 'resolution', 'statement-kyrgyz']) {
      expect(roles(id), id).toContain('adopted by ministers-meeting 14 September 1999');
    }
  });

  it('the three drafts: considered by the SWG, undated, their status not dated to 2001', () => {
    for (const d of corpus.documents.filter((x) => x.kind === 'draft')) {
      expect(roles(d.id), d.id).toEqual(['considered by swg']);
      expect(d.statusAsOfEdition, d.id).toBe(false);
      expect(d.status, d.id).toContain('the source gives no date');
    }
  });

  it('links the draft declaration to the 1999 Declaration as its probable draft, saying the source does not state it', () => {
    const draft = corpus.documents.find((d) => d.id === 'draft-declaration-mutual-relations')!;
    expect(draft.related.documents).toEqual(['declaration']);
    expect(draft.note).toMatch(/^Probably the draft of the Declaration of principles/);
    expect(draft.note).toContain('the source does not say so');
  });

  it('names the autumn 2001 summit as planned', () => {
    expect(corpus.bodies.find((b) => b.id === 'summit')!.name).toContain('planned');
    expect(corpus.events.find((e) => e.id === 'summit-2001')!.planned).toBe(true);
  });

  it('labels each fact by what it says: the summit’s preparation, the act’s name', () => {
    const aspect = (items: { facts: { aspect: string; quote: string }[] }[], start: string) =>
      items.flatMap((x) => x.facts).find((f) => f.quote.startsWith(start))!.aspect;
    expect(aspect(corpus.bodies, 'While preparing for the summit')).toBe('preparation');
    expect(aspect(corpus.documents, 'Upon the results of a seminar')).toBe('preparation');
    expect(aspect(corpus.documents, 'The representatives of all the CICA')).toBe('name');
  });
});

describe('corrections of the translation', () => {
  const corrected = (published: string) =>
    corpus.errata.find((e) => e.published === published)?.corrected;

  it.each([
    ['the exclusive circle', 'the vicious circle'],
    ['principal liberties', 'fundamental freedoms'],
    ['measurement of security', 'dimension of security'],
    ["The Mongolian People's Republic", 'Mongolia'],
    ['threat force', 'threat of force'],
    ['CICA calling', 'CICA convening'],
    ['trust measures', 'confidence-building measures'],
    ['will be prolonged before summit', 'will last until the summit'],
    [
      'were considered at the meeting of Ministers for Foreign Affairs of CICA member-states',
      'at the meeting of Ministers for Foreign Affairs of CICA member-states, were considered',
    ],
  ])('“%s” reads “%s”', (published, correction) => {
    expect(corrected(published)).toBe(correction);
  });

  it('calls a correction of spacing or case alone no misspelling', () => {
    const letters = (s: string) => s.replace(/[\s-]/g, '').toLowerCase();
    for (const e of corpus.errata.filter((x) => letters(x.published) === letters(x.corrected))) {
      expect(e.note, e.id).not.toMatch(/spelling/);
    }
  });

  it('gives search aliases for the source’s words for security and confidence-building', () => {
    const aliases = Object.fromEntries(corpus.termAliases.map((a) => [a.term, a.aliases]));
    expect(aliases['safety']).toContain('security');
    expect(aliases['principal liberties']).toContain('fundamental freedoms');
    expect(aliases['trust measures']).toContain('confidence-building measures');
  });
});

describe('nothing of the FAQ left only in the FAQ tab', () => {
  it('has every sentence of every answer in a structured item (the figures’ paragraph as figures)', () => {
    const quotes = [
      ...corpus.counts.flatMap((c) => c.statements),
      ...[...corpus.bodies, ...corpus.documents].flatMap((x) => x.facts),
      ...corpus.documents.flatMap((d) => [...(d.principles ?? []), ...d.roles]),
      ...corpus.events.flatMap((e) => e.statements),
      ...corpus.stages.flatMap((s) => s.statements),
      ...corpus.topics.flatMap((t) => [t.intro, ...t.points, t.closing]),
    ]
      .filter((q) => q !== undefined)
      .map((q) => q.quote);
    const structured = [...quotes, ...corpus.participants.map((p) => p.publishedName)].join('\n');
    const missing: string[] = [];
    for (const entry of reference.data.faq.entries) {
      if (entry.id === 'what-is-the-geographical-scope-of-the-cica') continue;
      for (const block of entry.blocks) {
        const texts = block.kind === 'paragraph' ? [block.text] : block.items.map((i) => i.text);
        for (const sentence of texts.flatMap((t) => t.split(/(?<=[.:;])\s+(?=[A-Z«])/))) {
          const core = sentence.replace(/[.;:,]+$/, '');
          if (!structured.includes(core)) missing.push(`FAQ ${entry.number}: ${core}`);
        }
      }
    }
    expect(missing).toEqual([]);
    const figures = corpus.figures.map((f) => f.published);
    expect(figures).toEqual(['38,8 million sq. km.', '89%', '72%', '2,8 billion', '45%']);
  });

  it('keeps each overview point whole, examples and operative sentences included', () => {
    const points = (id: string) =>
      corpus.topics
        .find((t) => t.id === id)!
        .points.map((p) => p.quote)
        .join(' ');
    expect(points('complicating-factors')).toContain('the tensions between Pakistan and India');
    expect(points('complicating-factors')).toContain('Shanghai Cooperation Organization');
    expect(points('aims')).toContain('should elaborate and undertake appropriate counter-measures');
  });

  it('structures what the CICA is, its ideological basis, method and scientific wing', () => {
    const topic = (id: string) => corpus.topics.find((t) => t.id === id)!;
    expect(topic('what-cica-is').intro!.source.entry).toBe('what-is-the-cica-and-why-was-it');
    expect(topic('ideological-basis').intro!.quote).toMatch(/^The ideological basis/);
    expect(topic('method').intro!.quote).toContain('from simple to complicated');
    expect(topic('method').closing!.quote).toMatch(/^While preparing for the summit/);
    expect(topic('scientific-wing').closing!.quote).toMatch(/^In future it is planned/);
    expect(topic('distinctive-features').closing!.quote).toMatch(/^This is the main function/);
  });
});
