import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeYearFigures, durationBand, formHead, formHeading, formRowValues, formTotal, movementLevel, movementYear, placeAward,
  STATE_COLUMNS, UPPER_COLUMNS, type AwardPlace, type FigureAward, type FigureForm, type FigureMovement, type YearFigures,
} from '../../../src-renderer/domain/yearFigures';
import { DEFAULT_NAMING } from '../../../src-renderer/domain/province';
import type { TitleContext } from '../../../src-renderer/domain/titles';
import type { LocalTitleInForce } from '../../../src-renderer/domain/provincePack';
import type { AwardCode, AwardKind, SubjectKind } from '../../../src-renderer/domain/vocabulary';

const local = (id: string, conferredBy: 'ward' | 'upward'): LocalTitleInForce => ({
  id, label: `Danh hiệu riêng ${id}`, shortLabel: id, subjectKinds: ['person'], conferredBy, secretBallot: false, reference: 'QĐ 1/2025/QĐ-UBND',
} as LocalTitleInForce);
const CONTEXT: TitleContext = { naming: DEFAULT_NAMING, localTitles: [local('lao-dong-gioi', 'ward'), local('nguoi-tot', 'upward')] };

/**
 * The register's awards as a ward records them, each with where it must be counted — the ground truth
 * the generated years are checked against (Luật TĐKT 2022 Điều 8 names the forms and their levels).
 */
