/**
 * The demo ward "Phường Ninh Hà" (SPEC §9): a small ward as its office would keep it, which a new user
 * can load from the first screen and remove again. Every record carries `demo: 1`. Built
 * deterministically (seed 2026) and dated by the calendar in story.ts.
 */
import { TITLES } from '../../domain/titles';
import type { CriteriaSetDefinition } from '../../domain/scoring';
import type { Gender, TaskRating, TitleCode, UnitKind } from '../../domain/vocabulary';
import { searchFieldsOf } from '../registers';
import { KHANH_HOA_PACK } from '../provincePacks';
import { UNMERGED_PERSON, WARD_PROFILE_ID } from '../schemas';
import type { Award, GoodDeed, Person, Unit } from '../schemas';
import { baseFields, emptyDataset, generatorTools, vietnameseName } from './dataset';
import type { WardDataset } from './dataset';
import { buildNominations } from './demoNominations';
import type { DemoTools } from './demoNominations';
import { DEMO_TODAY, DEMO_YEAR, ISSUER_TOWN, ISSUER_WARD } from './story';

const AT = `${DEMO_TODAY}T02:00:00.000Z`;

/** A staff position, or a named person in it (the council members and the people whose record tells a story). */
type Staff = string | { position: string; name: string; gender: Gender; ratings?: TaskRating[]; cstdcsYears?: number[] };

const HISTORY_YEARS = [2023, 2024, 2025] as const;
const RATED_YEARS = [...HISTORY_YEARS, DEMO_YEAR];

const repeat = (position: string, n: number): string[] => Array.from({ length: n }, () => position);

const TDP_STAFF: Staff[] = [
  'Tổ trưởng tổ dân phố', 'Tổ phó tổ dân phố', 'Trưởng ban Công tác Mặt trận', 'Chi hội trưởng Chi hội Phụ nữ',
  'Chi hội trưởng Chi hội Cựu chiến binh', 'Bí thư Chi đoàn',
];

/**
 * The ward's units and who works in each (DOMAIN.md §9 positions). Ward leaders sit in the Văn phòng
 * HĐND và UBND; the office running TĐKT is Phòng Văn hóa - Xã hội (NĐ 150/2025).
 */
