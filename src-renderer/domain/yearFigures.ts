/**
 * The year's figures in the shape of TT 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ):
 * Biểu 0601.N/BNV-TĐKT (số phong trào thi đua), 0602.N (số lượng khen thưởng cấp Nhà nước) and 0603.N
 * (số lượng khen thưởng cấp bộ, ngành, tỉnh), annual, received 15/12 (DOMAIN.md "Year-end statistics").
 *
 * Layout: rows, row codes and columns follow the forms as a peer that fills them lays them out
 * (lifephongphanmem/thiduakhenthuong, resources/views/BaoCao/TT022023/Mau0601–0603), the only source
 * of the forms' grid we have. Where this differs: Biểu 0602 splits each form's column into "Tập thể /
 * Cá nhân" sub-columns; here each form has one column, since the rows already split by đối tượng and a
 * household's award fits neither sub-column. Biểu 0603 has four columns; a fifth, "Danh hiệu khác",
 * takes the upward titles the four do not name (Tập thể lao động xuất sắc, Phường tiêu biểu, a
 * province's own titles), so that "Tổng số" stays the sum of its parts.
 *
 * A cell the record cannot fill is `null` (printed empty), never a guessed number: who sent the tờ
 * trình to the Prime Minister, which units are businesses, the nominee's leadership rank, niên hạn and
 * kháng chiến awards (the register has no such kind), which movements a cụm/khối ran.
 * Awards below the province level (the ward chairman's titles and Giấy khen, and any Giấy khen typed in
 * the history, whoever gave it) are outside the three forms (they count awards of the state and of
 * ministries and provinces); they are counted in a table of their own, and awards whose level the
 * register's text does not tell are listed by name, so that every award of the register is counted
 * exactly once: state + upper level + ward + unplaced = the register's awards of the year.
 */
import { addDays, parseIsoDate } from './dates';
import { provinceLevelWord } from './province';
import { searchKey } from './text';
import { awardTitleInfo, type TitleContext } from './titles';
import { SUBJECT_KIND_LABELS, isLocalCode, type AwardCode, type AwardKind, type SubjectKind } from './vocabulary';

/** The day the upper level receives the forms: "Ngày 15 tháng 12 năm báo cáo" (TT 02/2023). */
export const FIGURES_DUE_MONTH_DAY = '12-15';
export const FIGURES_LEGAL_BASIS = 'Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ';

/** What the forms read of a movement (phong trào thi đua). */
export interface FigureMovement {
  name: string;
  launchDocIssuer: string;
  launchDocDate: string | null;
  periodFrom: string;
  periodTo: string | null;
  form: 'regular' | 'thematic';
}

/** What the forms read of an award in the register (lịch sử khen thưởng). */
export interface FigureAward {
  subjectKind: SubjectKind;
  titleCode: AwardCode | null;
  titleLabel: string;
  awardKind: AwardKind;
}

export type AwardLevel = 'state' | 'upper' | 'ward' | 'unplaced';

/** Columns of Biểu 0602 (the forms of Luật TĐKT 2022 Điều 8 conferred by the State). */
export const STATE_COLUMNS = [
  'order', 'medal', 'hcmPrize', 'statePrize', 'honourTitle', 'governmentFlag', 'primeMinisterMerit', 'nationalSoldier', 'otherState',
] as const;
/** Columns of Biểu 0603 (bộ, ngành, tỉnh), and "Danh hiệu khác" for upward titles the form does not name. */
export const UPPER_COLUMNS = ['merit', 'upperSoldier', 'upperFlag', 'badge', 'otherUpper'] as const;
export type StateColumn = (typeof STATE_COLUMNS)[number];
export type UpperColumn = (typeof UPPER_COLUMNS)[number];

export type AwardPlace =
  | { level: 'state'; column: StateColumn }
  | { level: 'upper'; column: UpperColumn }
  | { level: 'ward'; code: AwardCode | null }
  | { level: 'unplaced' };

/**
 * Forms outside the catalogue are typed by hand ("Huân chương Lao động hạng Ba", "Bằng khen của Thủ
 * tướng Chính phủ"): their names, which Luật TĐKT 2022 Điều 8 fixes, tell the form and its level. The
 * first match wins, so the narrower names come first. Search keys: no diacritics, lower case.
 */
