/**
 * Dates as pages print them: "September 7, 2025", "Mar 5th 2026", "3 de marzo de 2026", "7 Sept 2025", "2025-09-07T10:00Z",
 * "12-May-2026", "2026年5月12日",
 * "12.11.2025", "12. 2. 2026", "03/09/2025", "03/20/2026", "2026.03.03", "2026. 03. 12.", "Mar.12,2026", "2026/03/03", "03-03-2026", "03. Mar 2026". Numbers separated by dots are day first (the European
 * convention); with slashes the order is read from the numbers when one exceeds 12, otherwise from the
 * outlet's convention (month first for US outlets, day first elsewhere).
 */
const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
/**
 * Month names of the languages pages are pasted from (French, German, Spanish, Italian, Portuguese, Dutch,
 * Scandinavian, Polish, Czech and Lithuanian genitives, Turkish, Romanian, Hungarian, Finnish, Russian and Ukrainian
 * genitives, Croatian, Serbian and Slovenian genitives, Bulgarian; Croatian 'listopada' is left out (in Polish it is November) and Serbian 'marta' (a first name)), in calendar order: "29 marzo 2026", "20 maja 2026", "3. März 2026", "10 kovo 2026", "12 травня 2026".
 */
const FOREIGN_MONTHS = [
  "janvier januar enero gennaio janeiro januari stycznia ledna sausio ocak ianuarie január tammikuuta января січня siječnja januara januarja януари",
  "février februar febrero febbraio fevereiro februari lutego února vasario şubat februarie február helmikuuta февраля лютого veljače februara februarja февруари",
  "mars märz marzo março maart marca března kovo marts mart martie március maaliskuuta марта березня ožujka март",
  "avril abril aprile kwietnia dubna balandžio nisan aprilie április huhtikuuta апреля квітня travnja aprila април",
  "mai mayo maggio maio mei maja května gegužės maj mayıs május toukokuuta мая травня svibnja май",
  "juin juni junio giugno junho czerwca června birželio haziran iunie június kesäkuuta июня червня lipnja juna junija юни",
  "juillet juli julio luglio julho lipca července liepos temmuz iulie július heinäkuuta июля липня srpnja jula julija юли",
  "août agosto augustus sierpnia srpna rugpjūčio august augusti ağustos augusztus elokuuta августа серпня kolovoza avgusta август",
  "septembre septiembre settembre setembro września září rugsėjo eylül septembrie szeptember syyskuuta сентября вересня rujna septembra септември",
  "octobre oktober octubre ottobre outubro października října spalio ekim octombrie október lokakuuta октября жовтня oktobra октомври",
  "noviembre novembro listopada listopadu lapkričio kasım noiembrie marraskuuta ноября листопада studenoga studenog novembra ноември",
  "décembre dezember diciembre dicembre dezembro grudnia prosince gruodžio aralık decembrie joulukuuta декабря грудня prosinca decembra декември",
].map((names) => names.split(" "));
const FOREIGN_MONTH_RE = [...new Set(FOREIGN_MONTHS.flat())].sort((a, b) => b.length - a.length).join("|");
export const MONTH_RE = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|${FOREIGN_MONTH_RE})\\.?`;
const ORD = "(?:st|nd|rd|th)?";
export const DATE_RE = new RegExp(
  `\\b(${MONTH_RE})(?:\\s+|(?<=\\.))(\\d{1,2})${ORD}(?:,\\s*|\\s+)(\\d{4})\\b|\\b(\\d{1,2})${ORD}\\.?(?:\\s+|-)(?:de\\s+)?(${MONTH_RE}),?(?:\\s+|-)(?:de\\s+)?(\\d{4})|\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)|\\b(\\d{1,2})([./-])(\\d{1,2})[./-](\\d{4})\\b|\\b(\\d{4})[./]\\s?(\\d{1,2})[./]\\s?(\\d{1,2})\\b|\\b(\\d{1,2})/(\\d{1,2})/(\\d{2})(?=,?\\s+\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?)|(\\d{4})年(\\d{1,2})月(\\d{1,2})日|\\b(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s(\\d{4})\\b`,
  "i",
);

/** Outlets that print numeric dates month first. */
export const MONTH_FIRST_OUTLETS = /^(?:CNN|AP|Associated Press|Fox News|CBS News|CBS|NBC News|NBC|ABC News|NPR|New York Times|Washington Post|Wall Street Journal|Politico|Axios|Bloomberg|Newsweek|The Hill|USA Today)$/i;

export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  const foreign = FOREIGN_MONTHS.findIndex((names) => names.includes(n));
  return foreign >= 0 ? foreign : MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

export function isValidDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** The first date in s as "YYYY-MM-DD", or null. */
export function parseDateString(s: string, opts: { monthFirst?: boolean } = {}): string | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[3], monthIndex(m[1]) + 1, +m[2]];
  else if (m[5]) [y, mo, d] = [+m[6], monthIndex(m[5]) + 1, +m[4]];
  else if (m[7]) [y, mo, d] = [+m[7], +m[8], +m[9]];
  else if (m[14]) [y, mo, d] = [+m[14], +m[15], +m[16]];
  else if (m[20]) [y, mo, d] = [+m[20], +m[21], +m[22]]; // "2026年5月12日"
  else if (m[23]) [y, mo, d] = [+m[25], +m[24], +m[23]]; // "12. 2. 2026": Czech, Slovak and German pages space the dots
  else if (m[17]) [y, mo, d] = [2000 + +m[19], +m[17], +m[18]]; // "06/11/26 2:41 PM": a two-digit year beside a 12-hour clock is American
  else [y, mo, d] = numericOrder(+m[10], m[11], +m[12], +m[13], opts.monthFirst ?? false);
  if (!isValidDay(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function numericOrder(a: number, sep: string, b: number, y: number, monthFirst: boolean): [number, number, number] {
  const dayFirst = sep === "." || a > 12 || (b <= 12 && !monthFirst);
  return dayFirst ? [y, b, a] : [y, a, b];
}

const YEAR_FIRST_RE = new RegExp(`\\b(\\d{4})(?:\\.|\\s+m\\.)\\s+(${MONTH_RE})\\s+(\\d{1,2})\\b`, "i");

/** "2026 m. kovo 10 d.", "2026. március 10.": a date printed year first, as Lithuanian and Hungarian pages do. */
export function yearFirstDate(s: string): string | null {
  const m = YEAR_FIRST_RE.exec(s);
  const [y, mo, d] = m ? [+m[1], monthIndex(m[2]) + 1, +m[3]] : [0, 0, 0];
  return m && isValidDay(y, mo, d) ? `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}

