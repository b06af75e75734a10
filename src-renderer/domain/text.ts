/**
 * Vietnamese text conventions (DOMAIN.md §9, §6): NFC storage, diacritic-free search keys, CLDR "vi"
 * collation for names and unit names, ND 30/2020 date lines, Vietnamese number formatting.
 */
import { requireIsoDate } from './dates';

export { isValidIsoDate } from './dates';

/** Stored strings are NFC ("Nguyễn" = 6 code points, not 8), so equal text is equal bytes. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Invisible format characters that can disguise a name: bidi embeddings/overrides U+202A–U+202E and
 * isolates U+2066–U+2069 reorder what is shown (a name displayed reversed), zero-width space,
 * non-joiner and joiner U+200B–U+200D, word joiner U+2060 and BOM U+FEFF make two equal-looking names
 * different. Vietnamese names and titles never need them.
 */
const INVISIBLE_CONTROLS = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name or title as stored: NFC without invisible controls, so what is shown is what is stored.
 * Only names and titles: free text (notes, descriptions) keeps them, an emoji sequence needs its joiner.
 */
export function cleanName(s: string): string {
  return nfc(s).replace(INVISIBLE_CONTROLS, '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** No character below U+0300 changes under NFC, alone or next to another (U+0300 is the first combining mark). */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uffff]/;

function isNfc(s: string): boolean {
  return !MAY_CHANGE_UNDER_NFC.test(s) || s.normalize('NFC') === s;
}

/**
 * Whether deepNfc would change nothing in `value`: checked without copying, so a restore reading
 * hundreds of thousands of rows (already NFC when ThiDua wrote them) copies none of them for it.
 */
export function isDeepNfc(value: unknown): boolean {
  if (typeof value === 'string') return isNfc(value);
  if (Array.isArray(value)) return value.every(isDeepNfc);
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) if (!isNfc(key) || !isDeepNfc(value[key])) return false;
  }
  return true;
}

/**
 * A copy of `value` in which every string inside arrays and plain objects is NFC (keys included).
 * Other objects (Blob, Uint8Array, class instances) are returned as they are.
 */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => deepNfc(item)) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
    for (const [key, item] of Object.entries(value)) copy[nfc(key)] = deepNfc(item);
    return copy as T;
  }
  return value;
}

/**
 * Search key: drop invisible controls → NFD → drop combining marks U+0300–U+036F → đ/Đ → d → lower
 * case → collapse spaces. Tone-placement variants ("Hòa"/"Hoà", "Thủy"/"Thuỷ", "Ủy"/"Uỷ") get the same
 * key, and so does a name with a zero-width joiner hidden in it.
 */
export function searchKey(s: string): string {
  return s
    .replace(INVISIBLE_CONTROLS, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of the query's search key occurs somewhere in `key` (a search key), in any
 * order. Substring rather than word-prefix matching, so "dan pho 5" finds "Tổ dân phố 5" and a
 * fragment typed from the middle of a name ("uyen") still finds "Nguyễn". An empty query matches all.
 */
export function matchesSearch(key: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter((w) => w.length > 0);
  return words.every((w) => key.includes(w));
}

function words(s: string): string[] {
  return nfc(s).trim().split(/\s+/).filter((w) => w.length > 0);
}

/** Họ (first word), tên đệm (the words between), tên (last word). */
export function splitFullName(fullName: string): { family: string; middle: string; given: string } {
  const w = words(fullName);
  if (w.length === 0) return { family: '', middle: '', given: '' };
  if (w.length === 1) return { family: '', middle: '', given: w[0] };
  return { family: w[0], middle: w.slice(1, -1).join(' '), given: w[w.length - 1] };
}

/**
 * CLDR Vietnamese collation (a < ă < â, d < đ …; tones secondary) with natural number order. Made at
 * the first comparison: loading its data takes tens of milliseconds, which at module load lengthened
 * the app's first task (issue 18, cold start).
 */
let viCollator: Intl.Collator | undefined;

/** Natural Vietnamese order: "Tổ dân phố 2" before "Tổ dân phố 10", "Anh" before "Ánh" before "Ăn". */
export function compareVi(a: string, b: string): number {
  viCollator ??= new Intl.Collator('vi', { numeric: true });
  return viCollator.compare(a, b);
}

/**
 * How person names sort (DOMAIN.md §9): tên, then tên đệm, then họ (the usual order of Vietnamese
 * lists), or tên then "họ + tên đệm" read as one string (a variant some offices use).
 */
export type NameSortOrder = 'givenMiddleFamily' | 'givenFamilyMiddle';

export interface SortableName {
  fullName: string;
  /** Override for names the split cannot read (e.g. "Y Moan Niê", family name last): written tên first. */
  sortName?: string | null;
}

/** The strings compared, in order. With a `sortName`, that override is the whole key. */
export function personSortKeyParts(person: SortableName, order: NameSortOrder = 'givenMiddleFamily'): string[] {
  const override = person.sortName?.trim();
  if (override) return [nfc(override)];
  const { family, middle, given } = splitFullName(person.fullName);
  return order === 'givenMiddleFamily' ? [given, middle, family] : [given, `${family} ${middle}`.trim()];
}

export function comparePersonNames(
  a: SortableName,
  b: SortableName,
  order: NameSortOrder = 'givenMiddleFamily',
): number {
  const pa = personSortKeyParts(a, order);
  const pb = personSortKeyParts(b, order);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const c = compareVi(pa[i] ?? '', pb[i] ?? '');
    if (c !== 0) return c;
  }
  // Same key parts (e.g. an override equal to someone's tên): fall back to the full names.
  return compareVi(nfc(a.fullName), nfc(b.fullName));
}

/**
 * `items` in the order of their keys compared one after another with `compare`, then `tieBreak`.
 * Each distinct key is compared once: it is ranked among the distinct keys, and the items are sorted by
 * those ranks (numbers). Names repeat (10,000 people share a few hundred tên), so this makes a few
 * thousand collator comparisons where comparing the items would make ~130,000 (most of the first
 * visit to Cá nhân). `compare` must be a consistent order (a collator is): equal keys share a rank.
 */
export function sortByCollatedKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  compare: (a: string, b: string) => number = compareVi,
  tieBreak?: (a: T, b: T) => number,
): T[] {
  const keyed = items.map((item) => ({ item, keys: keysOf(item), ranks: [] as number[] }));
  const distinct = [...new Set(keyed.flatMap((k) => k.keys))].sort(compare);
  const rank = new Map<string, number>();
  let current = 0;
  distinct.forEach((key, i) => {
    if (i > 0 && compare(distinct[i - 1], key) !== 0) current += 1;
    rank.set(key, current);
  });
  for (const k of keyed) k.ranks = k.keys.map((key) => rank.get(key) ?? 0);
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.ranks.length, b.ranks.length); i++) {
      const c = (a.ranks[i] ?? -1) - (b.ranks[i] ?? -1);
      if (c !== 0) return c;
    }
    return tieBreak ? tieBreak(a.item, b.item) : 0;
  });
  return keyed.map((k) => k.item);
}

