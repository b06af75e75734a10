/**
 * The demo ward "Phường Ninh Hà" (SPEC §9): a realistic small ward a new user can load from the
 * first screen and remove again. Every record carries `demo: 1`. Built deterministically (seed 2026).
 */
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { TITLES } from '../../domain/titles';
import type { NominationStatus, TransitionKind } from '../../domain/lifecycle';
import type { CriteriaSetDefinition } from '../../domain/scoring';
import type { TaskRating, TitleCode, UnitKind } from '../../domain/vocabulary';
import { searchFieldsOf, subjectKeyOf } from '../registers';
import { WARD_PROFILE_ID } from '../schemas';
import type { Award, Meeting, Nomination, NominationStep, Nominee, Person, Unit } from '../schemas';
import { baseFields, emptyDataset, generatorTools, vietnameseName } from './dataset';
import type { WardDataset } from './dataset';

const YEAR = 2026;
const AT = '2026-11-20T02:00:00.000Z';

type Tools = ReturnType<typeof generatorTools>;

const UNIT_PLAN: { name: string; kind: UnitKind; block: 0 | 1 | 2; head: string }[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ name: `Tổ dân phố ${i + 1}`, kind: 'tdp' as const, block: 0 as const, head: 'Tổ trưởng tổ dân phố' })),
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', kind: 'front', block: 1, head: 'Chủ tịch Ủy ban MTTQ phường' },
  { name: 'Hội Liên hiệp Phụ nữ phường', kind: 'front', block: 1, head: 'Chủ tịch Hội LHPN phường' },
  { name: 'Đoàn Thanh niên phường', kind: 'front', block: 1, head: 'Bí thư Đoàn phường' },
  { name: 'Hội Cựu chiến binh phường', kind: 'front', block: 1, head: 'Chủ tịch Hội CCB phường' },
  { name: 'Phòng Văn hóa - Xã hội', kind: 'office', block: 2, head: 'Trưởng phòng Văn hóa - Xã hội' },
  { name: 'Trường Tiểu học Ninh Hà', kind: 'school', block: 2, head: 'Hiệu trưởng' },
  { name: 'Trạm Y tế phường', kind: 'health', block: 2, head: 'Trạm trưởng' },
  { name: 'Công an phường', kind: 'police', block: 2, head: 'Trưởng Công an phường' },
  { name: 'Ban Chỉ huy quân sự phường', kind: 'military', block: 2, head: 'Chỉ huy trưởng' },
];

const BLOCK_NAMES = ['Khối Tổ dân phố', 'Khối Mặt trận - đoàn thể', 'Khối cơ quan, trường học'];

const COUNCIL_PLAN: { name: string; gender: 'male' | 'female'; position: string; role: 'chair' | 'vice_chair' | 'standing' | 'member' | 'secretary' }[] = [
  { name: 'Trần Văn Hùng', gender: 'male', position: 'Chủ tịch UBND phường', role: 'chair' },
  { name: 'Nguyễn Thị Hoà', gender: 'female', position: 'Phó Chủ tịch UBND phường', role: 'vice_chair' },
  { name: 'Phạm Quốc Thắng', gender: 'male', position: 'Chủ tịch Ủy ban MTTQ phường', role: 'vice_chair' },
  { name: 'Lê Thị Thủy', gender: 'female', position: 'Trưởng phòng Văn hóa - Xã hội', role: 'standing' },
  { name: 'Võ Minh Quang', gender: 'male', position: 'Trưởng Công an phường', role: 'member' },
  { name: 'Đặng Văn Sơn', gender: 'male', position: 'Chỉ huy trưởng Ban CHQS phường', role: 'member' },
  { name: 'Huỳnh Thị Mai', gender: 'female', position: 'Chủ tịch Hội LHPN phường', role: 'member' },
  { name: 'Bùi Đức Trung', gender: 'male', position: 'Chánh Văn phòng HĐND và UBND phường', role: 'member' },
  { name: 'Hồ Thị Ngọc Trang', gender: 'female', position: 'Công chức Văn hóa - Xã hội', role: 'secretary' },
];

