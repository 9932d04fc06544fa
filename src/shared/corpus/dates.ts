import type { PartialDate } from './schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date at exactly the precision the source gives: "14 September 1999",
 * "October 1994", "autumn 2001", "4–5 September 2001".
 */
export function formatDate(date: PartialDate): string {
  const [year, month, day] = date.start.split('-').map(Number) as [number, number?, number?];
  if (date.season) return `${date.season} ${year}`;
  if (month === undefined) return String(year);
  const monthYear = `${MONTHS[month - 1]} ${year}`;
  if (day === undefined) return monthYear;
  if (date.end) {
    const [endYear, endMonth, endDay] = date.end.split('-').map(Number) as [number, number, number];
    if (endYear === year && endMonth === month) return `${day}–${endDay} ${monthYear}`;
    return `${day} ${monthYear} – ${endDay} ${MONTHS[endMonth - 1]} ${endYear}`;
  }
  return `${day} ${monthYear}`;
}

/** Sort key: a year sorts before its months, a month before its days, a season at its middle. */
export function dateSortKey(date: PartialDate): string {
  const seasonMonth = { spring: '04', summer: '07', autumn: '10', winter: '12' };
  return date.season ? `${date.start}-${seasonMonth[date.season]}` : date.start;
}