const KNOWN: readonly { titleCode: AwardCode | null; titleLabel: string; place: AwardPlace }[] = [
  { titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến', place: { level: 'ward', code: 'LDTT' } },
  { titleCode: 'CSTDCS', titleLabel: 'Chiến sĩ thi đua cơ sở', place: { level: 'ward', code: 'CSTDCS' } },
  { titleCode: 'GIAY_KHEN', titleLabel: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường', place: { level: 'ward', code: 'GIAY_KHEN' } },
  { titleCode: 'GIA_DINH_VAN_HOA', titleLabel: 'Gia đình văn hóa', place: { level: 'ward', code: 'GIA_DINH_VAN_HOA' } },
  { titleCode: 'local:lao-dong-gioi', titleLabel: 'Danh hiệu riêng lao-dong-gioi', place: { level: 'ward', code: 'local:lao-dong-gioi' } },
  { titleCode: 'BANG_KHEN_TINH', titleLabel: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', place: { level: 'upper', column: 'merit' } },
  { titleCode: 'CSTD_TINH', titleLabel: 'Chiến sĩ thi đua cấp tỉnh', place: { level: 'upper', column: 'upperSoldier' } },
  { titleCode: 'CO_THI_DUA_TINH', titleLabel: 'Cờ thi đua của Ủy ban nhân dân tỉnh', place: { level: 'upper', column: 'upperFlag' } },
  { titleCode: 'TTLDXS', titleLabel: 'Tập thể lao động xuất sắc', place: { level: 'upper', column: 'otherUpper' } },
  { titleCode: 'XA_TIEU_BIEU', titleLabel: 'Phường tiêu biểu', place: { level: 'upper', column: 'otherUpper' } },
  { titleCode: 'local:nguoi-tot', titleLabel: 'Danh hiệu riêng nguoi-tot', place: { level: 'upper', column: 'otherUpper' } },
  { titleCode: null, titleLabel: 'Bằng khen của Bộ trưởng Bộ Công an', place: { level: 'upper', column: 'merit' } },
  { titleCode: null, titleLabel: 'Kỷ niệm chương Vì sự nghiệp Nội vụ', place: { level: 'upper', column: 'badge' } },
  { titleCode: null, titleLabel: 'Huân chương Lao động hạng Ba', place: { level: 'state', column: 'order' } },
  { titleCode: null, titleLabel: 'Huy chương Chiến sĩ vẻ vang hạng Nhì', place: { level: 'state', column: 'medal' } },
  { titleCode: null, titleLabel: 'Giải thưởng Hồ Chí Minh', place: { level: 'state', column: 'hcmPrize' } },
  { titleCode: null, titleLabel: 'Giải thưởng Nhà nước', place: { level: 'state', column: 'statePrize' } },
  { titleCode: null, titleLabel: 'Bà mẹ Việt Nam anh hùng', place: { level: 'state', column: 'honourTitle' } },
  { titleCode: null, titleLabel: 'Nhà giáo ưu tú', place: { level: 'state', column: 'honourTitle' } },
  { titleCode: null, titleLabel: 'Cờ thi đua của Chính phủ', place: { level: 'state', column: 'governmentFlag' } },
  { titleCode: null, titleLabel: 'Bằng khen của Thủ tướng Chính phủ', place: { level: 'state', column: 'primeMinisterMerit' } },
  { titleCode: null, titleLabel: 'Chiến sĩ thi đua toàn quốc', place: { level: 'state', column: 'nationalSoldier' } },
  { titleCode: null, titleLabel: 'Thư khen của Hội Nông dân', place: { level: 'unplaced' } },
];

const SUBJECTS: readonly SubjectKind[] = ['unit', 'household', 'person'];
const KINDS: readonly AwardKind[] = ['cong_trang', 'chuyen_de', 'dot_xuat', 'doi_ngoai', 'cong_hien'];

const awardArb = fc.record({
  known: fc.integer({ min: 0, max: KNOWN.length - 1 }),
  subjectKind: fc.constantFrom(...SUBJECTS),
  awardKind: fc.constantFrom(...KINDS),
});

function formOf(figures: YearFigures, id: FigureForm['id']): FigureForm {
  return figures.forms.find((f) => f.id === id)!;
}
const rowOf = (form: FigureForm, label: string) => form.rows.find((r) => r.label === label)!;

describe('placeAward: every award of the register at its level and form', () => {
  it.each(KNOWN.map((k) => [k.titleLabel, k] as const))('%s', (_, k) => {
    expect(placeAward(k, CONTEXT)).toEqual(k.place);
  });
  it('reads typed names without their diacritics or case', () => {
    expect(placeAward({ titleCode: null, titleLabel: 'HUÂN CHƯƠNG BẢO VỆ TỔ QUỐC HẠNG BA' })).toEqual({ level: 'state', column: 'order' });
    expect(placeAward({ titleCode: null, titleLabel: 'Bằng khen Thủ tướng Chính phủ' })).toEqual({ level: 'state', column: 'primeMinisterMerit' });
    expect(placeAward({ titleCode: null, titleLabel: 'Chiến sĩ thi đua cấp bộ' })).toEqual({ level: 'upper', column: 'upperSoldier' });
    expect(placeAward({ titleCode: null, titleLabel: 'Huy chương Vì sự nghiệp Giáo dục' })).toEqual({ level: 'upper', column: 'badge' });
    // A Giấy khen is below the province level whoever gave it: counted with the cơ sở awards, under its own name.
    expect(placeAward({ titleCode: null, titleLabel: 'Giấy khen của Giám đốc Sở Y tế' })).toEqual({ level: 'ward', code: null });
  });
});

describe('computeYearFigures: the totals agree with the award register', () => {
  it('for any generated year, each form column counts exactly the register awards of that form and level', () => {
    fc.assert(
      fc.property(fc.array(awardArb, { maxLength: 120 }), (generated) => {
        const awards: FigureAward[] = generated.map((g) => ({ ...KNOWN[g.known], subjectKind: g.subjectKind, awardKind: g.awardKind }));
        const places = generated.map((g) => KNOWN[g.known].place);
        const figures = computeYearFigures({ year: 2026, movements: [], awards, context: CONTEXT });
        const expected = (pick: (p: AwardPlace) => boolean) => places.filter(pick).length;

        // Every award counted once: state + upper + ward + unplaced = the register's awards.
        const r = figures.reconciliation;
        expect(r.register).toBe(awards.length);
        expect(r.state + r.upper + r.ward + r.unplaced).toBe(awards.length);

        const state = formOf(figures, '0602');
        STATE_COLUMNS.forEach((c, j) => expect(state.rows[0].cells[j + 1]).toBe(expected((p) => p.level === 'state' && p.column === c)));
        expect(formTotal(state)).toBe(expected((p) => p.level === 'state'));
        const upper = formOf(figures, '0603');
        UPPER_COLUMNS.forEach((c, j) => expect(upper.rows[0].cells[j + 1]).toBe(expected((p) => p.level === 'upper' && p.column === c)));
        expect(formTotal(upper)).toBe(expected((p) => p.level === 'upper'));
        expect(formTotal(formOf(figures, 'ward'))).toBe(expected((p) => p.level === 'ward'));
        expect(figures.unplaced.reduce((a, u) => a + u.count, 0)).toBe(expected((p) => p.level === 'unplaced'));

        // Within each form, the đối tượng rows and the phương thức rows each add up to "Tổng số", column by column.
        for (const form of [state, upper]) {
          form.rows[0].cells.forEach((total, j) => {
            const sum = (labels: string[]) => labels.reduce((a, l) => a + (rowOf(form, l).cells[j] ?? 0), 0);
            expect(sum(['- Tập thể', '- Hộ gia đình', '- Cá nhân'])).toBe(total);
            expect(sum(['- Thường xuyên', '- Chuyên đề', '- Đột xuất', '- Đối ngoại', '- Cống hiến'])).toBe(total);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts a small year by hand: subjects, kinds and the ward table by title', () => {
    const awards: FigureAward[] = [
      { subjectKind: 'person', titleCode: null, titleLabel: 'Huân chương Lao động hạng Ba', awardKind: 'cong_hien' },
      { subjectKind: 'unit', titleCode: 'BANG_KHEN_TINH', titleLabel: 'Bằng khen', awardKind: 'dot_xuat' },
      { subjectKind: 'person', titleCode: 'BANG_KHEN_TINH', titleLabel: 'Bằng khen', awardKind: 'cong_trang' },
      { subjectKind: 'person', titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến', awardKind: 'cong_trang' },
      { subjectKind: 'person', titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến', awardKind: 'cong_trang' },
      { subjectKind: 'household', titleCode: 'GIAY_KHEN', titleLabel: 'Giấy khen', awardKind: 'cong_trang' },
      { subjectKind: 'person', titleCode: null, titleLabel: 'Thư khen', awardKind: 'cong_trang' },
    ];
    const figures = computeYearFigures({ year: 2026, movements: [], awards });
    const state = formOf(figures, '0602');
    expect(state.rows[0].cells).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rowOf(state, '- Cống hiến').cells[0]).toBe(1);
    // The record does not say who sent the tờ trình, which units are businesses, nor niên hạn: left empty.
    expect(rowOf(state, '- Bộ, ban, ngành, đoàn thể Trung ương').cells.every((c) => c === null)).toBe(true);
    expect(rowOf(state, 'Trong đó: Doanh nghiệp').cells.every((c) => c === null)).toBe(true);
    expect(rowOf(state, '- Niên hạn').cells.every((c) => c === null)).toBe(true);
    const upper = formOf(figures, '0603');
    expect(upper.rows[0].cells).toEqual([2, 2, 0, 0, 0, 0]);
    expect(rowOf(upper, '- Tập thể').cells[0]).toBe(1);
    expect(rowOf(upper, '- Đột xuất').cells[1]).toBe(1);
    const ward = formOf(figures, 'ward');
    expect(ward.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['Tổng số', 3, 0, 1, 2],
      ['- Lao động tiên tiến', 2, 0, 0, 2],
      ['- Giấy khen của Chủ tịch Ủy ban nhân dân phường', 1, 0, 1, 0],
    ]);
    expect(figures.unplaced).toEqual([{ label: 'Thư khen', count: 1 }]);
    expect(figures.reconciliation).toEqual({ register: 7, state: 1, upper: 2, ward: 3, unplaced: 1 });
  });
});

describe('Biểu 0601: the movements launched in the year, by level, duration and method', () => {
  const m = (over: Partial<FigureMovement>): FigureMovement => ({
    name: 'Phong trào', launchDocIssuer: '', launchDocDate: null, periodFrom: '2026-01-01', periodTo: '2026-12-31', form: 'regular', ...over,
  });

  it('reads the launching level from the launching body', () => {
    expect(movementLevel('Thủ tướng Chính phủ')).toBe('central');
    expect(movementLevel('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam')).toBe('central');
    expect(movementLevel('Ủy ban nhân dân tỉnh Khánh Hòa')).toBe('upper');
    expect(movementLevel('UBND thành phố Hà Nội')).toBe('upper');
    expect(movementLevel('Bộ Công an')).toBe('upper');
    expect(movementLevel('Ủy ban nhân dân phường Ninh Hà')).toBe('unit');
    expect(movementLevel('')).toBe('unit');
  });

  it('bands durations as the form does', () => {
    expect(durationBand(m({ periodFrom: '2026-03-01', periodTo: '2026-06-30' }))).toBe('underOne');
    expect(durationBand(m({}))).toBe('one');
    expect(durationBand(m({ periodFrom: '2026-01-01', periodTo: '2027-12-31' }))).toBe('oneToThree');
    expect(durationBand(m({ periodFrom: '2026-01-01', periodTo: '2029-06-30' }))).toBe('threeToFive');
    expect(durationBand(m({ periodFrom: '2026-01-01', periodTo: '2030-12-31' }))).toBe('fiveOrMore');
    expect(durationBand(m({ periodTo: null }))).toBeNull();
    expect(durationBand(m({ periodFrom: '2026-05-10', periodTo: '2026-05-01' }))).toBeNull();
  });

  it('counts a movement in the year it was launched', () => {
    expect(movementYear(m({ launchDocDate: '2025-12-20' }))).toBe(2025);
    expect(movementYear(m({}))).toBe(2026);
    const figures = computeYearFigures({
      year: 2026,
      awards: [],
      movements: [
        m({ form: 'thematic', periodFrom: '2026-03-01', periodTo: '2026-06-30' }),
        m({ launchDocIssuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', periodFrom: '2026-01-01', periodTo: '2030-12-31' }),
        m({ launchDocIssuer: 'Thủ tướng Chính phủ', periodTo: null }),
        m({ launchDocDate: '2025-12-01' }),
      ],
    });
    const form = formOf(figures, '0601');
    // Each counted movement with how it was read, for the screen to show.
    expect(figures.movements.map((x) => [x.level, x.band, x.form])).toEqual([
      ['unit', 'underOne', 'thematic'], ['upper', 'fiveOrMore', 'regular'], ['central', null, 'regular'],
    ]);
    expect(form.rows.map((r) => [r.code, ...r.cells])).toEqual([
      ['01', 3, 1, 1, 1],
      [''],
      ['02', 1, 1, 0, 0],
      ['03', 1, 0, 1, 0],
      ['04', null, null, null, null],
      ['05', 1, 0, 0, 1],
      [''],
      ['06', 1, 0, 0, 1],
      ['07', 0, 0, 0, 0],
      ['08', 0, 0, 0, 0],
      ['09', 0, 0, 0, 0],
      ['10', 1, 0, 1, 0],
      [''],
      ['11', 1, 0, 0, 1],
      ['12', 2, 1, 1, 0],
    ]);
    expect(form.columns[0].number).toBe('1=(2+3+4)');
  });
});

describe('the forms as printed', () => {
  const figures = computeYearFigures({ year: 2026, movements: [], awards: [] });

  it('heads each table with its columns, then their numbers (A, B, C, 1, 2 …)', () => {
    const state = formOf(figures, '0602');
    expect(formHead(state).numbers.slice(0, 5)).toEqual(['A', 'B', 'C', '1=(2+3+4+5+6+7+8+9+10)', '2']);
    expect(formHead(formOf(figures, '0601')).titles.slice(0, 3)).toEqual(['', 'Mã số', 'Tổng số']);
    const heading = formRowValues(state, state.rows.find((r) => r.code === '')!);
    expect(heading.slice(2).every((v) => v === null || v === '')).toBe(true);
  });

  it('says who reports to whom, and by 15/12', () => {
    const heading = formHeading(formOf(figures, '0603'), 'Ủy ban nhân dân phường Ninh Hà', 'Sở Nội vụ tỉnh Khánh Hòa');
    expect(heading.left).toEqual([
      'Biểu số: 0603.N/BNV-TĐKT', 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023', 'Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo',
    ]);
    expect(heading.right).toEqual(['Đơn vị báo cáo: Ủy ban nhân dân phường Ninh Hà', 'Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Khánh Hòa']);
    expect(formHeading(formOf(figures, 'ward'), 'A', 'B').left[0]).toBe('Số liệu kèm theo Biểu 0601–0603');
  });

  it('names the upper level "thành phố" for a ward of a centrally-run city, never "tỉnh"', () => {
    const city = computeYearFigures({ year: 2026, movements: [], awards: [], context: { naming: { provinceKind: 'city', wardWord: 'phường' }, localTitles: [] } });
    const texts = city.forms.flatMap((f) => [f.title, ...f.columns.map((c) => c.header), ...f.rows.flatMap((r) => [r.label, r.measure])]);
    expect(texts.filter((t) => /tỉnh(?!\s*[,/]\s*thành phố)/i.test(t))).toEqual([]);
    expect(formOf(city, '0603').columns[2].header).toBe('Chiến sĩ thi đua cấp bộ, cấp thành phố');
    expect(texts.filter((t) => /tỉnh(?!\s*[,/]\s*thành phố)/i.test(t) || t.includes('tỉnh, thành phố'))).toEqual([]);
    const province = computeYearFigures({ year: 2026, movements: [], awards: [] });
    expect(formOf(province, '0603').columns[2].header).toBe('Chiến sĩ thi đua cấp bộ, cấp tỉnh');
  });
});
