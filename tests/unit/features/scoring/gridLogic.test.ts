import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyPaste, isNavigationKey, move, parseClipboard, parseScoreText, pasteProblems, type Cell, type CellValidation,
} from '../../../../src-renderer/features/scoring/gridLogic';

const shape = { rows: 3, cols: 4 };

describe('move: spreadsheet keyboard navigation', () => {
  it.each([
    ['ArrowDown', false, { row: 1, col: 1 }, { row: 2, col: 1 }],
    ['ArrowUp', false, { row: 1, col: 1 }, { row: 0, col: 1 }],
    ['ArrowLeft', false, { row: 1, col: 1 }, { row: 1, col: 0 }],
    ['ArrowRight', false, { row: 1, col: 1 }, { row: 1, col: 2 }],
    ['Enter', false, { row: 1, col: 1 }, { row: 2, col: 1 }],
    ['Enter', true, { row: 1, col: 1 }, { row: 0, col: 1 }],
    ['Tab', false, { row: 1, col: 1 }, { row: 1, col: 2 }],
    ['Tab', true, { row: 1, col: 1 }, { row: 1, col: 0 }],
    ['Home', false, { row: 2, col: 3 }, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 0 }, { row: 2, col: 3 }],
  ])('%s (shift %s) from %o goes to %o', (key, shiftKey, from, to) => {
    expect(move(from, { key, shiftKey }, shape)).toEqual(to);
  });

  it('stops at the edges instead of leaving the grid', () => {
    expect(move({ row: 0, col: 0 }, { key: 'ArrowUp' }, shape)).toEqual({ row: 0, col: 0 });
    expect(move({ row: 0, col: 0 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 0, col: 0 });
    expect(move({ row: 2, col: 3 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 2, col: 3 });
    expect(move({ row: 2, col: 3 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 2, col: 3 });
    expect(move({ row: 2, col: 1 }, { key: 'Enter' }, shape)).toEqual({ row: 2, col: 1 });
  });

  it('Tab wraps to the next row at the end of a row, Shift+Tab wraps back', () => {
    expect(move({ row: 0, col: 3 }, { key: 'Tab' }, shape)).toEqual({ row: 1, col: 0 });
    expect(move({ row: 1, col: 0 }, { key: 'Tab', shiftKey: true }, shape)).toEqual({ row: 0, col: 3 });
    expect(move({ row: 2, col: 3 }, { key: 'Tab' }, shape)).toEqual({ row: 2, col: 3 });
    expect(move({ row: 0, col: 0 }, { key: 'Tab', shiftKey: true }, shape)).toEqual({ row: 0, col: 0 });
  });

  it('Ctrl+Home and Ctrl+End jump to the corners', () => {
    expect(move({ row: 1, col: 2 }, { key: 'Home', ctrlKey: true }, shape)).toEqual({ row: 0, col: 0 });
    expect(move({ row: 1, col: 2 }, { key: 'End', ctrlKey: true }, shape)).toEqual({ row: 2, col: 3 });
  });

  it('ignores other keys and an empty grid', () => {
    expect(move({ row: 1, col: 1 }, { key: 'a' }, shape)).toEqual({ row: 1, col: 1 });
    expect(move({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 0 })).toEqual({ row: 0, col: 0 });
    expect(isNavigationKey({ key: 'Tab' })).toBe(true);
    expect(isNavigationKey({ key: '5' })).toBe(false);
  });

  it('a whole row of Tabs visits every cell once, in reading order', () => {
    const visited: Cell[] = [{ row: 0, col: 0 }];
    for (let i = 1; i < shape.rows * shape.cols; i++) visited.push(move(visited[i - 1], { key: 'Tab' }, shape));
    expect(new Set(visited.map((c) => `${c.row}:${c.col}`)).size).toBe(12);
    expect(visited[11]).toEqual({ row: 2, col: 3 });
  });

  it('never leaves the grid, whatever the keys (property)', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab', 'Home', 'End', 'x'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.record({ key: fc.constantFrom(...keys), shiftKey: fc.boolean(), ctrlKey: fc.boolean() })),
        (rows, cols, navs) => {
          let cell: Cell = { row: 0, col: 0 };
          for (const nav of navs) {
            cell = move(cell, nav, { rows, cols });
            expect(cell.row).toBeGreaterThanOrEqual(0);
            expect(cell.row).toBeLessThan(rows);
            expect(cell.col).toBeGreaterThanOrEqual(0);
            expect(cell.col).toBeLessThan(cols);
          }
        },
      ),
    );
  });
});

