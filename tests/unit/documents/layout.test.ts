import { describe, expect, it } from 'vitest';
import { A4, MARGINS, mmToTwip, textWidth } from '../../../src-renderer/documents/layout/geometry';
import { headerColumns, NATIONAL_TITLE } from '../../../src-renderer/documents/layout/header';
import { textWidthTwips } from '../../../src-renderer/documents/layout/measure';
import { balancedLines, punctuateList } from '../../../src-renderer/documents/layout/paragraphs';
import { columnWidths } from '../../../src-renderer/documents/layout/tables';

describe('page geometry (ND 30/2020 PL I)', () => {
  it('rounds millimetres to twips instead of flooring them', () => {
    expect(A4).toEqual({ width: 11906, height: 16838 });
    expect([MARGINS.top, MARGINS.bottom, MARGINS.left, MARGINS.right]).toEqual([1134, 1134, 1701, 850]);
    expect(mmToTwip(12.5)).toBe(709);
  });

  it('gives the width between the margins in both orientations', () => {
    expect(textWidth('portrait')).toBe(9355);
    expect(textWidth('landscape')).toBe(14287);
  });
});

describe('columnWidths', () => {
  it('sums to the text width exactly, whatever the rounding', () => {
    for (const weights of [[7, 19, 19, 15, 30, 10], [1, 1, 1], [5, 17, 7, 8, 7, 6, 7, 6, 9, 17, 11]]) {
      for (const total of [9355, 14287, 1001]) {
        const widths = columnWidths(weights, total);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
        expect(widths).toHaveLength(weights.length);
      }
    }
  });

  it('keeps the proportions to within a twip', () => {
    expect(columnWidths([1, 3], 9355)).toEqual([2338, 7017]);
  });
});

describe('text width estimate', () => {
  it('matches the rendered width of the national title at 12 pt bold (5003 twips in LibreOffice)', () => {
    const w = textWidthTwips(NATIONAL_TITLE, 12, true);
    expect(Math.abs(w - 5003)).toBeLessThan(50);
  });

  it('measures Vietnamese letters by their base letter', () => {
    expect(textWidthTwips('Đồng', 13, true)).toBe(textWidthTwips('Dong', 13, true));
    expect(textWidthTwips('Ưởng', 12, false)).toBe(textWidthTwips('Uong', 12, false));
  });
});

describe('header columns', () => {
  it('keeps the default 40/60 split for a ward whose name lines are short', () => {
    const { widths, overhang } = headerColumns(9355, [], ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ']);
    expect(overhang).toBe(0);
    expect(widths).toEqual([3742, 5613]);
  });

  it('reaches into the left margin so the council name stays on one line beside the national title', () => {
    const { widths, overhang } = headerColumns(9355, ['UBND PHƯỜNG NINH HÀ'], ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']);
    expect(overhang).toBeGreaterThan(0);
    expect(overhang).toBeLessThanOrEqual(mmToTwip(10));
    // The right column still holds the national title on one line.
    expect(widths[1]).toBeGreaterThanOrEqual(textWidthTwips(NATIONAL_TITLE, 12, true) + 114);
    expect(widths[0] - 114).toBeGreaterThanOrEqual(textWidthTwips('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 12, true));
    expect(widths[0] + widths[1]).toBe(9355 + overhang);
  });
});

describe('balancedLines', () => {
  it('leaves a line that fits alone', () => {
    expect(balancedLines('Về việc tặng Giấy khen', 14, true, 9355)).toEqual(['Về việc tặng Giấy khen']);
  });

  it('splits a long trích yếu into two lines of similar width at a word boundary', () => {
    const text = 'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm 2026';
    const lines = balancedLines(text, 14, true, 9355);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(text);
    const [a, b] = lines.map((l) => textWidthTwips(l, 14, true));
    expect(Math.abs(a - b)).toBeLessThan(Math.max(a, b) * 0.25);
  });
});

describe('punctuateList', () => {
  it('ends every line with ";" and the last with ".", replacing what the user typed', () => {
    expect(punctuateList(['Như trên', 'Thường trực Đảng ủy;', 'Lưu: VT, VHXH.'])).toEqual([
      'Như trên;',
      'Thường trực Đảng ủy;',
      'Lưu: VT, VHXH.',
    ]);
  });
});
