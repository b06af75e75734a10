/**
 * Issue 20's proof for a ward of a centrally-run city: what the screens and the documents of such a
 * ward may not say. Shared by the e2e journey (screens) and the unit test (every document kind), so
 * both search the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { CENTRAL_CITIES } from '../src-renderer/domain/province';

/**
 * The ward the journey sets up from an empty database (no real ward is called this), with what it
 * types on the profile screen; the unit test gives the same values to the same form logic.
 */
export const CITY_WARD = {
  name: 'Phường Thử Nghiệm',
  place: 'Thử Nghiệm',
  city: 'Hà Nội',
  upperAddress: 'Số 1 phố Thử Nghiệm',
  regulation: {
    number: '1/2025/QĐ-UBND',
    date: '2025-12-01',
    issuer: 'Ủy ban nhân dân thành phố Hà Nội',
    title: 'Ban hành Quy chế công tác thi đua, khen thưởng',
  },
} as const;

/** "tỉnh" as a word (Vietnamese letters are not \w, so the edges are spelled out), any case. */
const PROVINCE_WORD = /(?<![\p{L}\p{N}])tỉnh(?![\p{L}\p{N}])/iu;

/**
 * Where "tỉnh" is right in a city ward's text, each for its own reason:
 * - "tỉnh, thành phố" / "tỉnh/thành phố" / "Tỉnh/Thành phố": the generic pair, naming any upper level
 *   (e.g. the first-run field "Tỉnh/thành phố", the law's "cấp tỉnh, thành phố trực thuộc trung ương").
 */
const LEGITIMATE = [/tỉnh\s*(?:,|\/)\s*thành phố/iu];

/** The lines of `text` that say "tỉnh" where a city ward's "thành phố" is due. */
export function provinceWordLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split('\n')
    .filter((line) => PROVINCE_WORD.test(LEGITIMATE.reduce((rest, ok) => rest.replace(new RegExp(ok, 'giu'), ''), line)));
}

/** Capitalised words after an administrative level: "phường Ninh Hà", "tỉnh Khánh Hòa", "thị xã Ninh Hòa". */
const PLACE = /(?:phường|xã|thị xã|huyện|quận|tỉnh|thành phố)\s+(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*)/gu;

function placesIn(text: string): string[] {
  return [...text.normalize('NFC').matchAll(PLACE)].map((m) => m[1]);
}

/** Every file of a folder of the renderer, as text (read, not imported: Playwright's loader takes no JSON). */
function filesOf(folder: string): string[] {
  const dir = join(import.meta.dirname, '../src-renderer', folder);
  return readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
}

/**
 * The 34 provinces and centrally-run cities since 01/7/2025 (Nghị quyết 202/2025/QH15), by hand: the
 * app holds no such list, and a screen quoting one of them (as a "Ví dụ Hà Tĩnh" once did) quotes another province.
 */
const PROVINCES_2025 = [
  ...CENTRAL_CITIES,
  'Tuyên Quang', 'Cao Bằng', 'Lai Châu', 'Lào Cai', 'Thái Nguyên', 'Điện Biên', 'Lạng Sơn', 'Sơn La', 'Phú Thọ', 'Bắc Ninh',
  'Quảng Ninh', 'Hưng Yên', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa',
  'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Cà Mau',
];

/**
 * Real places the app's own data names: every place in the shipped packs and the demo ward's sources
 * (so a new pack's province is covered), the 34 provinces and cities, and the demo's by hand.
 */
export const REAL_PLACES: readonly string[] = [
  ...new Set([
    ...filesOf('data/provincePacks').flatMap((text) => [...text.matchAll(/"province":\s*\{\s*"name":\s*"([^"]+)"/g)].map((m) => m[1]).concat(placesIn(text))),
    ...filesOf('data/demo').flatMap((text) => text.split('\n').flatMap(placesIn)),
    ...PROVINCES_2025,
    'Ninh Hà', 'Ninh Hòa', 'Ninh Thuận', 'Nha Trang',
  ]),
];

const OLD_STYLE_TONES: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Lower case with one tone placement ("Hoà" and "Hòa", "Thuỷ" and "Thủy" alike), diacritics kept: "Điện Biên" is not "diễn biến". */
function toneKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g, (pair) => OLD_STYLE_TONES[pair]);
}

/**
 * The city named after President Hồ Chí Minh is the place only with its level word: his name alone is
 * the national awards' ("Huân chương Hồ Chí Minh", "Giải thưởng Hồ Chí Minh") and the Youth Union's.
 */
const LEVEL_REQUIRED = new Set(['Hồ Chí Minh']);

const placeMatchers = (places: readonly string[]) =>
  places.map((name) => {
    const level = LEVEL_REQUIRED.has(name) ? '(?:thành phố|tp\\.?)\\s*' : '';
    return { name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${level}${toneKey(name)}(?![\\p{L}\\p{N}])`, 'u') };
  });

/** Other provinces' and wards' names: the real places but the city ward's own. */
export const FOREIGN_PLACES: readonly string[] = REAL_PLACES.filter((name) => ![CITY_WARD.place, CITY_WARD.city].some((own) => toneKey(own) === toneKey(name)));

const FOREIGN = placeMatchers(FOREIGN_PLACES);
const REAL = placeMatchers(REAL_PLACES);

function placeLines(text: string, matchers: ReturnType<typeof placeMatchers>): string[] {
  return text.split('\n').flatMap((line) => {
    const key = toneKey(line);
    return matchers.filter((m) => m.pattern.test(key)).map((m) => `${m.name}: ${line.trim()}`);
  });
}

/** The lines of `text` naming another province or ward, each with the name found. */
export function foreignPlaceLines(text: string): string[] {
  return placeLines(text, FOREIGN);
}

/** The lines of `text` naming any real province or ward, the city ward's own city included. */
export function realPlaceLines(text: string): string[] {
  return placeLines(text, REAL);
}

/** A .docx's text: every paragraph, line break and table cell of its parts (body, headers, footers, notes) on a line. */
export function docxText(bytes: Uint8Array): string {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => /^word\/.*\.xml$/.test(name))
    .map(([, data]) => decode(strFromU8(data).replace(/<\/w:p>|<w:br\/>|<\/w:tc>/g, '\n').replace(/<[^>]+>/g, '')))
    .join('\n');
}
