/**
 * Reading a spreadsheet into rows of text: .xlsx through exceljs (loaded on demand so it stays out
 * of the first bundle), .csv with a small RFC 4180 parser, and text pasted from Excel (tab-separated).
 */
import { FileRejectedError } from '../fileFormat';

export interface TabularData {
  headers: string[];
  /** Data rows (header excluded), each as long as `headers`; empty trailing rows dropped. */
  rows: string[][];
}

const MAX_IMPORT_BYTES = 20_000_000;
const MAX_ROWS = 20_000;

/** RFC 4180: quoted fields may hold the delimiter, newlines and doubled quotes. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Excel in Vietnamese locales writes ";" separated CSV; pick whichever the header line uses more. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function toTabular(grid: string[][]): TabularData {
  const cleaned = grid.map((r) => r.map((c) => c.normalize('NFC').trim()));
  while (cleaned.length > 0 && cleaned[cleaned.length - 1].every((c) => c === '')) cleaned.pop();
  if (cleaned.length === 0) throw new FileRejectedError('empty', 'Tệp không có dữ liệu.');
  if (cleaned.length - 1 > MAX_ROWS) throw new FileRejectedError('size', `Tệp có quá nhiều dòng (tối đa ${MAX_ROWS} dòng mỗi lần nhập).`);
  const headers = cleaned[0];
  const width = Math.max(...cleaned.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  return { headers: pad(headers), rows: cleaned.slice(1).filter((r) => r.some((c) => c !== '')).map(pad) };
}

export function parseCsv(text: string): TabularData {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return toTabular(parseDelimited(body, detectDelimiter(body)));
}

/** Cells copied from Excel arrive as tab-separated lines. */
export function parsePasted(text: string): TabularData {
  return toTabular(parseDelimited(text, '\t'));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value);
}

/** The first worksheet of an .xlsx, or a .csv/.txt file, as rows of text. */
export async function parseTabular(bytes: Uint8Array, fileName: string): Promise<TabularData> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new FileRejectedError('size', 'Tệp quá lớn để nhập (tối đa 20 MB).');
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FileRejectedError('encoding', 'Tệp CSV phải lưu với mã UTF-8 (trong Excel: “CSV UTF-8”).');
    }
    return parseCsv(text);
  }
  if (!lower.endsWith('.xlsx')) throw new FileRejectedError('format', 'Chỉ nhập được tệp .xlsx hoặc .csv.');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new FileRejectedError('format', 'Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileRejectedError('empty', 'Tệp Excel không có trang tính nào.');
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as unknown[];
    grid[rowNumber - 1] = values.slice(1).map(cellText);
  });
  return toTabular(Array.from(grid, (r) => r ?? []));
}