/**
 * The people in comparePersonNames order, each name split once and each distinct part compared once
 * (sortByCollatedKeys); the full names only between people whose parts are all equal.
 */
export function sortByPersonName<T extends SortableName>(people: readonly T[], order: NameSortOrder = 'givenMiddleFamily'): T[] {
  // comparePersonNames reads a missing part as '': pad every key to three parts (the most a name has), so they line up.
  return sortByCollatedKeys(
    people,
    (person) => {
      const parts = personSortKeyParts(person, order);
      while (parts.length < 3) parts.push('');
      return parts;
    },
    compareVi,
    (a, b) => compareVi(nfc(a.fullName), nfc(b.fullName)),
  );
}

const ADMINISTRATIVE_PREFIX = /^(phường|xã|thị trấn|đặc khu)\s+/iu;

/**
 * The địa danh of the date line (ND 30/2020 PL I): the official name without "Phường"/"Xã", except
 * numbered units, which keep it ("Phường 12"). Units named after a person or event also keep the full
 * name; the app cannot tell those apart, so the ward profile stores the place name and this is its default.
 */
export function placeNameOf(officialName: string): string {
  const name = words(officialName).join(' ');
  const m = ADMINISTRATIVE_PREFIX.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  return /^\d/.test(rest) ? name : rest;
}

/** Day below 10 and months 1–2 take a leading zero; months 3–12 don't (ND 30/2020 PL I). */
export function formatLongDate(isoDate: string): string {
  const { year, month, day } = requireIsoDate(isoDate);
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${String(day).padStart(2, '0')} tháng ${mm} năm ${year}`;
}

/** "Ninh Hà, ngày 05 tháng 3 năm 2026". */
export function formatPlaceDate(place: string, isoDate: string): string {
  return `${nfc(place.trim())}, ${formatLongDate(isoDate)}`;
}

/** dd/MM/yyyy for tables. */
export function formatDateShort(isoDate: string): string {
  const { year, month, day } = requireIsoDate(isoDate);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** "." for thousands, "," for decimals: 2.340.000; 88,25; 0,3. */
export function formatNumber(n: number, maxFractionDigits = 2): string {
  // A whole number below a thousand reads the same in every locale: the grids format thousands of
  // scores, and Intl's format was most of their text's cost (issue 18).
  if (Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0)) return String(n);
  const digits = Math.min(Math.max(Math.trunc(maxFractionDigits), 0), 20);
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(n);
}

/**
 * A percentage, written one way on every screen and document: Vietnamese decimals, two at most, a
 * space before the sign — 88.888… → "88,89 %", 100 → "100 %". Every percent shown goes through here.
 */
export function formatPercent(value: number, maxFractionDigits = 2): string {
  return `${formatNumber(value, maxFractionDigits)} %`;
}

/** Whole đồng: "2.340.000". */
export function formatMoney(n: number): string {
  return formatNumber(Math.round(n), 0);
}

/** Upper case for headers, keeping every diacritic ("Ủy ban" → "ỦY BAN"). */
/** "Ban hành Quy chế …" → "ban hành Quy chế …": a phrase set into running text. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

export function upperVi(s: string): string {
  return nfc(s).toLocaleUpperCase('vi');
}

/** Title in Vietnamese curly quotes, as documents cite titles: “Lao động tiên tiến”. */
export function quoteVi(s: string): string {
  return `“${s}”`;
}

/** Diacritics dropped, đ → d, case kept, anything else between words → "-": file names every system keeps. */
export function asciiWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
