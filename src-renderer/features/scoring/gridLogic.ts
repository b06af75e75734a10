/**
 * Pure logic of the spreadsheet-like score grid (bảng chấm điểm): keyboard movement, parsing what
 * Excel puts on the clipboard, and applying a pasted block. No React here, so it is unit-tested alone.
 * The grid's editable area is a full rectangle: rows are units, columns are (criterion, score kind)
 * pairs; headers and totals live outside it.
 */

export interface Cell {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
}

/** The part of a keyboard event the grid reacts to. */
export interface NavKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Keys that move the active cell; anything else is typing and stays in the cell. */
export function isNavigationKey(nav: NavKey): boolean {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab', 'Home', 'End'].includes(nav.key);
}

/**
 * Where the active cell goes for a key, as in Excel: arrows move one cell and stop at the edges;
 * Enter goes down (Shift+Enter up); Tab goes right and wraps to the next row (Shift+Tab left, wrapping
 * back); Home/End go to the row's first/last cell, with Ctrl to the grid's first/last cell.
 * An empty grid or an unknown key leaves the cell where it is.
 */
export function move(cell: Cell, nav: NavKey, shape: GridShape): Cell {
  if (shape.rows <= 0 || shape.cols <= 0) return cell;
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const row = clamp(cell.row, 0, lastRow);
  const col = clamp(cell.col, 0, lastCol);
  switch (nav.key) {
    case 'ArrowUp':
      return { row: clamp(row - 1, 0, lastRow), col };
    case 'ArrowDown':
      return { row: clamp(row + 1, 0, lastRow), col };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, 0, lastCol) };
    case 'ArrowRight':
      return { row, col: clamp(col + 1, 0, lastCol) };
    case 'Enter':
      return { row: clamp(row + (nav.shiftKey ? -1 : 1), 0, lastRow), col };
    case 'Tab': {
      // Row-major wrap; the first and last cells are the ends of the line.
      const index = clamp(row * shape.cols + col + (nav.shiftKey ? -1 : 1), 0, shape.rows * shape.cols - 1);
      return { row: Math.floor(index / shape.cols), col: index % shape.cols };
    }
    case 'Home':
      return nav.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return nav.ctrlKey ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    default:
      return { row, col };
  }
}

/**
 * Splits clipboard text into rows of cells. Excel and LibreOffice copy tab-separated lines ending in
 * CRLF, with a final line break, and quote a cell that holds a tab, a line break or a quote ("" inside).
 * A trailing empty line is dropped; empty cells in the middle are kept as "".
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a typed or pasted score. Vietnamese Excel writes "8,5"; an English one "8.5": both are read
 * as 8,5. Blank means "no score". Returns undefined for text that is not a number.
 */
export function parseScoreText(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

export type CellValidation<V> = { ok: true; value: V } | { ok: false; reason: string };

export interface PasteEdit<V> {
  cell: Cell;
  value: V;
}

export interface PasteRejection {
  cell: Cell;
  raw: string;
  reason: string;
}

export interface PasteResult<V> {
  edits: PasteEdit<V>[];
  rejections: PasteRejection[];
  /** Pasted cells that fell outside the grid (right of the last column or below the last row). */
  outside: number;
}

/**
 * Lays a pasted block onto the grid with its top-left at `origin`. Each cell is validated on its own:
 * good values become edits, bad ones are rejections with the reason (nothing is silently dropped),
 * and cells past the grid's edge are counted so the screen can say so.
 */
export function applyPaste<V>(
  origin: Cell,
  block: string[][],
  shape: GridShape,
  validate: (cell: Cell, raw: string) => CellValidation<V>,
): PasteResult<V> {
  const result: PasteResult<V> = { edits: [], rejections: [], outside: 0 };
  block.forEach((line, i) => {
    line.forEach((raw, j) => {
      const cell = { row: origin.row + i, col: origin.col + j };
      if (cell.row < 0 || cell.col < 0 || cell.row >= shape.rows || cell.col >= shape.cols) {
        result.outside++;
        return;
      }
      const checked = validate(cell, raw);
      if (checked.ok) result.edits.push({ cell, value: checked.value });
      else result.rejections.push({ cell, raw, reason: checked.reason });
    });
  });
  return result;
}

/**
 * What the screen says about a paste, which is all or nothing: when any value is refused nothing is
 * written and each refused cell is listed; cells past the grid's edge are never pasted and are counted.
 * Empty when the whole block was pasted.
 */
export function pasteProblems<V>(result: PasteResult<V>, cellName: (cell: Cell) => string): string[] {
  const messages: string[] = [];
  if (result.rejections.length > 0) {
    messages.push(`Chưa dán ô nào: ${result.rejections.length} ô bị từ chối. Sửa các ô dưới đây trong bảng tính rồi dán lại.`);
    messages.push(...result.rejections.map((r) => `${cellName(r.cell)}: ${r.reason}`));
  }
  if (result.outside > 0) messages.push(`${result.outside} ô nằm ngoài bảng nên không được dán.`);
  return messages;
}