const UNIT_PLAN: { name: string; kind: UnitKind; block: 0 | 1 | 2; staff: Staff[] }[] = [
  ...Array.from({ length: 12 }, (_, i) => ({
    name: `Tổ dân phố ${i + 1}`, kind: 'tdp' as const, block: 0 as const,
    staff: i === 6 ? [{ position: 'Tổ trưởng tổ dân phố', name: 'Đỗ Văn Minh', gender: 'male' as const }, ...TDP_STAFF.slice(1)] : TDP_STAFF,
  })),
  {
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', kind: 'front', block: 1,
    staff: [
      { position: 'Chủ tịch Ủy ban MTTQ Việt Nam phường', name: 'Phạm Quốc Thắng', gender: 'male' },
      'Phó Chủ tịch Ủy ban MTTQ Việt Nam phường', 'Ủy viên Thường trực Ủy ban MTTQ Việt Nam phường', 'Cán bộ Ủy ban MTTQ Việt Nam phường',
    ],
  },
  {
    name: 'Hội Liên hiệp Phụ nữ phường', kind: 'front', block: 1,
    staff: [{ position: 'Chủ tịch Hội LHPN phường', name: 'Huỳnh Thị Mai', gender: 'female' }, 'Phó Chủ tịch Hội LHPN phường', 'Cán bộ Hội LHPN phường', 'Cán bộ Hội LHPN phường'],
  },
  { name: 'Đoàn Thanh niên phường', kind: 'front', block: 1, staff: ['Bí thư Đoàn phường', 'Phó Bí thư Đoàn phường', 'Ủy viên Ban Thường vụ Đoàn phường', 'Ủy viên Ban Chấp hành Đoàn phường'] },
  { name: 'Hội Cựu chiến binh phường', kind: 'front', block: 1, staff: ['Chủ tịch Hội CCB phường', 'Phó Chủ tịch Hội CCB phường', 'Ủy viên Ban Chấp hành Hội CCB phường', 'Ủy viên Ban Chấp hành Hội CCB phường'] },
  {
    name: 'Văn phòng HĐND và UBND phường', kind: 'office', block: 2,
    staff: [
      { position: 'Chủ tịch UBND phường', name: 'Trần Văn Hùng', gender: 'male' },
      { position: 'Phó Chủ tịch UBND phường', name: 'Nguyễn Thị Hoà', gender: 'female' },
      { position: 'Chánh Văn phòng HĐND và UBND phường', name: 'Bùi Đức Trung', gender: 'male' },
      'Công chức Văn phòng - Thống kê', 'Công chức Tư pháp - Hộ tịch', 'Chuyên viên Văn phòng',
    ],
  },
  {
    name: 'Phòng Văn hóa - Xã hội', kind: 'office', block: 2,
    staff: [
      { position: 'Trưởng phòng Văn hóa - Xã hội', name: 'Lê Thị Thủy', gender: 'female' },
      'Phó Trưởng phòng Văn hóa - Xã hội',
      { position: 'Công chức Văn hóa - Xã hội', name: 'Hồ Thị Ngọc Trang', gender: 'female' },
      'Chuyên viên Lao động - Thương binh và Xã hội', 'Chuyên viên Giáo dục - Y tế', 'Chuyên viên Văn hóa - Thông tin',
    ],
  },
  {
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị', kind: 'office', block: 2,
    staff: ['Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'Chuyên viên Địa chính - Xây dựng', 'Chuyên viên Tài chính - Kế toán', 'Chuyên viên Nông nghiệp - Môi trường'],
  },
  {
    name: 'Trường Tiểu học Ninh Hà', kind: 'school', block: 2,
    staff: [
      'Hiệu trưởng', 'Phó Hiệu trưởng',
      // CSTĐCS 2024 and 2025, proposed for CSTĐCS 2026 and CSTĐ cấp tỉnh (Luật TĐKT 2022 Đ22).
      { position: 'Giáo viên', name: 'Nguyễn Thị Thanh Hương', gender: 'female', ratings: ['HTTNV', 'HTXSNV', 'HTXSNV', 'HTXSNV'], cstdcsYears: [2024, 2025] },
      ...repeat('Giáo viên', 6), 'Tổng phụ trách Đội',
    ],
  },
  { name: 'Trường Trung học cơ sở Ninh Hà', kind: 'school', block: 2, staff: ['Hiệu trưởng', 'Phó Hiệu trưởng', ...repeat('Giáo viên', 7), 'Kế toán'] },
  {
    name: 'Trạm Y tế phường', kind: 'health', block: 2,
    staff: [
      'Trạm trưởng Trạm Y tế',
      // 2 consecutive CSTĐCS (2024, 2025): the ground of a Bằng khen tỉnh proposal (QĐ 86/2025 Bắc Ninh Đ3.3).
      { position: 'Bác sĩ', name: 'Phan Văn Lộc', gender: 'male', ratings: ['HTTNV', 'HTXSNV', 'HTXSNV', 'HTTNV'], cstdcsYears: [2024, 2025] },
      'Y sĩ', 'Điều dưỡng', 'Điều dưỡng', 'Dược sĩ',
    ],
  },
  {
    name: 'Công an phường', kind: 'police', block: 2,
    staff: [{ position: 'Trưởng Công an phường', name: 'Võ Minh Quang', gender: 'male' }, 'Phó Trưởng Công an phường', ...repeat('Cảnh sát khu vực', 4), 'Cán bộ Công an phường'],
  },
  {
    name: 'Ban Chỉ huy quân sự phường', kind: 'military', block: 2,
    staff: [
      { position: 'Chỉ huy trưởng Ban Chỉ huy quân sự phường', name: 'Đặng Văn Sơn', gender: 'male' },
      'Chính trị viên Ban Chỉ huy quân sự phường', 'Phó Chỉ huy trưởng Ban Chỉ huy quân sự phường', 'Trung đội trưởng dân quân cơ động',
    ],
  },
];

const BLOCK_NAMES = ['Khối Tổ dân phố', 'Khối Mặt trận - đoàn thể', 'Khối cơ quan, trường học'];

/** DOMAIN.md §4 typical make-up: Chủ tịch UBND chairs; Phó Chủ tịch UBND and Chủ tịch UBMTTQ vice-chair; head of Phòng VH-XH is the standing member. */
export const COUNCIL_PLAN: { name: string; role: 'chair' | 'vice_chair' | 'standing' | 'member' | 'secretary' }[] = [
  { name: 'Trần Văn Hùng', role: 'chair' },
  { name: 'Nguyễn Thị Hoà', role: 'vice_chair' },
  { name: 'Phạm Quốc Thắng', role: 'vice_chair' },
  { name: 'Lê Thị Thủy', role: 'standing' },
  { name: 'Võ Minh Quang', role: 'member' },
  { name: 'Đặng Văn Sơn', role: 'member' },
  { name: 'Huỳnh Thị Mai', role: 'member' },
  { name: 'Bùi Đức Trung', role: 'member' },
  { name: 'Hồ Thị Ngọc Trang', role: 'secretary' },
];

/** A 100-point table for tổ dân phố with bonus and deduction caps (DOMAIN.md §7: editable example). */
const CRITERIA: CriteriaSetDefinition = {
  name: 'Bộ tiêu chí chấm điểm thi đua khối Tổ dân phố năm 2026',
  year: DEMO_YEAR,
  coreSectionId: 'I',
  bonusCap: 5,
  deductionCap: 10,
  nodes: [
    {
      id: 'I', code: 'I', label: 'Thực hiện các chỉ tiêu, nhiệm vụ được giao', kind: 'section', maxPoints: 40,
      children: [
        { id: 'I.1', code: '1', label: 'Vận động đóng góp các quỹ, thu nộp ngân sách', kind: 'item', maxPoints: 15 },
        { id: 'I.2', code: '2', label: 'Bảo đảm an ninh trật tự, không có tụ điểm tệ nạn', kind: 'item', maxPoints: 15 },
        { id: 'I.3', code: '3', label: 'Vệ sinh môi trường, chỉnh trang đô thị', kind: 'item', maxPoints: 10 },
      ],
    },
    {
      id: 'II', code: 'II', label: 'Công tác thi đua, khen thưởng', kind: 'section', maxPoints: 30,
      children: [
        { id: 'II.1', code: '1', label: 'Tổ chức phát động, sơ kết, tổng kết phong trào', kind: 'item', maxPoints: 10 },
        { id: 'II.2', code: '2', label: 'Báo cáo người tốt, việc tốt đúng hạn hằng tháng', kind: 'item', maxPoints: 10 },
        { id: 'II.3', code: '3', label: 'Tỷ lệ hộ đạt Gia đình văn hóa', kind: 'item', maxPoints: 10 },
      ],
    },
    {
      id: 'III', code: 'III', label: 'Xây dựng tổ chức, chuyển đổi số', kind: 'section', maxPoints: 30,
      children: [
        { id: 'III.1', code: '1', label: 'Sinh hoạt định kỳ, dân chủ ở cơ sở', kind: 'item', maxPoints: 15 },
        { id: 'III.2', code: '2', label: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến', kind: 'item', maxPoints: 15 },
      ],
    },
    { id: 'B.1', code: 'A', label: 'Được cấp tỉnh khen thưởng trong năm', kind: 'bonus', maxPoints: 5 },
    { id: 'D.1', code: 'B', label: 'Nộp báo cáo trễ hạn (mỗi lần trừ 1 điểm)', kind: 'deduction', maxPoints: 5 },
    { id: 'D.2', code: 'C', label: 'Để xảy ra vụ việc phức tạp về an ninh trật tự', kind: 'deduction', maxPoints: 5 },
  ],
};

/**
 * Year-end decisions of the award history, one per title and year. Until 30/6/2025 the town chairman
 * decided, since then the ward chairman (NĐ 129/2025 Đ59); history keeps the issuer it had (DOMAIN.md §1).
 */
const HISTORY_DECISIONS: Record<(typeof HISTORY_YEARS)[number], { date: string; issuer: string; numbers: Partial<Record<TitleCode, string>> }> = {
  2023: { date: '2023-12-22', issuer: ISSUER_TOWN, numbers: { LDTT: '3105/QĐ-UBND', CSTDCS: '3106/QĐ-UBND', TTLDTT: '3107/QĐ-UBND', TDP_VAN_HOA: '3108/QĐ-UBND' } },
  2024: { date: '2024-12-20', issuer: ISSUER_TOWN, numbers: { LDTT: '3210/QĐ-UBND', CSTDCS: '3211/QĐ-UBND', TTLDTT: '3212/QĐ-UBND', TDP_VAN_HOA: '3213/QĐ-UBND' } },
  2025: { date: '2025-12-19', issuer: ISSUER_WARD, numbers: { LDTT: '85/QĐ-UBND', CSTDCS: '86/QĐ-UBND', TTLDTT: '87/QĐ-UBND', TDP_VAN_HOA: '88/QĐ-UBND' } },
};

/** Units whose people and collectives the ward itself commends (Công an, quân sự have their own system). */
const WARD_AWARDED_KINDS: readonly UnitKind[] = ['office', 'front', 'school', 'health', 'tdp'];

/** Quê quán, trú quán, trình độ of a demo person: what the achievement report prints (Mẫu 05). */
function demoPersonDetails(unit: Unit, i: number): Pick<Person, 'birthDate' | 'deathDate' | 'hometown' | 'residence' | 'education'> {
  return {
    birthDate: null,
    deathDate: null,
    hometown: i % 3 === 0 ? 'xã Ninh Quang, tỉnh Khánh Hòa' : 'phường Ninh Hà, tỉnh Khánh Hòa',
    residence: unit.kind === 'tdp' ? unit.address.replace('phường Ninh Hà', 'phường Ninh Hà, tỉnh Khánh Hòa') : 'phường Ninh Hà, tỉnh Khánh Hòa',
    education: unit.kind === 'tdp' ? 'Trung học phổ thông' : 'Đại học; Trung cấp lý luận chính trị',
  };
}

function ratingFor(tools: DemoTools): TaskRating {
  const r = tools.random();
  return r < 0.2 ? 'HTXSNV' : r < 0.9 ? 'HTTNV' : 'HTNV';
}

const atLeastGood = (rating: TaskRating | undefined) => rating === 'HTTNV' || rating === 'HTXSNV';

export function buildDemoWard(): WardDataset {
  const tools = generatorTools(DEMO_YEAR);
  const data = emptyDataset();
  const base = (id = tools.id()) => baseFields(id, AT, true);

  data.wardProfile.push({
    ...base(WARD_PROFILE_ID),
    name: 'Phường Ninh Hà',
    headerParent: 'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
    headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ',
    councilName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
    placeName: 'Ninh Hà',
    province: 'Khánh Hòa',
    provinceKind: 'province',
    // The demo ward's province: its pack (QĐ 9/2024/QĐ-UBND) is shipped and applied, as a ward would choose it.
    provinceRegulation: { ...KHANH_HOA_PACK.regulation },
    provincePack: KHANH_HOA_PACK,
    upperLevel: {
      preset: 'province',
      councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa',
      authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
      recipientLine: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
      viaAgency: 'Sở Nội vụ tỉnh Khánh Hòa',
    },
    chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' },
    viceChairs: [{ name: 'Nguyễn Thị Hoà', title: 'Phó Chủ tịch' }],
    standingMember: { name: 'Lê Thị Thủy', title: 'Trưởng phòng Văn hóa - Xã hội' },
    settingsOverrides: {},
  });

  const blocks = BLOCK_NAMES.map((name) => ({ ...base(), year: DEMO_YEAR, name, note: '' }));
  data.blocks.push(...blocks);

  const units: Unit[] = UNIT_PLAN.map((u) => ({
    ...base(),
    name: u.name,
    kind: u.kind,
    blockId: blocks[u.block].id,
    headName: '',
    address: u.kind === 'tdp' ? `${u.name}, phường Ninh Hà` : 'Phường Ninh Hà',
    active: true,
    ratings: RATED_YEARS.map((year) => ({ year, rating: ratingFor(tools) })),
    memberCount: null,
    womenCount: null,
    note: '',
    ...searchFieldsOf(u.name),
  }));
  data.units.push(...units);

  // Residents of a tổ dân phố are not rated yearly; cán bộ, công chức, viên chức are (Luật TĐKT 2022 Đ24).
  const stories = new Map<string, number[]>();
  UNIT_PLAN.forEach((plan, u) => {
    const unit = units[u];
    const rated = unit.kind !== 'tdp';
    plan.staff.forEach((staff, i) => {
      const named = typeof staff === 'string' ? null : staff;
      const position = named?.position ?? (staff as string);
      const gender = named?.gender ?? (/Phụ nữ|LHPN/.test(position) ? 'female' : tools.random() < 0.5 ? 'female' : 'male');
      const fullName = named?.name ?? vietnameseName(tools, gender);
      const person: Person = {
        ...base(),
        fullName,
        sortName: null,
        gender,
        birthYear: tools.int(1968, 1998),
        position,
        isPublicServant: rated,
        unitId: unit.id,
        phone: '',
        ratings: rated ? RATED_YEARS.map((year, k) => ({ year, rating: named?.ratings?.[k] ?? ratingFor(tools) })) : [],
        disciplines: [],
        note: '',
        ...demoPersonDetails(unit, i),
        ...UNMERGED_PERSON,
        ...searchFieldsOf(fullName),
      };
      person.birthDate = `${person.birthYear}-${String((i % 12) + 1).padStart(2, '0')}-${String((i * 7) % 28 + 1).padStart(2, '0')}`;
      if (named?.cstdcsYears) stories.set(person.id, named.cstdcsYears);
      data.people.push(person);
      if (i === 0) unit.headName = fullName;
    });
  });

  const byName = (name: string) => data.people.find((p) => p.fullName === name)!;
  data.councilMembers.push(
    ...COUNCIL_PLAN.map((c) => ({ ...base(), personId: byName(c.name).id, role: c.role, termFrom: '2025-07-01', termTo: null, note: '' })),
  );

  const office = units.find((u) => u.name === 'Phòng Văn hóa - Xã hội')!;
  data.movements.push(
    {
      ...base(), name: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026', launchDocNumber: '12/KH-UBND',
      launchDocDate: '2026-01-15', launchDocIssuer: 'Ủy ban nhân dân phường Ninh Hà', periodFrom: '2026-01-15', periodTo: '2026-12-31',
      leadUnitId: office.id, status: 'active', description: 'Phong trào thi đua thường xuyên năm 2026.', nameHistory: [], form: 'regular',
      plan: {
        objectives: 'Động viên cán bộ, công chức và Nhân dân trong phường thi đua hoàn thành toàn diện các chỉ tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm 2026.',
        scope: 'Trên địa bàn phường Ninh Hà.',
        participants: 'Các ban, ngành, đoàn thể, trường học, tổ dân phố; cán bộ, công chức, người lao động và Nhân dân trong phường.',
        contentAndCriteria: 'Thi đua hoàn thành các chỉ tiêu Nghị quyết Hội đồng nhân dân phường giao; tiêu chí chấm điểm theo bộ tiêu chí thi đua năm 2026 của từng khối.',
        timeline: 'Từ tháng 01 đến hết tháng 12 năm 2026; sơ kết 6 tháng, tổng kết cuối năm.',
        measures: 'Các đơn vị xây dựng kế hoạch, đăng ký thi đua trước ngày 25/3/2026; Thường trực Hội đồng Thi đua - Khen thưởng phường theo dõi, đôn đốc, tổng hợp.',
      },
    },
    {
      ...base(), name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư', launchDocNumber: '05/KH-MTTQ',
      launchDocDate: '2025-03-01', launchDocIssuer: 'Ủy ban MTTQ Việt Nam phường Ninh Hà', periodFrom: '2025-03-01', periodTo: null,
      leadUnitId: units.find((u) => u.name.startsWith('Ủy ban Mặt trận'))!.id, status: 'active', description: '', form: 'regular',
      plan: { objectives: '', scope: '', participants: '', contentAndCriteria: '', timeline: '', measures: '' },
      nameHistory: [{ name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh', renamedAt: '2025-07-01T01:00:00.000Z', note: 'Đổi tên sau sắp xếp đơn vị hành chính' }],
    },
  );

  buildAwardHistory(tools, data, units, stories, base);

  const criteriaSet = { ...base(), blockId: blocks[0].id, definition: CRITERIA, note: '', year: DEMO_YEAR, name: CRITERIA.name, revision: 1, locked: true, copiedFromId: null };
  data.criteriaSets.push(criteriaSet);
  const leaves = ['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'II.3', 'III.1', 'III.2'];
  const maxOf = (id: string) => CRITERIA.nodes.flatMap((n) => [n, ...(n.children ?? [])]).find((n) => n.id === id)!.maxPoints!;
  for (const unit of units.filter((u) => u.kind === 'tdp')) {
    const entries = leaves.map((criterionId) => {
      const max = maxOf(criterionId);
      const council = Math.round((max - tools.random() * max * 0.3) * 4) / 4;
      return { criterionId, selfScore: Math.min(max, council + 0.5), councilScore: council, evidence: '' };
    });
    if (tools.random() < 0.3) entries.push({ criterionId: 'D.1', selfScore: 0, councilScore: 1, evidence: 'Nộp báo cáo tháng 4 trễ hạn' });
    data.scoreSheets.push({ ...base(), setId: criteriaSet.id, unitId: unit.id, entries, note: '' });
  }

  buildNominations(tools, data, units, base);
  buildGoodDeeds(tools, data, units, base);
  return data;
}

type Base = (id?: string) => ReturnType<typeof baseFields>;

/**
 * 2023–2025 as the ratings imply: LĐTT for a rating of Hoàn thành tốt nhiệm vụ or better (Luật TĐKT
 * 2022 Đ24); CSTĐCS only with Hoàn thành xuất sắc nhiệm vụ (Đ23); TTLĐTT for well-rated units (Đ28),
 * Tổ dân phố văn hóa for the tổ dân phố (Đ30). People whose record tells a story get exactly their years.
 */
function buildAwardHistory(tools: DemoTools, data: WardDataset, units: Unit[], stories: Map<string, number[]>, base: Base): void {
  const award = (subject: Pick<Award, 'subjectKind' | 'personId' | 'unitId'>, year: (typeof HISTORY_YEARS)[number], titleCode: TitleCode): Award => {
    const decision = HISTORY_DECISIONS[year];
    return {
      ...base(), ...subject, householdName: '', householdAddress: '', year, titleCode, titleLabel: TITLES[titleCode].label,
      awardKind: 'cong_trang', decisionNo: decision.numbers[titleCode] ?? '', decisionDate: decision.date, issuer: decision.issuer,
      nominationId: null, note: '', subjectKey: subject.personId ? `p:${subject.personId}` : `u:${subject.unitId}`,
    };
  };
  const awardedUnit = new Map(units.map((u) => [u.id, WARD_AWARDED_KINDS.includes(u.kind) ? u : null]));
  for (const year of HISTORY_YEARS) {
    for (const p of data.people) {
      if (!p.isPublicServant || !awardedUnit.get(p.unitId ?? '')) continue;
      const rating = p.ratings.find((r) => r.year === year)?.rating;
      if (!atLeastGood(rating)) continue;
      const subject = { subjectKind: 'person' as const, personId: p.id, unitId: null };
      data.awards.push(award(subject, year, 'LDTT'));
      const story = stories.get(p.id);
      if (story ? story.includes(year) : rating === 'HTXSNV' && tools.random() < 0.4) data.awards.push(award(subject, year, 'CSTDCS'));
    }
    for (const u of units) {
      if (!awardedUnit.get(u.id) || !atLeastGood(u.ratings.find((r) => r.year === year)?.rating)) continue;
      data.awards.push(award({ subjectKind: 'unit', personId: null, unitId: u.id }, year, u.kind === 'tdp' ? 'TDP_VAN_HOA' : 'TTLDTT'));
    }
  }
}

const FIELDS = ['Văn hóa - xã hội', 'An ninh trật tự', 'Bảo vệ môi trường', 'Khuyến học', 'Nhân đạo, từ thiện', 'Chuyển đổi số'];
const DEEDS = [
  'Nhặt được ví tiền và giấy tờ, trả lại cho người đánh rơi.',
  'Vận động bà con hiến đất mở rộng hẻm, làm đường bê tông.',
  'Tổ chức lớp hướng dẫn người cao tuổi cài đặt và sử dụng VNeID.',
  'Phát hiện, báo tin kịp thời giúp Công an phường bắt đối tượng trộm cắp.',
  'Quyên góp học bổng cho học sinh có hoàn cảnh khó khăn.',
  'Duy trì mô hình “Tuyến đường xanh - sạch - đẹp” của tổ dân phố.',
];

/** Months whose reports the standing member has vetted by DEMO_TODAY; later ones wait (SPEC §4). */
const LAST_VETTED_MONTH = 9;

/**
 * Monthly reports of the tổ dân phố and the Mặt trận - đoàn thể, due by the 15th (VB 124/UBND Ninh Hà,
 * DOMAIN.md §8): most on time, some late, about one unit in seven missing a month, busy units sending
 * two deeds; up to November of the demo year.
 */
function buildGoodDeeds(tools: DemoTools, data: WardDataset, units: Unit[], base: Base): void {
  const reporting = units.filter((u) => u.kind === 'tdp' || u.kind === 'front');
  const lastMonth = Number(DEMO_TODAY.slice(5, 7));
  for (let month = 1; month <= lastMonth; month += 1) {
    // November's late reports can only have come in by DEMO_TODAY.
    const lastLateDay = month === lastMonth ? Number(DEMO_TODAY.slice(8)) : 28;
    reporting.forEach((unit, k) => {
      if ((k * 5 + month * 3) % 7 === 0) return;
      const deeds = (k + month) % 3 === 0 ? 2 : 1;
      for (let i = 0; i < deeds; i += 1) {
        const day = tools.random() < 0.2 ? tools.int(16, lastLateDay) : tools.int(3, 15);
        data.goodDeeds.push(goodDeed(tools, base, unit, month, day, k));
      }
    });
  }
}

/** One report: vetted and publicised early the next month up to LAST_VETTED_MONTH, waiting after it. */
function goodDeed(tools: DemoTools, base: Base, unit: Unit, month: number, day: number, k: number): GoodDeed {
  const mm = `${DEMO_YEAR}-${String(month).padStart(2, '0')}`;
  const next = `${DEMO_YEAR}-${String(month + 1).padStart(2, '0')}`;
  const tdp = unit.kind === 'tdp';
  const collective = tools.random() < 0.2;
  const gender = tools.random() < 0.5 ? 'female' : 'male';
  const status = month > LAST_VETTED_MONTH ? 'submitted' : (k + month) % 9 === 4 ? 'returned' : month <= 6 && (k + month) % 4 === 0 ? 'forwarded' : 'approved';
  const vetted = status === 'approved' || status === 'forwarded';
  return {
    ...base(), month: mm, unitId: unit.id, subjectKind: collective ? 'collective' : 'person',
    subjectName: collective ? (tdp ? `Chi hội Phụ nữ ${unit.name.toLocaleLowerCase('vi')}` : unit.name) : vietnameseName(tools, gender), personId: null,
    birthYear: collective ? null : tools.int(1950, 2008), gender: collective ? null : gender,
    address: `${tdp ? unit.name : `Tổ dân phố ${tools.int(1, 12)}`}, phường Ninh Hà`,
    field: tools.pick(FIELDS), deed: tools.pick(DEEDS), evidence: tdp ? 'Xác nhận của Tổ trưởng tổ dân phố' : `Xác nhận của ${unit.name}`,
    submittedAt: `${mm}-${String(day).padStart(2, '0')}`,
    status, returnReason: status === 'returned' ? 'Chưa có xác nhận của người được giúp đỡ' : '',
    publications: vetted
      ? [{ channel: 'radio', date: `${next}-05`, link: '', note: 'Đài truyền thanh phường' },
        ...((k + month) % 3 === 0 ? [{ channel: 'portal' as const, date: `${next}-08`, link: 'https://ninhha.khanhhoa.gov.vn/tin-tuc', note: '' }] : [])]
      : [],
    forwardedOn: status === 'forwarded' ? `${next}-12` : null, awardId: null, nominationId: null,
  };
}