const NAMED_FORMS: readonly [RegExp, AwardPlace][] = [
  [/^huan chuong/, { level: 'state', column: 'order' }],
  [/^giai thuong ho chi minh/, { level: 'state', column: 'hcmPrize' }],
  [/^giai thuong nha nuoc/, { level: 'state', column: 'statePrize' }],
  [/^(ba me viet nam anh hung|anh hung|(nha giao|thay thuoc|nghe si|nghe nhan) (nhan dan|uu tu))/, { level: 'state', column: 'honourTitle' }],
  [/^co thi dua cua chinh phu/, { level: 'state', column: 'governmentFlag' }],
  [/^bang khen (cua )?thu tuong/, { level: 'state', column: 'primeMinisterMerit' }],
  [/^chien si thi dua toan quoc/, { level: 'state', column: 'nationalSoldier' }],
  [/^(huy chuong|ky niem chuong|huy hieu)/, { level: 'upper', column: 'badge' }],
  [/^bang khen/, { level: 'upper', column: 'merit' }],
  [/^chien si thi dua co so/, { level: 'ward', code: null }],
  [/^chien si thi dua/, { level: 'upper', column: 'upperSoldier' }],
  [/^co thi dua/, { level: 'upper', column: 'upperFlag' }],
  [/^tap the lao dong xuat sac/, { level: 'upper', column: 'otherUpper' }],
  [/^(giay khen|lao dong tien tien|tap the lao dong tien tien|gia dinh van hoa|(to dan pho|thon|ap|ban|khu pho) van hoa)/, { level: 'ward', code: null }],
];

/**
 * Huy chương: Luật TĐKT 2022 Điều 8 lists the State's Huy chương beside the Huân chương; "Huy chương vì
 * sự nghiệp …" of a ministry is its kỷ niệm chương. A Huy chương named as the State's goes to 0602.
 */
const STATE_MEDALS = /^huy chuong (quan ky quyet thang|vi an ninh to quoc|chien si ve vang|huu nghi)/;

/** Where an award of the register is counted: a catalogue title by its level, a typed form by its name. */
export function placeAward(award: Pick<FigureAward, 'titleCode' | 'titleLabel'>, context?: TitleContext): AwardPlace {
  const code = award.titleCode;
  if (code !== null) {
    const info = awardTitleInfo(code, context);
    if (info.level === 'ward') return { level: 'ward', code };
    if (isLocalCode(code)) return { level: 'upper', column: 'otherUpper' };
    switch (code) {
      case 'BANG_KHEN_TINH': return { level: 'upper', column: 'merit' };
      case 'CSTD_TINH': return { level: 'upper', column: 'upperSoldier' };
      case 'CO_THI_DUA_TINH': return { level: 'upper', column: 'upperFlag' };
      default: return { level: 'upper', column: 'otherUpper' };
    }
  }
  const key = searchKey(award.titleLabel);
  if (STATE_MEDALS.test(key)) return { level: 'state', column: 'medal' };
  return NAMED_FORMS.find(([pattern]) => pattern.test(key))?.[1] ?? { level: 'unplaced' };
}

/** Launching level of a movement, the columns of Biểu 0601. */
export type MovementLevel = 'central' | 'upper' | 'unit';

const CENTRAL_ISSUER = /(chinh phu|thu tuong|trung uong|chu tich nuoc|quoc hoi)/;
const UPPER_ISSUER = /^((chu tich )?(uy ban nhan dan|ubnd)|hoi dong thi dua( -)? khen thuong|hdtdkt|so noi vu|ban thi dua( -)? khen thuong|tinh uy|thanh uy) (tinh|thanh pho|tp)\b|^bo /;

/**
 * Who launched a movement, from the launching body as typed: the Government or a central body; a
 * ministry, province or centrally-run city; otherwise the ward and its units (an empty issuer is the
 * ward's own movement, as the register keeps the ward's movements).
 */
export function movementLevel(issuer: string): MovementLevel {
  const key = searchKey(issuer);
  if (CENTRAL_ISSUER.test(key)) return 'central';
  if (UPPER_ISSUER.test(key)) return 'upper';
  return 'unit';
}

/** The year a movement counts in: the year it was launched (its launching document, else its start). */
export function movementYear(m: Pick<FigureMovement, 'launchDocDate' | 'periodFrom'>): number {
  return Number((m.launchDocDate ?? m.periodFrom).slice(0, 4));
}