/** True when the date in s is numeric with slashes and could be read either way ("03/09/2025"). */
export function isAmbiguousNumeric(s: string): boolean {
  const m = DATE_RE.exec(s);
  return !!m && m[11] === "/" && +m[10] <= 12 && +m[12] <= 12 && m[10] !== m[12];
}

/** "Updated 14 May 2026", "Last modified:": a label saying the date is when the page changed, not when it appeared. */
export const UPDATED_LABEL_RE = /^(?:last\s+)?(?:updated|modified|amended|edited)\b/i;
const PUBLISHED_AT_RE = /\b(?:first\s+)?(?:published|posted|issued|created)(?:\s+on)?:?\s+/gi;

/**
 * The publication date of a line that may also print when it was updated: "Updated: 14 May 2026 | Published: 12 May
 * 2026" -> 2026-05-12 (the date after the "Published" label); otherwise the line's first date.
 */
export function publishedDateOf(line: string): string | null {
  if (/\b(?:updated|modified)\b/i.test(line)) {
    for (const m of line.matchAll(PUBLISHED_AT_RE)) {
      const date = parseDateString(line.slice(m.index + m[0].length));
      if (date) return date;
    }
  }
  return parseDateString(line);
}

const DAY_MONTH_PART_RE = /^(?:(?:updated|modified|published)\s+)?\d{1,2}\.\s?\d{1,2}\.(?:\s+(?:at\s+|klo\s+|um\s+)?\d{1,2}[:.]\d{2})?$/i;

/** "23.9. 12:30 | Updated 23.9. 15:04": a head date line of day and month without the year, as Nordic and German pages print it. */
export function isDayMonthLine(line: string): boolean {
  const parts = line.trim().split(/\s*[|•·]\s*/);
  return parts.every((p) => DAY_MONTH_PART_RE.test(p));
}
