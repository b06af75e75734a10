/**
 * The one embedded font of every PDF the app makes (dossier parts, certificates): Tinos, the
 * freely licensed (Apache 2.0) face metric-compatible with Times New Roman, which ND 30/2020 PL I
 * asks for — so a PDF breaks its lines where Word breaks the .docx. The npm package ships it only as
 * Unicode-range subsets, so each style is two files: "latin" (ASCII, à á â è …) and "vietnamese"
 * (ă đ ơ ư, ạ ả ấ …). `fontRuns` cuts a text into runs by which file carries each letter.
 * The files (about 85 KB) are fetched on first use, never in the initial bundle.
 */
import latin400 from '@fontsource/tinos/files/tinos-latin-400-normal.woff?url';
import latin400i from '@fontsource/tinos/files/tinos-latin-400-italic.woff?url';
import latin700 from '@fontsource/tinos/files/tinos-latin-700-normal.woff?url';
import latin700i from '@fontsource/tinos/files/tinos-latin-700-italic.woff?url';
import vi400 from '@fontsource/tinos/files/tinos-vietnamese-400-normal.woff?url';
import vi400i from '@fontsource/tinos/files/tinos-vietnamese-400-italic.woff?url';
import vi700 from '@fontsource/tinos/files/tinos-vietnamese-700-normal.woff?url';
import vi700i from '@fontsource/tinos/files/tinos-vietnamese-700-italic.woff?url';
import unicodeRanges from '@fontsource/tinos/unicode.json';

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';
export type FontSubset = 'latin' | 'vietnamese';

/** Family names as the PDF libraries are told them. */
export const FONT_FAMILY: Record<FontSubset, string> = { latin: 'TinosLatin', vietnamese: 'TinosVietnamese' };

/** The URL of each file, as the bundler serves it. */
export const FONT_URLS: Record<FontSubset, Record<FontStyle, string>> = {
  latin: { normal: latin400, bold: latin700, italics: latin400i, bolditalics: latin700i },
  vietnamese: { normal: vi400, bold: vi700, italics: vi400i, bolditalics: vi700i },
};

export type PdfFonts = Record<FontSubset, Record<FontStyle, Uint8Array>>;

/** Reads the bytes behind a URL; the app fetches, tests read the package's file. */
export type FontReader = (url: string) => Promise<Uint8Array>;

const fetchBytes: FontReader = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Không tải được phông chữ cho PDF (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
};

let cached: Promise<PdfFonts> | null = null;

/** The eight font files, loaded once per window or worker. */
export function loadPdfFonts(read: FontReader = fetchBytes): Promise<PdfFonts> {
  if (read !== fetchBytes) return readAll(read);
  cached ??= readAll(read).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function readAll(read: FontReader): Promise<PdfFonts> {
  const subsets = await Promise.all(
    (Object.keys(FONT_URLS) as FontSubset[]).map(async (subset) => {
      const styles = await Promise.all(
        (Object.keys(FONT_URLS[subset]) as FontStyle[]).map(async (style) => [style, await read(FONT_URLS[subset][style])] as const),
      );
      return [subset, Object.fromEntries(styles)] as const;
    }),
  );
  return Object.fromEntries(subsets) as PdfFonts;
}

/** "U+0102-0103,U+0110" → [[0x102, 0x103], [0x110, 0x110]]. */
function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.replace('U+', '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

const VIETNAMESE = parseRanges(unicodeRanges.vietnamese);
const LATIN = parseRanges(unicodeRanges.latin);

const within = (ranges: [number, number][], code: number) => ranges.some(([a, b]) => code >= a && code <= b);

/** Which file draws a character: the Vietnamese one for the letters only it has, the Latin one otherwise. */
export function subsetOf(ch: string): FontSubset {
  const code = ch.codePointAt(0) ?? 0;
  return within(VIETNAMESE, code) && !within(LATIN, code) ? 'vietnamese' : 'latin';
}

export interface FontRun {
  text: string;
  subset: FontSubset;
}

/**
 * Cuts a text into runs of one subset each. Text is composed first (NFC): a letter typed as base +
 * combining marks is drawn as the one precomposed glyph, as Word shows it.
 */
export function fontRuns(text: string): FontRun[] {
  const runs: FontRun[] = [];
  for (const ch of text.normalize('NFC')) {
    const subset = subsetOf(ch);
    const last = runs.at(-1);
    if (last && last.subset === subset) last.text += ch;
    else runs.push({ text: ch, subset });
  }
  return runs;
}