export type DurationBand = 'underOne' | 'one' | 'oneToThree' | 'threeToFive' | 'fiveOrMore';

/** Biểu 0601's words for each duration band. */
export const DURATION_LABELS: Record<DurationBand, string> = {
  underOne: 'Dưới 1 năm',
  one: '1 năm',
  oneToThree: 'Từ 1 năm đến dưới 3 năm',
  threeToFive: 'Từ 3 năm đến dưới 5 năm',
  fiveOrMore: 'Từ 5 năm trở lên',
};

/** Whole months from the first day to the day after the last: 01/01–31/12 is 12 months. */
function monthsSpanned(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  if (!a || !parseIsoDate(to) || to < from) return null;
  const end = parseIsoDate(addDays(to, 1))!;
  const months = (end.year - a.year) * 12 + (end.month - a.month) + (end.day >= a.day ? 0 : -1);
  return Math.max(0, months);
}

/** Biểu 0601 "Chia theo thời hạn thi đua"; an open-ended movement has no band. */
export function durationBand(m: Pick<FigureMovement, 'periodFrom' | 'periodTo'>): DurationBand | null {
  if (!m.periodTo) return null;
  const months = monthsSpanned(m.periodFrom, m.periodTo);
  if (months === null) return null;
  if (months < 12) return 'underOne';
  if (months === 12) return 'one';
  if (months < 36) return 'oneToThree';
  if (months < 60) return 'threeToFive';
  return 'fiveOrMore';
}

export interface FigureColumn {
  header: string;
  /** The column's number on the form's numbering row ("1=(2+3+4)", "2", …). */
  number: string;
}

export interface FigureRow {
  /** Mã số; empty on a heading row. */
  code: string;
  label: string;
  /** Đơn vị tính of the row (Biểu 0602, 0603); empty where the form has none. */
  measure: string;
  /** A bold row: "Tổng số" and the headings "1. Chia theo …". */
  bold: boolean;
  /** One per column, "Tổng số" first; null is a cell the record cannot fill; a heading has none. */
  cells: (number | null)[];
}

export interface FigureForm {
  id: '0601' | '0602' | '0603' | 'ward';
  /** "0601.N/BNV-TĐKT"; null for the ward's own table, which is no form of TT 02/2023. */
  formNumber: string | null;
  title: string;
  /** "Đơn vị tính: Phong trào" (Biểu 0601). */
  measureNote: string | null;
  /** Whether the form has a "Đơn vị tính" column (Biểu 0602, 0603). */
  hasMeasure: boolean;
  columns: FigureColumn[];
  rows: FigureRow[];
}

/** A movement counted in Biểu 0601, with where it was counted: the clerk sees how each was read. */
export interface CountedMovement {
  name: string;
  issuer: string;
  level: MovementLevel;
  band: DurationBand | null;
  form: FigureMovement['form'];
}

