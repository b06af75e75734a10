import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FLOOR_SIZE_PT, PT_PER_MM, calibrationMarks, decisionPrintProblems, decisionRecipients, decisionTitleCode, defaultTemplate, defaultTemplateKeys,
  fieldPlacementProblems, fieldTexts, fitText, imageMimeOf, localCertificateProblem, mmToPt, offsetFromMeasurement, placeMm, ptToMm, signerTitleLines, wrapText,
} from '../../../src-renderer/domain/certificates';
import type { LocalTitleInForce } from '../../../src-renderer/domain/provincePack';
import { DEFAULT_NAMING } from '../../../src-renderer/domain/province';

/** A city's own titles as its pack puts them in force: one with a certificate the ward confers, one money only, one upward. */
const local = (id: string, over: Partial<LocalTitleInForce> = {}): LocalTitleInForce => ({
  id, label: `Danh hiệu ${id}`, shortLabel: id, subjectKinds: ['person', 'household'], conferredBy: 'ward', prerequisites: [], voteThresholdPercent: null,
  voteBase: 'presentMembers', secretBallot: false, disciplineBar: null, capPerYear: null, oncePerLifetime: false, posthumous: false, coefficient: {},
  certificate: true, fromGoodDeeds: false, deadline: null, citation: 'Đ12', reference: 'QĐ 5/2025/QĐ-UBND Đ12', ...over,
});
const CITY = { naming: DEFAULT_NAMING, localTitles: [local('guong-mat'), local('tien-thuong', { certificate: false }), local('cap-tren', { conferredBy: 'upward' })] };

/** A monospaced measure: every character 0.5 × the size wide, so widths are easy to reason about. */
const mono = (text: string, size: number) => [...text].length * size * 0.5;

describe('order numbers from a decision’s list', () => {
  it('counts through the groups in print order (I. Tập thể, II. Cá nhân, III. Hộ gia đình), whatever order they are stored in', () => {
    const row = (name: string) => ({ name, positionUnit: '', achievement: '' });
    const recipients = decisionRecipients({
      groups: [
        { kind: 'household', rows: [row('Hộ ông Lê Văn Tâm')] },
        { kind: 'person', rows: [row('Nguyễn Văn A'), row('Trần Thị B')] },
        { kind: 'unit', rows: [row('Tổ dân phố 1')] },
      ],
    });
    expect(recipients.map((r) => [r.order, r.name, r.kind])).toEqual([
      [1, 'Tổ dân phố 1', 'unit'], [2, 'Nguyễn Văn A', 'person'], [3, 'Trần Thị B', 'person'], [4, 'Hộ ông Lê Văn Tâm', 'household'],
    ]);
  });

  it('the same list always gives the same numbers (a reprint reads the stored list again)', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 30 }), (names) => {
      const list = { groups: [{ kind: 'person' as const, rows: names.map((name) => ({ name, positionUnit: '', achievement: '' })) }] };
      const a = decisionRecipients(list);
      expect(decisionRecipients(structuredClone(list))).toEqual(a);
      expect(a.map((r) => r.order)).toEqual(names.map((_, i) => i + 1));
    }));
  });

  it('knows the award of a decision stored with it, or recognises it from the list', () => {
    const list = (award: string) => ({ groups: [{ rows: [{ award }] }] });
    expect(decisionTitleCode({ titleCode: 'CSTDCS', list: list('x') })).toBe('CSTDCS');
    expect(decisionTitleCode({ list: list('Giấy khen') })).toBe('GIAY_KHEN');
    expect(decisionTitleCode({ list: list('Chiến sĩ thi đua cơ sở') })).toBe('CSTDCS');
    expect(decisionTitleCode({ list: list('Không rõ') })).toBeNull();
    expect(decisionTitleCode({ list: { groups: [] } })).toBeNull();
    // A province's own title: stored with the decision, or recognised by its name in the pack in force.
    expect(decisionTitleCode({ titleCode: 'local:guong-mat', list: list('x') }, CITY)).toBe('local:guong-mat');
    expect(decisionTitleCode({ list: list('Danh hiệu guong-mat') }, CITY)).toBe('local:guong-mat');
    expect(decisionTitleCode({ list: list('Danh hiệu guong-mat') })).toBeNull();
  });

  it('prints a province’s own title only where its pack gives a certificate the ward chairman confers; else says why, citing the pack', () => {
    expect(localCertificateProblem('local:guong-mat', CITY)).toBeNull();
    expect(localCertificateProblem('GIAY_KHEN', CITY)).toBeNull();
    expect(localCertificateProblem('local:tien-thuong', CITY)).toBe('Theo QĐ 5/2025/QĐ-UBND Đ12, “Danh hiệu tien-thuong” không kèm giấy khen, giấy chứng nhận: không có giấy để in.');
    expect(localCertificateProblem('local:cap-tren', CITY)).toBe('“Danh hiệu cap-tren” do cấp trên tặng theo QĐ 5/2025/QĐ-UBND Đ12: giấy khen do cấp trên cấp, phường không in.');
    expect(localCertificateProblem('local:da-bo', CITY)).toBe('Danh hiệu riêng “da-bo” không còn trong quy định đang áp dụng: không có mẫu giấy khen để in.');
  });

  it('prints only from a decision with its number and date', () => {
    expect(decisionPrintProblems({ numberText: '05/QĐ-UBND', date: '2026-11-25' })).toEqual([]);
    expect(decisionPrintProblems({ numberText: '', date: '2026-11-25' })).toEqual(['Quyết định chưa có số: chỉ in giấy khen từ quyết định đã có số và ngày ký.']);
    expect(decisionPrintProblems({ numberText: '', date: '', numberRequest: 'r' })).toEqual([
      'Quyết định đang chờ cấp số: chỉ in giấy khen khi quyết định đã có số.',
      'Quyết định chưa có ngày ký: chỉ in giấy khen từ quyết định đã có số và ngày ký.',
    ]);
  });
});

