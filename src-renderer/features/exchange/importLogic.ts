/**
 * Pure view logic of bulk intake (SPEC §2): what each import kind is called, which mapped columns
 * still block the check, the preview grid's rows and filters, in-grid corrections, the summary line.
 */
import { formatNumber, matchesSearch, searchKey } from '../../domain/text';
import { IMPORT_FIELDS } from '../../data/imports/importRows';
import type { ColumnMapping, DuplicateChoice, ImportKind, ImportPreview } from '../../data/imports/importRows';
import type { TabularData } from '../../data/imports/tabular';

export interface ImportKindInfo {
  /** What the user picks: "Cá nhân". */
  label: string;
  /** The counted noun in the summary: "Đã nhập 120 cá nhân". */
  noun: string;
  /** The register the imported records land in, to go and check them. */
  listPath: string;
  listLabel: string;
  /** File name of the template, without extension. */
  templateName: string;
}

export const IMPORT_KINDS: Record<ImportKind, ImportKindInfo> = {
  units: { label: 'Đơn vị', noun: 'đơn vị', listPath: '/danh-muc/don-vi', listLabel: 'Xem danh sách đơn vị', templateName: 'mau-nhap-don-vi' },
  people: { label: 'Cá nhân', noun: 'cá nhân', listPath: '/danh-muc/ca-nhan', listLabel: 'Xem danh sách cá nhân', templateName: 'mau-nhap-ca-nhan' },
  nominations: {
    label: 'Đề nghị khen thưởng', noun: 'đề nghị khen thưởng', listPath: '/de-nghi', listLabel: 'Xem danh sách đề nghị', templateName: 'mau-nhap-de-nghi',
  },
};

export const IMPORT_KIND_ORDER: readonly ImportKind[] = ['units', 'people', 'nominations'];

/** "Nhập danh sách cá nhân": the import dialog's or page's title for one kind. */
export function importTitle(kind: ImportKind): string {
  return `Nhập danh sách ${IMPORT_KINDS[kind].noun}`;
}

/** "Đã nhập 1.200 cá nhân." */
export function importSummary(kind: ImportKind, count: number): string {
  return `Đã nhập ${formatNumber(count)} ${IMPORT_KINDS[kind].noun}.`;
}

/** Labels of the required fields that have no column yet. */
export function missingRequired(kind: ImportKind, mapping: ColumnMapping): string[] {
  return IMPORT_FIELDS[kind].filter((f) => f.required && (mapping[f.key] ?? null) === null).map((f) => f.label);
}

/** One warning per file column mapped to two fields or more (usually a mistake in the selects). */
export function sharedColumns(kind: ImportKind, mapping: ColumnMapping, headers: readonly string[]): string[] {
  const byColumn = new Map<number, string[]>();
  for (const field of IMPORT_FIELDS[kind]) {
    const index = mapping[field.key];
    if (index === null || index === undefined) continue;
    byColumn.set(index, [...(byColumn.get(index) ?? []), field.label]);
  }
  return [...byColumn.entries()]
    .filter(([, labels]) => labels.length > 1)
    .map(([index, labels]) => `Cột “${columnName(headers, index)}” đang dùng cho nhiều trường: ${labels.join(', ')}.`);
}

/** A header as shown; blank headers are named by position. */
export function columnName(headers: readonly string[], index: number): string {
  return headers[index] || `Cột ${index + 1}`;
}

/** A probable duplicate is valid; it is told apart so the clerk can find and decide on such rows. */
export type RowState = 'valid' | 'invalid' | 'duplicate';

export interface PreviewRow {
  /** Spreadsheet line, unique: the grid's row id. */
  id: number;
  /** Index into `TabularData.rows`, for corrections. */
  index: number;
  state: RowState;
  cells: readonly string[];
  errors: string;
}

/** Every row of the file with its errors next to it; rows the check has not reached count as valid. */
export function previewRows(data: TabularData, preview: ImportPreview | null): PreviewRow[] {
  const byLine = new Map((preview?.rows ?? []).map((r) => [r.line, r]));
  return data.rows.map((cells, index) => {
    const line = index + 2;
    const errors = byLine.get(line)?.errors ?? [];
    return {
      id: line,
      index,
      state: errors.length > 0 ? 'invalid' : byLine.get(line)?.duplicateOf ? 'duplicate' : 'valid',
      cells,
      // Warnings (a probable duplicate, formula-like cells) follow the errors; they do not make the row invalid.
      errors: [...errors, ...(byLine.get(line)?.warnings ?? [])].join(' '),
    };
  });
}

export type RowFilter = 'all' | RowState;

export const ROW_FILTER_LABELS: Record<RowFilter, string> = {
  all: 'Tất cả các dòng',
  invalid: 'Chỉ dòng có lỗi',
  duplicate: 'Chỉ dòng có thể trùng',
  valid: 'Chỉ dòng hợp lệ',
};

/** Rows by state and by a diacritics-insensitive search over every cell. */
export function filterPreviewRows(rows: readonly PreviewRow[], filter: RowFilter, query: string): PreviewRow[] {
  // A probable duplicate is a valid row too.
  const shown = (state: RowState) => filter === 'all' || state === filter || (filter === 'valid' && state === 'duplicate');
  const searching = query.trim() !== '';
  return rows.filter((r) => shown(r.state) && (!searching || matchesSearch(searchKeyOf(r), query)));
}

/**
 * A row's search text, made at the first search, not when the file's rows arrive: 10,000 keys were
 * ~30 ms of the window's longest block when the checked rows arrived.
 */
const searchKeys = new WeakMap<PreviewRow, string>();
function searchKeyOf(row: PreviewRow): string {
  let key = searchKeys.get(row);
  if (key === undefined) {
    key = searchKey(row.cells.join(' '));
    searchKeys.set(row, key);
  }
  return key;
}

/** The file with one row corrected in the grid (text NFC and trimmed, as the reader leaves it). */
export function withRow(data: TabularData, rowIndex: number, cells: readonly string[]): TabularData {
  const fixed = cells.map((c) => c.normalize('NFC').trim());
  return { headers: data.headers, rows: data.rows.map((r, i) => (i === rowIndex ? fixed : r)) };
}

/** How many records a commit writes: probable duplicates are left out when the clerk chose to skip them. */
export function rowsToWrite(preview: ImportPreview, duplicates: DuplicateChoice | null): number {
  return preview.valid - (duplicates === 'skip' ? preview.probableDuplicates : 0);
}

/** What the commit button says: "Nhập 118 cá nhân". */
export function commitLabel(kind: ImportKind, preview: ImportPreview, duplicates: DuplicateChoice | null = null): string {
  return `Nhập ${formatNumber(rowsToWrite(preview, duplicates))} ${IMPORT_KINDS[kind].noun}`;
}

/** The check's verdict in one sentence. */
export function checkSummary(preview: ImportPreview): string {
  if (preview.rows.length === 0) return 'Không có dòng dữ liệu nào.';
  if (preview.invalid === 0) return `Tất cả ${formatNumber(preview.valid)} dòng đều hợp lệ.`;
  return `${formatNumber(preview.valid)} dòng hợp lệ, ${formatNumber(preview.invalid)} dòng có lỗi. Hãy sửa ngay trong bảng (bấm đúp vào ô), sửa tệp rồi chọn lại, hoặc bỏ qua các dòng lỗi.`;
}