/** A 100-point table for tổ dân phố with bonus and deduction caps (DOMAIN.md §7: editable example). */
const CRITERIA: CriteriaSetDefinition = {
  name: 'Bộ tiêu chí chấm điểm thi đua khối Tổ dân phố năm 2026',
  year: YEAR,
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

/** A nomination's path through the lifecycle; its steps are replayed to reach the target status. */
const PATHS: Record<NominationStatus, NominationStatus[]> = {
  draft: [],
  received: ['received'],
  appraised: ['received', 'appraised'],
  voted: ['received', 'appraised', 'voted'],
  decided: ['received', 'appraised', 'voted', 'decided'],
  forwarded: ['received', 'appraised', 'voted', 'forwarded'],
  awarded: ['received', 'appraised', 'voted', 'decided', 'awarded'],
  not_awarded: ['received', 'appraised', 'not_awarded'],
  withdrawn: ['withdrawn'],
};

function stepsTo(status: NominationStatus, actor: string, upward: boolean): NominationStep[] {
  const path = status === 'awarded' && upward ? ['received', 'appraised', 'voted', 'forwarded', 'awarded'] : PATHS[status];
  let from: NominationStatus = 'draft';
  return path.map((to, i) => {
    const step = { from, to: to as NominationStatus, kind: 'advance' as TransitionKind, at: `2026-${String(10 + Math.floor(i / 3)).padStart(2, '0')}-${String(5 + i * 3).padStart(2, '0')}T03:00:00.000Z`, actor, reason: '' };
    from = to as NominationStatus;
    return step;
  });
}

const ISSUER_BEFORE_REFORM = 'Chủ tịch UBND thị xã Ninh Hòa';
const ISSUER_WARD = 'Chủ tịch UBND phường Ninh Hà';

function ratingFor(tools: Tools): TaskRating {
  const r = tools.random();
  return r < 0.25 ? 'HTXSNV' : r < 0.85 ? 'HTTNV' : 'HTNV';
}

export function buildDemoWard(): WardDataset {
  const tools = generatorTools(YEAR);
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

  const blocks = BLOCK_NAMES.map((name) => ({ ...base(), year: YEAR, name, note: '' }));
  data.blocks.push(...blocks);

  const units: Unit[] = UNIT_PLAN.map((u) => ({
    ...base(),
    name: u.name,
    kind: u.kind,
    blockId: blocks[u.block].id,
    headName: '',
    address: u.kind === 'tdp' ? `${u.name}, phường Ninh Hà` : 'Phường Ninh Hà',
    active: true,
    ratings: [2024, 2025].map((year) => ({ year, rating: ratingFor(tools) })),
    note: '',
    ...searchFieldsOf(u.name),
  }));
  data.units.push(...units);
  const office = units.find((u) => u.kind === 'office')!;

  const person = (fullName: string, gender: 'male' | 'female', unit: Unit, position: string, publicServant: boolean): Person => ({
    ...base(),
    fullName,
    sortName: null,
    gender,
    birthYear: tools.int(1965, 2000),
    position,
    isPublicServant: publicServant,
    unitId: unit.id,
    phone: '',
    ratings: publicServant ? [2023, 2024, 2025, YEAR].map((year) => ({ year, rating: ratingFor(tools) })) : [],
    disciplines: [],
    note: '',
    ...searchFieldsOf(fullName),
  });

  const councilPeople = COUNCIL_PLAN.map((c) => person(c.name, c.gender, office, c.position, true));
  data.people.push(...councilPeople);
  for (const unit of units) {
    const plan = UNIT_PLAN.find((u) => u.name === unit.name)!;
    const publicServant = unit.kind !== 'tdp' && unit.kind !== 'front';
    const size = unit.kind === 'tdp' ? 6 : 7;
    for (let i = 0; i < size; i += 1) {
      const gender = tools.random() < 0.5 ? 'female' : 'male';
      const p = person(vietnameseName(tools, gender), gender, unit, i === 0 ? plan.head : publicServant ? 'Viên chức' : 'Hội viên', publicServant);
      data.people.push(p);
      if (i === 0) unit.headName = p.fullName;
    }
  }
  data.people[data.people.length - 1].disciplines.push({ level: 'khien_trach', decidedOn: '2026-04-15', endsOn: '2027-04-15', note: 'Vi phạm quy chế làm việc' });

  data.councilMembers.push(
    ...COUNCIL_PLAN.map((c, i) => ({ ...base(), personId: councilPeople[i].id, role: c.role, termFrom: '2025-07-01', termTo: null, note: '' })),
  );

  data.movements.push(
    {
      ...base(), name: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026', launchDocNumber: '12/KH-UBND',
      launchDocDate: '2026-01-15', launchDocIssuer: 'Ủy ban nhân dân phường Ninh Hà', periodFrom: '2026-01-15', periodTo: '2026-12-31',
      leadUnitId: office.id, status: 'active', description: 'Phong trào thi đua thường xuyên năm 2026.', nameHistory: [],
    },
    {
      ...base(), name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư', launchDocNumber: '05/KH-MTTQ',
      launchDocDate: '2025-03-01', launchDocIssuer: 'Ủy ban MTTQ Việt Nam phường Ninh Hà', periodFrom: '2025-03-01', periodTo: null,
      leadUnitId: units.find((u) => u.name.startsWith('Ủy ban Mặt trận'))!.id, status: 'active', description: '',
      nameHistory: [{ name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh', renamedAt: '2025-07-01T01:00:00.000Z', note: 'Đổi tên sau sắp xếp đơn vị hành chính' }],
    },
  );

  // Award history 2023–2025; before 1/7/2025 the town decided, since then the ward (DOMAIN.md §1).
  let decisionNo = 100;
  const award = (subject: Pick<Award, 'subjectKind' | 'personId' | 'unitId'>, year: number, titleCode: TitleCode): Award => ({
    ...base(), ...subject, householdName: '', householdAddress: '', year, titleCode, titleLabel: TITLES[titleCode].label,
    awardKind: 'cong_trang', decisionNo: `${decisionNo++}/QĐ-UBND`, decisionDate: `${year}-12-${tools.int(18, 28)}`,
    issuer: year < 2025 ? ISSUER_BEFORE_REFORM : ISSUER_WARD, nominationId: null, note: '',
    subjectKey: subject.personId ? `p:${subject.personId}` : `u:${subject.unitId}`,
  });
  for (const year of [2023, 2024, 2025]) {
    for (const p of data.people) {
      if (tools.random() < 0.6) {
        data.awards.push(award({ subjectKind: 'person', personId: p.id, unitId: null }, year, 'LDTT'));
        if (tools.random() < 0.2) data.awards.push(award({ subjectKind: 'person', personId: p.id, unitId: null }, year, 'CSTDCS'));
      }
    }
    for (const u of units) if (tools.random() < 0.5) data.awards.push(award({ subjectKind: 'unit', personId: null, unitId: u.id }, year, 'TTLDTT'));
  }

  const criteriaSet = { ...base(), blockId: blocks[0].id, definition: CRITERIA, note: '', year: YEAR, name: CRITERIA.name, revision: 1, locked: true, copiedFromId: null };
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

const NOMINATION_PLAN: { status: NominationStatus; count: number }[] = [
  { status: 'draft', count: 6 }, { status: 'received', count: 5 }, { status: 'appraised', count: 5 }, { status: 'voted', count: 5 },
  { status: 'decided', count: 4 }, { status: 'forwarded', count: 3 }, { status: 'awarded', count: 5 }, { status: 'not_awarded', count: 2 },
  { status: 'withdrawn', count: 2 },
];

function buildNominations(tools: Tools, data: WardDataset, units: Unit[], base: Base): void {
  const actor = 'Lê Thị Thủy';
  const meetingId = tools.id();
  const people = data.people.slice(COUNCIL_PLAN.length);
  let personIndex = 0;
  let serial = 0;
  for (const { status, count } of NOMINATION_PLAN) {
    for (let i = 0; i < count; i += 1) {
      serial += 1;
      const upward = status === 'forwarded' || (status === 'awarded' && i >= 3);
      const kind = serial % 7 === 0 ? 'household' : serial % 4 === 0 ? 'unit' : 'person';
      let nominee: Nominee;
      let titleCode: TitleCode;
      let proposingUnitId: string;
      if (kind === 'person') {
        const p = people[(personIndex += 3) % people.length];
        nominee = { kind: 'person', personId: p.id };
        titleCode = upward ? 'BANG_KHEN_TINH' : tools.pick(['LDTT', 'CSTDCS', 'GIAY_KHEN'] as const);
        proposingUnitId = p.unitId!;
      } else if (kind === 'unit') {
        const u = units[serial % units.length];
        nominee = { kind: 'unit', unitId: u.id };
        titleCode = upward ? 'TTLDXS' : u.kind === 'tdp' ? 'TDP_VAN_HOA' : 'TTLDTT';
        proposingUnitId = u.id;
      } else {
        const u = units[serial % 12];
        nominee = { kind: 'household', name: `Hộ ông ${vietnameseName(tools, 'male')}`, address: `${u.name}, phường Ninh Hà` };
        titleCode = upward ? 'BANG_KHEN_TINH' : 'GIA_DINH_VAN_HOA';
        proposingUnitId = u.id;
      }
      const steps = stepsTo(status, actor, upward);
      const voted = steps.some((s) => s.to === 'voted');
      const decided = steps.some((s) => s.to === 'decided' || s.to === 'awarded');
      const dossier = Object.fromEntries(
        DEFAULT_SETTINGS.dossierChecklists[titleCode].map((part, j) => [part.id, { present: status !== 'draft' || j === 0, documentId: null, note: '' }]),
      );
      const nomination: Nomination = {
        ...base(),
        nominee, year: YEAR, titleCode, awardKind: 'cong_trang', proposingUnitId,
        movementId: data.movements[0].id,
        achievementSummary: 'Hoàn thành tốt nhiệm vụ được giao; tích cực tham gia các phong trào thi đua của phường.',
        achievementRef: '', initiatives: [], unitStats: null, judgements: [],
        holds: status === 'received' && i === 0 ? [{ kind: 'complaint', active: true, note: 'Đang xác minh đơn phản ánh', endedOn: null }] : [],
        dossier, note: '', status, steps, nomineeKey: subjectKeyOf(nominee), eligibility: null,
        meetingId: voted ? meetingId : null,
        decision: decided ? { number: '15/QĐ-UBND', date: '2026-12-20', issuer: ISSUER_WARD } : null,
      };
      if (status === 'withdrawn') nomination.steps[0].reason = 'Đơn vị rút đề nghị';
      data.nominations.push(nomination);
      if (status === 'awarded') {
        data.awards.push({
          ...base(), subjectKind: nominee.kind,
          personId: nominee.kind === 'person' ? nominee.personId : null, unitId: nominee.kind === 'unit' ? nominee.unitId : null,
          householdName: nominee.kind === 'household' ? nominee.name : '', householdAddress: nominee.kind === 'household' ? nominee.address : '',
          year: YEAR, titleCode, titleLabel: TITLES[titleCode].label, awardKind: 'cong_trang',
          decisionNo: upward ? '2150/QĐ-UBND' : '15/QĐ-UBND', decisionDate: '2026-12-20',
          issuer: upward ? 'Chủ tịch UBND tỉnh Khánh Hòa' : ISSUER_WARD, nominationId: nomination.id, note: '', subjectKey: nomination.nomineeKey,
        });
      }
    }
  }
  const balloted = data.nominations.filter((n) => n.meetingId === meetingId);
  const members = data.councilMembers;
  const meeting: Meeting = {
    ...base(meetingId),
    title: 'Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026', year: YEAR, date: '2026-12-10', startTime: '08:00', endTime: '10:30',
    place: 'Hội trường Ủy ban nhân dân phường Ninh Hà', chairPersonId: members[0].personId, secretaryPersonId: members[8].personId,
    attendance: members.map((m, i) => ({ memberId: m.id, present: i !== 5, absentReason: i === 5 ? 'Đi công tác' : '', writtenOpinion: i === 5 })),
    guests: [{ name: 'Ngô Thanh Tùng', position: 'Chuyên viên Sở Nội vụ tỉnh Khánh Hòa' }],
    agendaNominationIds: balloted.map((n) => n.id), agendaScoreSetIds: [data.criteriaSets[0].id],
    ballots: balloted.map((n, i) => ({
      nominationId: n.id, method: TITLES[n.titleCode].requiresBallot ? 'ballot' : 'hands',
      agree: i % 5 === 0 ? 6 : 8, disagree: i % 5 === 0 ? 2 : 0, invalid: 0, writtenAgree: 1, writtenDisagree: 0,
    })),
    conclusions: 'Hội đồng thống nhất đề nghị Chủ tịch UBND phường khen thưởng các tập thể, cá nhân đạt tỷ lệ phiếu theo quy định; trình Chủ tịch UBND tỉnh các trường hợp thuộc thẩm quyền cấp tỉnh.',
    status: 'held',
    nominationIds: balloted.map((n) => n.id),
    memberIds: members.map((m) => m.id),
  };
  data.meetings.push(meeting);
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

function buildGoodDeeds(tools: Tools, data: WardDataset, units: Unit[], base: Base): void {
  for (let month = 1; month <= 10; month += 1) {
    for (let k = 0; k < (month % 3) + 2; k += 1) {
      const unit = units[tools.int(0, units.length - 1)];
      const collective = tools.random() < 0.2;
      const gender = tools.random() < 0.5 ? 'female' : 'male';
      const mm = `${YEAR}-${String(month).padStart(2, '0')}`;
      const status = month >= 10 ? 'submitted' : k === 1 && month % 4 === 0 ? 'returned' : month <= 6 && k === 0 ? 'forwarded' : 'approved';
      data.goodDeeds.push({
        ...base(), month: mm, unitId: unit.id, subjectKind: collective ? 'collective' : 'person',
        subjectName: collective ? `Chi hội Phụ nữ ${unit.name}` : vietnameseName(tools, gender), personId: null,
        birthYear: collective ? null : tools.int(1950, 2008), gender: collective ? null : gender, address: `${unit.name}, phường Ninh Hà`,
        field: tools.pick(FIELDS), deed: tools.pick(DEEDS), evidence: 'Xác nhận của Tổ trưởng tổ dân phố', submittedAt: `${mm}-${String(tools.int(3, 14)).padStart(2, '0')}`,
        status, returnReason: status === 'returned' ? 'Chưa có xác nhận của người được giúp đỡ' : '',
        publications: status === 'approved' || status === 'forwarded'
          ? [{ channel: 'radio', date: `${mm}-20`, link: '', note: 'Đài truyền thanh phường' }, ...(k === 0 ? [{ channel: 'portal' as const, date: `${mm}-22`, link: 'https://ninhha.khanhhoa.gov.vn/tin-tuc', note: '' }] : [])]
          : [],
        forwardedOn: status === 'forwarded' ? `${mm}-25` : null, awardId: null,
      });
    }
  }
}