describe('millimetres to PDF points with the printer offset', () => {
  it('converts exactly: 25.4 mm = 72 pt, and back', () => {
    expect(mmToPt(25.4)).toBeCloseTo(72, 10);
    expect(ptToMm(mmToPt(123.4))).toBeCloseTo(123.4, 10);
    expect(PT_PER_MM).toBeCloseTo(2.834645669, 8);
  });

  it('measures from the top-left edge; the offset moves right and down; PDF counts from the bottom', () => {
    const page = 210;
    expect(placeMm(0, 0, { dxMm: 0, dyMm: 0 }, page)).toEqual({ x: 0, y: mmToPt(210) });
    const p = placeMm(30, 165, { dxMm: 2, dyMm: -1.5 }, page);
    expect(p.x).toBeCloseTo(mmToPt(32), 10);
    expect(p.y).toBeCloseTo(mmToPt(210 - 163.5), 10);
  });

  it('reads the offset from the calibration page: expected minus measured, to a tenth of a millimetre', () => {
    expect(offsetFromMeasurement({ xMm: 148.5, yMm: 105 }, { xMm: 150.53, yMm: 103.8 })).toEqual({ dxMm: -2, dyMm: 1.2 });
    expect(calibrationMarks({ widthMm: 297, heightMm: 210 })).toContainEqual({ xMm: 148.5, yMm: 105 });
    expect(calibrationMarks({ widthMm: 297, heightMm: 210 })).toHaveLength(5);
  });

  it('refuses a field off the page, a box without size, and a smallest size above the size, by the field’s name', () => {
    const layout = defaultTemplate({ award: 'GIAY_KHEN', subjectKind: 'person' });
    expect(fieldPlacementProblems(layout)).toEqual([]);
    const [first, ...rest] = layout.fields;
    expect(fieldPlacementProblems({ ...layout, fields: [{ ...first, yMm: 205 }, ...rest] })).toEqual(['Ô “Họ tên / tên tập thể” nằm ngoài trang 297 × 210 mm: hãy kéo ô vào trong trang.']);
    expect(fieldPlacementProblems({ ...layout, fields: [{ ...first, xMm: -1 }] })).toHaveLength(1);
    expect(fieldPlacementProblems({ ...layout, fields: [{ ...first, widthMm: 0 }] })).toContain('Ô “Họ tên / tên tập thể” phải có chiều rộng và chiều cao lớn hơn 0.');
    expect(fieldPlacementProblems({ ...layout, fields: [{ ...first, minSizePt: 40 }] })).toEqual(['Ô “Họ tên / tên tập thể”: cỡ chữ nhỏ nhất không được lớn hơn cỡ chữ.']);
  });
});