describe('parseClipboard: what Excel copies', () => {
  it('reads a 3×4 block with CRLF line ends and a final line break', () => {
    const text = '8\t9,5\t10\t7\r\n6\t5\t4\t3\r\n1\t2\t3\t4\r\n';
    expect(parseClipboard(text)).toEqual([
      ['8', '9,5', '10', '7'],
      ['6', '5', '4', '3'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('keeps empty cells in the middle and at the end of a line', () => {
    expect(parseClipboard('1\t\t3\n\t5\t\n')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
  });

  it('unquotes cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseClipboard('"Có ""minh chứng""\r\nkèm"\t5\r\n')).toEqual([['Có "minh chứng"\r\nkèm', '5']]);
  });

  it('reads a single value without a line break, and nothing from an empty text', () => {
    expect(parseClipboard('7,25')).toEqual([['7,25']]);
    expect(parseClipboard('')).toEqual([]);
  });

  it('round-trips any block of plain cells written as TSV (property)', () => {
    const plain = fc.string().filter((s) => !/[\t\r\n"]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(plain, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (block) => {
        // A last line made of one empty cell is indistinguishable from the trailing line break.
        fc.pre(!(block[block.length - 1].length === 1 && block[block.length - 1][0] === ''));
        const text = block.map((line) => line.join('\t')).join('\r\n') + '\r\n';
        expect(parseClipboard(text)).toEqual(block);
      }),
    );
  });
});

describe('parseScoreText', () => {
  it.each([
    ['8', 8],
    ['8,5', 8.5],
    ['8.25', 8.25],
    [' 10 ', 10],
    [',5', 0.5],
    ['', null],
    ['   ', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseScoreText(text)).toBe(value);
  });

  it.each(['abc', '8,5,1', '1e3', '5 điểm', '--1'])('refuses %j', (text) => {
    expect(parseScoreText(text)).toBeUndefined();
  });
});

describe('applyPaste', () => {
  const maxima = [10, 10, 5, 5];
  const validate = (cell: Cell, raw: string): CellValidation<number | null> => {
    const value = parseScoreText(raw);
    if (value === undefined) return { ok: false, reason: 'Không phải là số.' };
    if (value !== null && value > maxima[cell.col]) return { ok: false, reason: `Vượt điểm tối đa ${maxima[cell.col]}.` };
    return { ok: true, value };
  };

  it('writes a 3×4 block from the origin, row by row', () => {
    const block = parseClipboard('1\t2\t3\t4\r\n5\t6\t1\t2\r\n7\t8\t0\t5\r\n');
    const result = applyPaste({ row: 0, col: 0 }, block, { rows: 3, cols: 4 }, validate);
    expect(result.rejections).toEqual([]);
    expect(result.outside).toBe(0);
    expect(result.edits).toHaveLength(12);
    expect(result.edits[5]).toEqual({ cell: { row: 1, col: 1 }, value: 6 });
    expect(result.edits[11]).toEqual({ cell: { row: 2, col: 3 }, value: 5 });
  });

  it('refuses an over-maximum or non-numeric cell with its reason and keeps the others', () => {
    const block = parseClipboard('9\t11\r\nx\t\r\n');
    const result = applyPaste({ row: 0, col: 0 }, block, { rows: 3, cols: 4 }, validate);
    expect(result.edits).toEqual([
      { cell: { row: 0, col: 0 }, value: 9 },
      { cell: { row: 1, col: 1 }, value: null },
    ]);
    expect(result.rejections).toEqual([
      { cell: { row: 0, col: 1 }, raw: '11', reason: 'Vượt điểm tối đa 10.' },
      { cell: { row: 1, col: 0 }, raw: 'x', reason: 'Không phải là số.' },
    ]);
  });

  it('counts the cells that fall past the right or bottom edge, and validates none of them', () => {
    const seen: Cell[] = [];
    const block = parseClipboard('1\t1\t1\r\n1\t1\t1\r\n');
    const result = applyPaste({ row: 2, col: 2 }, block, { rows: 3, cols: 4 }, (cell, raw) => {
      seen.push(cell);
      return validate(cell, raw);
    });
    expect(result.edits.map((e) => e.cell)).toEqual([{ row: 2, col: 2 }, { row: 2, col: 3 }]);
    expect(result.outside).toBe(4);
    expect(seen).toHaveLength(2);
  });
});

describe('pasteProblems', () => {
  const name = (cell: Cell) => `ô ${cell.row + 1}.${cell.col + 1}`;
  it('says nothing was pasted and lists every refused cell when any value is refused', () => {
    const result = { edits: [{ cell: { row: 0, col: 0 }, value: 1 }], rejections: [{ cell: { row: 1, col: 2 }, raw: '12', reason: 'vượt quá điểm chuẩn 10.' }], outside: 2 };
    expect(pasteProblems(result, name)).toEqual([
      'Chưa dán ô nào: 1 ô bị từ chối. Sửa các ô dưới đây trong bảng tính rồi dán lại.',
      'ô 2.3: vượt quá điểm chuẩn 10.',
      '2 ô nằm ngoài bảng nên không được dán.',
    ]);
  });
  it('is silent for a block pasted whole, and only counts cells past the edge otherwise', () => {
    expect(pasteProblems({ edits: [], rejections: [], outside: 0 }, name)).toEqual([]);
    expect(pasteProblems({ edits: [], rejections: [], outside: 3 }, name)).toEqual(['3 ô nằm ngoài bảng nên không được dán.']);
  });
});
