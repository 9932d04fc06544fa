/**
 * What a reader types, as typed: questions, names, phrases, years and the
 * usual misspellings. Every prefix of each is searched, as each keystroke
 * would search in the app.
 */
export const QUERIES: readonly string[] = [
  'when was the contact group created',
  'contact group',
  'kyrgyzstan',
  'arab league',
  'declaration of principles',
  'special working group',
  'almaty',
  'observers',
  'how many sessions',
  'senior officials',
  'terrorism',
  '1999',
  'declaraton',
  'kazakstan',
  'organisation',
  'which countries are members',
  'confidence building measures',
  'nazarbayev',
  'ministers of foreign affairs',
  'summit of heads of state',
  'who proposed the cica',
  'united nations general assembly',
  'china',
  'india pakistan',
  'observer status',
  'member states',
  'what is cica',
  'drug trade',
  'economic cooperation',
  'deputy ministers meeting',
  '1992',
  'mongolia',
  'turkiye',
  'weapons of mass destruction',
  'conferance',
  'rules of procedure',
  'final document',
  'egypt',
  'population of asia',
  'swg',
];

/** Every prefix of every query, in typing order: "a", "al", "alm", ... */
export function keystrokes(queries: readonly string[] = QUERIES): string[] {
  return queries.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
}