describe('shrink, then wrap, never out of the box', () => {
  const box = { widthPt: 100, heightPt: 30, sizePt: 20, minSizePt: 10, lineHeight: 1.2 };

  it('keeps a short text at its size on one line', () => {
    expect(fitText('Lê Văn Tâm', box, mono)).toEqual({ sizePt: 20, lines: ['Lê Văn Tâm'] });
  });

  it('shrinks a longer text before wrapping it', () => {
    // 16 characters: 160 pt at 20, fits 100 pt at 12.5.
    expect(fitText('Nguyễn Thị Hoà A', box, mono)).toEqual({ sizePt: 12.5, lines: ['Nguyễn Thị Hoà A'] });
  });

  it('wraps by measured width once the smallest size is passed, at the largest size whose lines fit', () => {
    const fitted = fitText('Nguyễn Thị Hồng Nhung Phương Thảo Lan Hà', box, mono);
    expect(fitted.lines.join(' ')).toBe('Nguyễn Thị Hồng Nhung Phương Thảo Lan Hà');
    expect(fitted.lines.length).toBeGreaterThan(1);
    for (const line of fitted.lines) expect(mono(line, fitted.sizePt)).toBeLessThanOrEqual(box.widthPt);
    expect(fitted.lines.length * fitted.sizePt * 1.2).toBeLessThanOrEqual(box.heightPt);
  });

  it('breaks a word wider than the box between letters', () => {
    expect(wrapText('Aaaaaaaaaa', 20, 10, mono)).toEqual(['Aaaa', 'aaaa', 'aa']);
    expect(wrapText('ab Aaaaaaaaaa', 20, 10, mono)).toEqual(['ab', 'Aaaa', 'aaaa', 'aa']);
  });

  it('cuts with “…” only at the floor size, when even that does not fit', () => {
    const fitted = fitText('x '.repeat(500), { widthPt: 20, heightPt: 8, sizePt: 12, minSizePt: 8 }, mono);
    expect(fitted.sizePt).toBe(FLOOR_SIZE_PT);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0].endsWith('…')).toBe(true);
    expect(mono(fitted.lines[0], FLOOR_SIZE_PT)).toBeLessThanOrEqual(20);
    expect(fitText('   ', box, mono)).toEqual({ sizePt: 20, lines: [] });
  });

  it('never leaves its box, for any text and box', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('Nguyễn', 'Thị', 'Hồng', 'Nhung', 'Phương', 'A', 'Trường', 'Tổ', 'dân', 'phố', 'số', '12'), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 20, max: 400 }), fc.integer({ min: 8, max: 80 }), fc.integer({ min: 8, max: 30 }),
      (words, width, height, size) => {
        const fitted = fitText(words.join(' '), { widthPt: width, heightPt: height, sizePt: size, minSizePt: Math.min(size, 8) }, mono);
        for (const line of fitted.lines) expect(mono(line, fitted.sizePt)).toBeLessThanOrEqual(width + 1e-6);
        expect(fitted.lines.length * fitted.sizePt * 1.25).toBeLessThanOrEqual(Math.max(height, FLOOR_SIZE_PT * 1.25) + 1e-6);
      },
    ));
  });
});

describe('templates, fields and images', () => {
  it('ships defaults for Giấy khen (three kinds) and the ward’s titles, none for Lao động tiên tiến', () => {
    const keys = defaultTemplateKeys().map((k) => `${k.award}/${k.subjectKind}`);
    expect(keys).toEqual(expect.arrayContaining(['GIAY_KHEN/person', 'GIAY_KHEN/unit', 'GIAY_KHEN/household', 'CSTDCS/person', 'TTLDTT/unit', 'GIA_DINH_VAN_HOA/household']));
    expect(keys.some((k) => k.startsWith('LDTT/'))).toBe(false);
    expect(defaultTemplate({ award: 'CSTDCS', subjectKind: 'person' })).toMatchObject({ verb: 'TẶNG DANH HIỆU', heading: '', name: 'Chiến sĩ thi đua cơ sở (cá nhân)' });
    expect(defaultTemplate({ award: 'GIAY_KHEN', subjectKind: 'unit' })).toMatchObject({ verb: 'TẶNG', heading: 'GIẤY KHEN', pageWidthMm: 297, pageHeightMm: 210 });
  });

  it('adds a default for each kind of a province’s own title with a certificate the ward confers: “TẶNG” over the title’s name in red', () => {
    const keys = defaultTemplateKeys(CITY.localTitles).map((k) => `${k.award}/${k.subjectKind}`);
    expect(keys.filter((k) => k.startsWith('local:'))).toEqual(['local:guong-mat/person', 'local:guong-mat/household']);
    const template = defaultTemplate({ award: 'local:guong-mat', subjectKind: 'household' }, CITY);
    expect(template).toMatchObject({ name: 'Danh hiệu guong-mat (hộ gia đình)', verb: 'TẶNG', heading: '' });
    expect(template.fields.find((f) => f.key === 'award')).toMatchObject({ red: true, bold: true });
  });

  it('gives each field its printed text', () => {
    const texts = fieldTexts({
      recipient: { order: 7, kind: 'person', name: 'Lê Văn Tâm', positionUnit: 'Tổ trưởng', achievement: 'Thành tích' },
      award: 'Chiến sĩ thi đua cơ sở', decisionNumberText: '05/QĐ-UBND', decisionDate: '2026-11-25', place: 'Ninh Hà', signerName: 'Trần Văn Hùng',
    });
    expect(texts).toMatchObject({ goldenBook: '7', award: 'CHIẾN SĨ THI ĐUA CƠ SỞ', decisionDate: '25/11/2026', placeDate: 'Ninh Hà, ngày 25 tháng 11 năm 2026' });
  });

  it('tells PNG and JPEG by their first bytes, and nothing else', () => {
    expect(imageMimeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(imageMimeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(imageMimeOf(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(imageMimeOf(new Uint8Array([]))).toBeNull();
  });

  it('prints the signer’s title, with the mandate above it for a deputy', () => {
    expect(signerTitleLines({ title: 'Chủ tịch' })).toEqual(['CHỦ TỊCH']);
    expect(signerTitleLines({ mandate: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch' })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});