export interface YearFigures {
  year: number;
  forms: FigureForm[];
  movements: CountedMovement[];
  /** Awards whose level the register does not tell, by name: the clerk places them before sending. */
  unplaced: { label: string; count: number }[];
  /** Every award of the register counted once. */
  reconciliation: Record<AwardLevel, number> & { register: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

type Predicate<T> = ((item: T) => boolean) | null;

interface RowSpec<T> {
  code: string;
  label: string;
  measure?: string;
  /** A heading: no cells. */
  heading?: boolean;
  /** null: the record cannot tell, the row's cells stay empty. */
  match?: Predicate<T>;
}

/**
 * Rows × columns: each cell counts the items of its column that its row matches; "Tổng số" (the first
 * column) is the sum of the others, as the forms define it ("1=(2+3+4)").
 */
function fillRows<T>(specs: readonly RowSpec<T>[], columnItems: readonly (readonly T[])[]): FigureRow[] {
  return specs.map((spec) => {
    const base = { code: spec.code, label: spec.label, measure: spec.measure ?? '', bold: spec.heading === true || spec.label === 'Tổng số' };
    if (spec.heading) return { ...base, cells: [] };
    const match = spec.match === undefined ? () => true : spec.match;
    if (match === null) return { ...base, cells: columnItems.map(() => null).concat(null) };
    const counts = columnItems.map((items) => items.filter(match).length);
    return { ...base, cells: [counts.reduce((a, b) => a + b, 0), ...counts] };
  });
}

function numbered(headers: readonly string[], first: string): FigureColumn[] {
  const parts = headers.map((_, i) => String(i + 2));
  return [
    { header: 'Tổng số', number: `${first}=(${parts.join('+')})` },
    ...headers.map((header, i) => ({ header, number: parts[i] })),
  ];
}

function movementsForm(movements: readonly FigureMovement[], upperWords: string): FigureForm {
  const levels: MovementLevel[] = ['central', 'upper', 'unit'];
  const byLevel = levels.map((level) => movements.filter((m) => movementLevel(m.launchDocIssuer) === level));
  const level = (l: MovementLevel) => (m: FigureMovement) => movementLevel(m.launchDocIssuer) === l;
  const band = (b: DurationBand) => (m: FigureMovement) => durationBand(m) === b;
  const rows: RowSpec<FigureMovement>[] = [
    { code: '01', label: 'Tổng số' },
    { code: '', label: '1. Chia theo phạm vi tổ chức thi đua', heading: true },
    { code: '02', label: '- Toàn quốc', match: level('central') },
    { code: '03', label: '- Bộ, ban, ngành, đoàn thể, địa phương', match: level('upper') },
    { code: '04', label: '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', match: null },
    { code: '05', label: '- Cơ quan, tổ chức, đơn vị', match: level('unit') },
    { code: '', label: '2. Chia theo thời hạn thi đua', heading: true },
    ...(Object.keys(DURATION_LABELS) as DurationBand[]).map((b, i) => ({ code: pad(i + 6), label: `- ${DURATION_LABELS[b]}`, match: band(b) })),
    { code: '', label: '3. Chia theo phương thức tổ chức phong trào thi đua', heading: true },
    { code: '11', label: '- Thi đua theo chuyên đề', match: (m) => m.form === 'thematic' },
    { code: '12', label: '- Thi đua thường xuyên hàng năm', match: (m) => m.form === 'regular' },
  ];
  return {
    id: '0601',
    formNumber: '0601.N/BNV-TĐKT',
    title: 'SỐ PHONG TRÀO THI ĐUA',
    measureNote: 'Đơn vị tính: Phong trào',
    hasMeasure: false,
    columns: numbered([
      'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)',
      `Cấp bộ, ban, ngành, đoàn thể Trung ương, ${upperWords}`,
      'Cơ quan, tổ chức, đơn vị',
    ], '1'),
    rows: fillRows(rows, byLevel),
  };
}

/** Loại hình khen thưởng of the register (Luật TĐKT 2022 Điều 8) as the forms' "phương thức" rows. */
const METHOD_ROWS: readonly { label: string; kind: AwardKind | null }[] = [
  { label: '- Thường xuyên', kind: 'cong_trang' },
  { label: '- Chuyên đề', kind: 'chuyen_de' },
  { label: '- Đột xuất', kind: 'dot_xuat' },
  { label: '- Đối ngoại', kind: 'doi_ngoai' },
  { label: '- Cống hiến', kind: 'cong_hien' },
  { label: '- Niên hạn', kind: null },
  { label: '- Kháng chiến', kind: null },
];

const MEASURE: Record<SubjectKind, string> = { unit: 'Tập thể', household: 'Hộ', person: 'Người' };

/** The rows Biểu 0602 and 0603 share after "Tổng số": by đối tượng, then by phương thức. */
function awardRows(codes: readonly string[], upperRank: string, firstHeading: number): RowSpec<FigureAward>[] {
  const subject = (kind: SubjectKind) => (a: FigureAward) => a.subjectKind === kind;
  const labels = [
    `+ Lãnh đạo cấp bộ, ${upperRank} và tương đương trở lên`,
    '+ Lãnh đạo cấp vụ, sở, ngành và tương đương',
    '+ Doanh nhân',
    '+ Các cấp lãnh đạo khác từ phó phòng trở lên',
    '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)',
  ];
  let next = 0;
  const code = () => codes[next++];
  return [
    { code: code(), label: 'Tổng số' },
    { code: '', label: `${firstHeading}. Chia theo đối tượng khen thưởng`, heading: true },
    { code: code(), label: '- Tập thể', measure: MEASURE.unit, match: subject('unit') },
    { code: code(), label: 'Trong đó: Doanh nghiệp', measure: 'Doanh nghiệp', match: null },
    { code: code(), label: '- Hộ gia đình', measure: MEASURE.household, match: subject('household') },
    { code: code(), label: '- Cá nhân', measure: MEASURE.person, match: subject('person') },
    ...labels.map((label) => ({ code: code(), label, measure: MEASURE.person, match: null })),
    { code: '', label: `${firstHeading + 1}. Chia theo phương thức khen thưởng`, heading: true },
    ...METHOD_ROWS.map((r) => ({ code: code(), label: r.label, match: r.kind === null ? null : (a: FigureAward) => a.awardKind === r.kind })),
  ];
}

function columnsOf<C extends string>(placed: readonly { award: FigureAward; place: AwardPlace }[], level: 'state' | 'upper', columns: readonly C[]): FigureAward[][] {
  return columns.map((c) => placed.filter((p) => p.place.level === level && 'column' in p.place && p.place.column === c).map((p) => p.award));
}

function stateForm(placed: readonly { award: FigureAward; place: AwardPlace }[], upperWords: string, upperRank: string): FigureForm {
  // Row codes as the form numbers them: 1–3 the tờ trình's sender, 6–14 the đối tượng, 15–21 the phương thức.
  const rows = awardRows(['1', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21'], upperRank, 2);
  const sender: RowSpec<FigureAward>[] = [
    { code: '', label: '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng', heading: true },
    { code: '2', label: '- Bộ, ban, ngành, đoàn thể Trung ương', measure: 'Bộ, ngành', match: null },
    { code: '3', label: `- ${upperWords.charAt(0).toLocaleUpperCase('vi')}${upperWords.slice(1)}`, measure: upperWords.startsWith('tỉnh') ? 'Tỉnh, thành phố' : 'Thành phố', match: null },
  ];
  return {
    id: '0602',
    formNumber: '0602.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    measureNote: null,
    hasMeasure: true,
    columns: numbered([
      'Huân chương', 'Huy chương', 'Giải thưởng Hồ Chí Minh', 'Giải thưởng Nhà nước', 'Danh hiệu vinh dự Nhà nước',
      'Cờ thi đua của Chính phủ', 'Bằng khen của Thủ tướng Chính phủ', 'Danh hiệu “Chiến sĩ thi đua toàn quốc”', 'Các hình thức khen thưởng khác',
    ], '1'),
    rows: fillRows([rows[0], ...sender, ...rows.slice(1)], columnsOf(placed, 'state', STATE_COLUMNS)),
  };
}

function upperForm(placed: readonly { award: FigureAward; place: AwardPlace }[], upperWords: string, upperRank: string): FigureForm {
  return {
    id: '0603',
    formNumber: '0603.N/BNV-TĐKT',
    title: `SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ ${upperWords.toLocaleUpperCase('vi')}`,
    measureNote: null,
    hasMeasure: true,
    columns: numbered([
      'Bằng khen',
      `Chiến sĩ thi đua cấp bộ, ${upperRank}`,
      `Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, ${upperWords}`,
      `Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, ${upperWords}`,
      'Danh hiệu khác',
    ], '1'),
    rows: fillRows(awardRows(Array.from({ length: 17 }, (_, i) => pad(i + 1)), upperRank, 1), columnsOf(placed, 'upper', UPPER_COLUMNS)),
  };
}

/**
 * Awards below the province level (outside TT 02/2023): one row per title as the catalogue names it, or
 * as typed (a "Giấy khen của Giám đốc Sở …" keeps its own row), columns by đối tượng.
 */
function wardForm(placed: readonly { award: FigureAward; place: AwardPlace }[], context: TitleContext | undefined): FigureForm {
  const awards = placed.filter((p) => p.place.level === 'ward');
  const labelOf = (p: { award: FigureAward; place: AwardPlace }) =>
    p.place.level === 'ward' && p.place.code !== null ? awardTitleInfo(p.place.code, context).label : p.award.titleLabel;
  const labels = [...new Set(awards.map(labelOf))];
  const kinds: SubjectKind[] = ['unit', 'household', 'person'];
  const byKind = kinds.map((k) => awards.filter((p) => p.award.subjectKind === k).map(labelOf));
  const rows: RowSpec<string>[] = [
    { code: '01', label: 'Tổng số' },
    ...labels.map((label, i) => ({ code: pad(i + 2), label: `- ${label}`, match: (l: string) => l === label })),
  ];
  return {
    id: 'ward',
    formNumber: null,
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP CƠ SỞ',
    measureNote: null,
    hasMeasure: false,
    columns: numbered(kinds.map((k) => SUBJECT_KIND_LABELS[k]), '1'),
    rows: fillRows(rows, byKind),
  };
}

export interface FiguresInput {
  year: number;
  movements: readonly FigureMovement[];
  /** The register's awards of the year, archived ones left out. */
  awards: readonly FigureAward[];
  context?: TitleContext;
}

/** The three forms and the ward's own table for a year, with every award of the register counted once. */
export function computeYearFigures(input: FiguresInput): YearFigures {
  const naming = input.context?.naming;
  const level = provinceLevelWord(naming?.provinceKind ?? 'province');
  // The forms' generic "tỉnh, thành phố trực thuộc Trung ương"; a city ward's own papers say only "thành phố".
  const upperWords = level === 'thành phố' ? 'thành phố trực thuộc Trung ương' : 'tỉnh, thành phố trực thuộc Trung ương';
  const upperRank = `cấp ${level}`;
  const placed = input.awards.map((award) => ({ award, place: placeAward(award, input.context) }));
  const movements = input.movements.filter((m) => movementYear(m) === input.year);
  const unplacedCounts = new Map<string, number>();
  for (const p of placed) if (p.place.level === 'unplaced') unplacedCounts.set(p.award.titleLabel, (unplacedCounts.get(p.award.titleLabel) ?? 0) + 1);
  const count = (l: AwardLevel) => placed.filter((p) => p.place.level === l).length;
  return {
    year: input.year,
    forms: [
      movementsForm(movements, upperWords),
      stateForm(placed, upperWords, upperRank),
      upperForm(placed, upperWords, upperRank),
      wardForm(placed, input.context),
    ],
    movements: movements.map((m) => ({ name: m.name, issuer: m.launchDocIssuer, level: movementLevel(m.launchDocIssuer), band: durationBand(m), form: m.form })),
    unplaced: [...unplacedCounts].map(([label, n]) => ({ label, count: n })),
    reconciliation: { register: placed.length, state: count('state'), upper: count('upper'), ward: count('ward'), unplaced: count('unplaced') },
  };
}

/** The "Tổng số" of a form: the first cell of its first row. */
export function formTotal(form: FigureForm): number {
  return form.rows[0].cells[0] ?? 0;
}

/** The head of a form's table, as all three outputs print it: the column titles, then their numbers. */
export function formHead(form: FigureForm): { titles: string[]; numbers: string[] } {
  const measure = form.hasMeasure ? ['Đơn vị tính'] : [];
  return {
    titles: ['', 'Mã số', ...measure, ...form.columns.map((c) => c.header)],
    numbers: ['A', 'B', ...(form.hasMeasure ? ['C'] : []), ...form.columns.map((c) => c.number)],
  };
}

/** A body row of a form's table; a cell the record cannot fill, and a heading's cells, are null. */
export function formRowValues(form: FigureForm, row: FigureRow): (string | number | null)[] {
  const cells = row.cells.length > 0 ? row.cells : form.columns.map(() => null);
  return [row.label, row.code, ...(form.hasMeasure ? [row.measure] : []), ...cells];
}

/**
 * The block above each form (TT 02/2023): left, the form's number, its legal basis and the day it is
 * received; right, who reports and who receives. The ward's own table says it is no form of the circular.
 */
export function formHeading(form: FigureForm, reportingUnit: string, receivingUnit: string): { left: string[]; right: string[] } {
  const left = form.formNumber
    ? [`Biểu số: ${form.formNumber}`, 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023', 'Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo']
    : ['Số liệu kèm theo Biểu 0601–0603', '(khen thưởng cấp cơ sở, ngoài Thông tư số 02/2023/TT-BNV)'];
  return { left, right: [`Đơn vị báo cáo: ${reportingUnit}`, `Đơn vị nhận báo cáo: ${receivingUnit}`] };
}
