/**
 * Documents made from a council meeting (SPEC §5): biên bản họp (T2), biên bản kiểm phiếu (T4),
 * phiếu bầu (T3), and for what passed, the tờ trình upward (T1) or the ward's quyết định (T5).
 */
import { decideBallot, voteRequirementFor } from '../../domain/council';
import { applyingHolds, HOLD_LABELS } from '../../domain/eligibility';
import type { BallotDecision } from '../../domain/council';
import { formatDateShort, formatLongDate, formatMoney, upperVi } from '../../domain/text';
import { awardTitleInfo, type TitleContext } from '../../domain/titles';
import type { WardSettings } from '../../domain/settings';
import type { AwardCode } from '../../domain/vocabulary';
import type {
  Attendee, BallotPaperModel, BodyBlock, DecisionModel, MeetingMinutesModel, SubmissionModel, VoteCountMinutesModel, VoteResultRow,
} from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { RefusedError, ValidationError } from '../errors';
import { councilOn, effectiveSettings, getWardProfile } from '../registers';
import { requireRecord } from '../repository';
import type { Ballot, CouncilMember, Meeting, Nomination } from '../schemas';
import { basesOf, chairmanSignature, committeeSignature, loadDirectory, loadWardContext, memberAttendee, recipientsOf } from './context';
import type { Directory, WardContext } from './context';
import type { Draft } from './draft';
import { payableRows } from './payable';
import { awardPhrase, countByKind, countPhrase, nomineeGroups, nomineeIds, nomineeLine } from './nominees';

export interface BallotOutcome {
  nomination: Nomination;
  ballot: Ballot;
  /** Secret ballot (bỏ phiếu kín) rather than a show of hands. */
  secret: boolean;
  decision: BallotDecision;
}

export interface MeetingOutcome {
  meeting: Meeting;
  /** The council's members on the meeting date. */
  council: CouncilMember[];
  /** The council's membership on the meeting date: the base of every share (DOMAIN.md §4). */
  totalMembers: number;
  presentMembers: number;
  results: BallotOutcome[];
  /** The live (not archived) nominations on the agenda or voted on, in agenda order. */
  nominations: Nomination[];
  /** Passed, decided by the ward chairman (NĐ 129/2025 Đ59): the quyết định. */
  passedWard: Nomination[];
  /** Passed, proposed to the upper level: the tờ trình. */
  passedUpward: Nomination[];
  /** Titles voted by secret ballot: one biên bản kiểm phiếu each. */
  secretTitles: AwardCode[];
  /** Titles on the agenda that need a ballot paper. */
  ballotTitles: AwardCode[];
  /** On the agenda but on hold on the meeting day (NĐ 152/2025 Đ4.4): neither decided nor proposed. */
  onHold: Nomination[];
}

/**
 * Each ballot judged by the domain: written opinions of absent members count with the papers
 * (NĐ 98/2023 Đ30.7 practice), shares are of the council's total membership.
 */
export async function meetingOutcome(db: ThiDuaDb, meetingId: string, wardSettings?: WardSettings): Promise<MeetingOutcome> {
  const meeting = await requireRecord<Meeting>(db, 'meetings', meetingId, 'phiên họp');
  const settings = wardSettings ?? effectiveSettings(await getWardProfile(db));
  const council = await councilOn(db, meeting.date);
  const totalMembers = Math.max(council.length, meeting.attendance.length);
  const presentMembers = meeting.attendance.filter((a) => a.present).length;
  const nominationIds = [...new Set([...meeting.agendaNominationIds, ...meeting.ballots.map((b) => b.nominationId)])];
  const nominations = new Map<string, Nomination>();
  for (const n of await db.nominations.bulkGet(nominationIds)) if (n && n.archived === 0) nominations.set(n.id, n);
  const results = meeting.ballots.flatMap((ballot): BallotOutcome[] => {
    const nomination = nominations.get(ballot.nominationId);
    if (!nomination || nomination.status === 'withdrawn') return [];
    const tally = {
      nomineeId: nomination.id,
      agree: ballot.agree + ballot.writtenAgree,
      disagree: ballot.disagree + ballot.writtenDisagree,
      invalid: ballot.invalid,
    };
    const decision = decideBallot(tally, { totalMembers, presentMembers }, nomination.titleCode, settings);
    return [{ nomination, ballot, secret: ballot.method === 'ballot', decision }];
  });
  const held = (n: Nomination) => applyingHolds({ holds: n.holds, asOf: meeting.date }).length > 0;
  const passed = results.filter((r) => r.decision.passed && !held(r.nomination)).map((r) => r.nomination);
  const distinct = (codes: AwardCode[]) => [...new Set(codes)];
  return {
    meeting,
    council,
    totalMembers,
    presentMembers,
    results,
    nominations: [...nominations.values()],
    passedWard: passed.filter((n) => awardTitleInfo(n.titleCode, settings).level === 'ward'),
    passedUpward: passed.filter((n) => awardTitleInfo(n.titleCode, settings).level === 'upward'),
    secretTitles: distinct(results.filter((r) => r.secret).map((r) => r.nomination.titleCode)),
    ballotTitles: distinct([...nominations.values()].filter((n) => awardTitleInfo(n.titleCode, settings).requiresBallot).map((n) => n.titleCode)),
    onHold: [...nominations.values()].filter(held),
  };
}

interface MeetingSources {
  ctx: WardContext;
  outcome: MeetingOutcome;
  dir: Directory;
  members: Map<string, CouncilMember>;
}

/**
 * Every row a meeting's documents draw on, each read once: the ward profile, the meeting and its
 * live nominations (the agenda's among them), the members, then their people and units by key.
 */
async function loadMeeting(db: ThiDuaDb, meetingId: string): Promise<MeetingSources> {
  // One read after another: issued inside the numbering transaction, these reads asked for together
  // (Promise.all) left the transaction waiting for ever in Chromium (never in fake-indexeddb).
  const ctx = await loadWardContext(db);
  const outcome = await meetingOutcome(db, meetingId, ctx.settings);
  const { meeting } = outcome;
  // The attendance names members of the council of the day, already read; only a member since removed is asked for.
  const council = new Map(outcome.council.map((m) => [m.id, m]));
  const others = meeting.attendance.map((a) => a.memberId).filter((id) => !council.has(id));
  const removed = others.length > 0 ? await db.councilMembers.bulkGet(others) : [];
  const members = new Map<string, CouncilMember>();
  for (const { memberId } of meeting.attendance) {
    const member = council.get(memberId) ?? removed.find((m) => m?.id === memberId);
    if (member) members.set(memberId, member);
  }
  // Documents name only live nominations (results, holds, the ballot paper's list): the outcome read them all.
  const nominated = nomineeIds(outcome.nominations);
  const dir = await loadDirectory(
    db,
    [...[...members.values()].map((m) => m.personId), meeting.chairPersonId, meeting.secretaryPersonId, ...nominated.personIds],
    nominated.unitIds,
  );
  return { ctx, outcome, dir, members };
}

function requireTimes(meeting: Meeting): void {
  const issues = [
    ...(meeting.startTime ? [] : [{ path: 'startTime', message: 'Phiên họp chưa ghi giờ bắt đầu.' }]),
    ...(meeting.endTime ? [] : [{ path: 'endTime', message: 'Phiên họp chưa ghi giờ kết thúc.' }]),
  ];
  if (issues.length > 0) {
    issues.push({ path: '', message: 'Hãy nhập giờ họp ở màn hình phiên họp trước khi tạo biên bản.' });
    throw new ValidationError(issues);
  }
}

/** Chair or secretary as minutes name them: the council role when they are members, else their post. */
function meetingRole(personId: string | null, src: MeetingSources): Attendee {
  const member = [...src.members.values()].find((m) => m.personId === personId);
  if (member) return memberAttendee(member, src.dir);
  const person = src.dir.person(personId);
  return { name: person?.fullName ?? '', role: person?.position ?? '' };
}

/** A secret ballot's row: the papers and the written opinions apart; the share and verdict as the domain judged their sum. */
function voteRow(result: BallotOutcome, src: MeetingSources): VoteResultRow {
  const line = nomineeLine(result.nomination, src.dir, src.ctx.wardInText);
  const { ballot } = result;
  const { agree, baseCount, passed } = result.decision;
  return {
    ...line,
    award: awardTitleInfo(result.nomination.titleCode, src.ctx.settings).label,
    agree: ballot.agree,
    disagree: ballot.disagree,
    writtenAgree: ballot.writtenAgree,
    writtenDisagree: ballot.writtenDisagree,
    agreeShare: baseCount > 0 ? agree / baseCount : 0,
    passed,
  };
}

/** Why a nomination is on hold on `date`, as the minutes write it. */
function holdReasons(n: Nomination, date: string): string {
  return applyingHolds({ holds: n.holds, asOf: date }).map((h) => `${HOLD_LABELS[h.kind]}${h.note ? ` (${h.note})` : ''}`).join('; ');
}

function titleCounts(nominations: readonly Nomination[], titles: TitleContext): string[] {
  const byTitle = new Map<AwardCode, Nomination[]>();
  for (const n of nominations) {
    const list = byTitle.get(n.titleCode);
    if (list) list.push(n);
    else byTitle.set(n.titleCode, [n]);
  }
  return [...byTitle].map(([code, list]) => `${awardTitleInfo(code, titles).label}: ${countPhrase(countByKind(list))}`);
}

function sourceOf(meeting: Meeting) {
  return { sourceTable: 'meetings' as const, sourceIds: [meeting.id], demo: meeting.demo === 1 };
}

export async function draftMeetingMinutes(db: ThiDuaDb, meetingId: string): Promise<Draft<'meetingMinutes'>> {
  const src = await loadMeeting(db, meetingId);
  const { meeting, results, totalMembers, passedWard, passedUpward, onHold } = src.outcome;
  requireTimes(meeting);
  const attendee = (memberId: string) => {
    const member = src.members.get(memberId);
    return member ? memberAttendee(member, src.dir) : { name: '(đã xóa)', role: '' };
  };
  const secret = results.filter((r) => r.secret);
  const shown = results.filter((r) => !r.secret);
  const agendaCount = new Set([...meeting.agendaNominationIds, ...meeting.ballots.map((b) => b.nominationId)]).size;
  const proceedings: BodyBlock[] = [
    { heading: '1. Nội dung xem xét' },
    `Hội đồng xem xét ${agendaCount} hồ sơ đề nghị khen thưởng năm ${meeting.year} đã được Thường trực Hội đồng tiếp nhận, thẩm định.`,
    ...(onHold.length > 0
      ? [
          'Tạm dừng xét khen thưởng theo Nghị định số 152/2025/NĐ-CP (Điều 4), xét tiếp khi kết thúc:',
          { items: onHold.map((n) => `${nomineeLine(n, src.dir, src.ctx.wardInText).name} (${awardTitleInfo(n.titleCode, src.ctx.settings).label}): ${holdReasons(n, meeting.date)};`) },
        ]
      : []),
    { heading: '2. Hình thức biểu quyết' },
    secret.length > 0
      ? `Bỏ phiếu kín đối với: ${[...new Set(secret.map((r) => awardTitleInfo(r.nomination.titleCode, src.ctx.settings).label))].join('; ')}; biểu quyết giơ tay đối với các nội dung còn lại. Ý kiến bằng văn bản của thành viên vắng mặt được tính vào kết quả.`
      : 'Hội đồng biểu quyết bằng giơ tay; ý kiến bằng văn bản của thành viên vắng mặt được tính vào kết quả.',
  ];
  if (shown.length > 0) {
    proceedings.push(
      { heading: '3. Kết quả biểu quyết giơ tay' },
      {
        items: shown.map((r) => {
          const line = nomineeLine(r.nomination, src.dir, src.ctx.wardInText);
          return `${line.name} (${awardTitleInfo(r.nomination.titleCode, src.ctx.settings).label}): ${r.decision.agree}/${r.decision.baseCount} thành viên đồng ý (${r.decision.agreePercentText}), ${r.decision.passed ? 'đạt' : 'không đạt'};`;
        }),
      },
    );
  }
  const conclusions: BodyBlock[] = [
    ...(meeting.conclusions ? [meeting.conclusions] : []),
    ...(passedWard.length > 0
      ? [`Đề nghị Chủ tịch Ủy ban nhân dân ${src.ctx.wardInText} khen thưởng:`, { items: titleCounts(passedWard, src.ctx.settings) }]
      : []),
    ...(passedUpward.length > 0
      ? [`Đề nghị ${src.ctx.profile.upperLevel.authorityTitle || 'cấp trên'} khen thưởng:`, { items: titleCounts(passedUpward, src.ctx.settings) }]
      : []),
  ];
  const chair = meetingRole(meeting.chairPersonId, src);
  const secretary = meetingRole(meeting.secretaryPersonId, src);
  const firstSecret = secret[0]?.nomination.titleCode;
  return {
    kind: 'meetingMinutes',
    date: meeting.date,
    title: meeting.title,
    ...sourceOf(meeting),
    compose: (numberText): MeetingMinutesModel => ({
      header: src.ctx.councilHeader,
      numberText,
      summary: meeting.title,
      place: src.ctx.place,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      venue: meeting.place,
      totalMembers,
      present: meeting.attendance.filter((a) => a.present).map((a) => attendee(a.memberId)),
      absent: meeting.attendance
        .filter((a) => !a.present)
        .map((a) => ({ ...attendee(a.memberId), reason: a.absentReason, writtenOpinion: a.writtenOpinion })),
      guests: meeting.guests.map((g) => ({ name: g.name, role: g.position })),
      chair,
      secretary,
      proceedings,
      voteResults: secret.map((r) => voteRow(r, src)),
      passThresholdPercent: firstSecret ? voteRequirementFor(firstSecret, src.ctx.settings).percent : 0,
      conclusions,
      recipients: recipientsOf(src.ctx, 'meetingMinutes'),
      secretarySignature: { title: 'Thư ký', name: secretary.name },
      chairSignature: { title: 'Chủ tọa', name: chair.name },
    }),
  };
}

/**
 * The counting board (Ban kiểm phiếu, T4): as the meeting records it, head first; when it records
 * none, drawn from the members present other than the chair and the secretary, the standing member first.
 */
function countingBoard(src: MeetingSources): Attendee[] {
  const { meeting } = src.outcome;
  const chosen = (meeting.countingBoardMemberIds ?? []).map((id) => src.members.get(id)).filter((m): m is CouncilMember => Boolean(m));
  if (chosen.length > 0) return chosen.map((m) => memberAttendee(m, src.dir));
  const order = { standing: 0, member: 1, vice_chair: 2, chair: 3, secretary: 4 } as const;
  return meeting.attendance
    .filter((a) => a.present)
    .map((a) => src.members.get(a.memberId))
    .filter((m): m is CouncilMember => Boolean(m) && m!.personId !== meeting.chairPersonId && m!.personId !== meeting.secretaryPersonId)
    .sort((a, b) => order[a.role] - order[b.role])
    .slice(0, 3)
    .map((m) => memberAttendee(m, src.dir));
}

function titleSummary(code: AwardCode, year: number, titles: TitleContext): string {
  return `${awardPhrase(code, titles)} năm ${year}`;
}

export async function draftVoteCountMinutes(db: ThiDuaDb, meetingId: string, titleCode: AwardCode): Promise<Draft<'voteCountMinutes'>> {
  const src = await loadMeeting(db, meetingId);
  const { meeting, totalMembers, presentMembers } = src.outcome;
  const results = src.outcome.results.filter((r) => r.secret && r.nomination.titleCode === titleCode);
  if (results.length === 0) {
    throw new RefusedError('notFound', `Phiên họp không có kết quả bỏ phiếu kín cho ${awardPhrase(titleCode, src.ctx.settings)}.`);
  }
  // Every nominee of one ballot is counted on the same papers: a spoilt paper is invalid for all of them.
  const returned = Math.max(...results.map((r) => r.ballot.agree + r.ballot.disagree + r.ballot.invalid));
  const invalid = Math.min(...results.map((r) => r.ballot.invalid));
  const board = countingBoard(src);
  // The counting's own times; not recorded, they print as blanks rather than the meeting's times.
  const counting = meeting.countingTimes?.find((t) => t.titleCode === titleCode);
  const writtenOpinions = meeting.attendance
    .filter((a) => !a.present && a.writtenOpinion)
    .map((a) => src.members.get(a.memberId))
    .map((m) => (m ? memberAttendee(m, src.dir).name : '(đã xóa)'));
  const summary = `Kiểm phiếu bầu ${titleSummary(titleCode, meeting.year, src.ctx.settings)}`;
  return {
    kind: 'voteCountMinutes',
    date: meeting.date,
    title: summary,
    ...sourceOf(meeting),
    compose: (numberText): VoteCountMinutesModel => ({
      header: src.ctx.councilHeader,
      numberText,
      summary,
      place: src.ctx.place,
      date: meeting.date,
      startTime: counting?.startTime ?? '',
      endTime: counting?.endTime ?? '',
      venue: meeting.place,
      countingBoard: board,
      totalMembers,
      ballotsIssued: presentMembers,
      ballotsReturned: returned,
      ballotsValid: returned - invalid,
      ballotsInvalid: invalid,
      invalidReason: invalid > 0 ? 'đánh dấu cả hai ô hoặc không đánh dấu ô nào' : '',
      writtenOpinions,
      passThresholdPercent: voteRequirementFor(titleCode, src.ctx.settings).percent,
      results: results.map((r) => voteRow(r, src)),
      recipients: recipientsOf(src.ctx, 'voteCountMinutes'),
      boardSignatures: board.map((m, i) => ({ title: i === 0 ? 'Trưởng ban kiểm phiếu' : 'Thành viên', name: m.name })),
    }),
  };
}

export async function draftBallotPaper(db: ThiDuaDb, meetingId: string, titleCode: AwardCode): Promise<Draft<'ballotPaper'>> {
  const src = await loadMeeting(db, meetingId);
  const { meeting } = src.outcome;
  const nominations = src.outcome.nominations.filter((n) => n.status !== 'withdrawn' && n.titleCode === titleCode);
  if (nominations.length === 0) throw new RefusedError('notFound', `Chương trình họp không có đề nghị ${awardPhrase(titleCode, src.ctx.settings)}.`);
  const summary = titleSummary(titleCode, meeting.year, src.ctx.settings);
  const candidates = nomineeGroups(nominations, src.dir, src.ctx.wardInText, undefined, src.ctx.settings).flatMap((g) => g.rows.map((r) => ({ name: r.name, positionUnit: r.positionUnit })));
  return {
    kind: 'ballotPaper',
    date: meeting.date,
    title: `Phiếu bầu ${summary}`,
    ...sourceOf(meeting),
    compose: (): BallotPaperModel => ({
      header: src.ctx.councilHeader,
      place: src.ctx.place,
      date: meeting.date,
      summary: summary.charAt(0).toLocaleUpperCase('vi') + summary.slice(1),
      candidates,
      instruction:
        'Hướng dẫn: Đồng ý thì đánh dấu (X) vào ô “Đồng ý”, không đồng ý thì đánh dấu (X) vào ô “Không đồng ý”. Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào ở một người là không hợp lệ đối với người đó.',
    }),
  };
}

/** A tờ trình or quyết định rests on the meeting's vote, so it cannot be dated before it. */
function requireAfterMeeting(meeting: Meeting, date: string): void {
  if (date < meeting.date) {
    throw new ValidationError([
      { path: 'date', message: `Ngày văn bản (${formatDateShort(date)}) không thể trước ngày họp Hội đồng (${formatDateShort(meeting.date)}).` },
    ]);
  }
}

/** "Biên bản họp số 03/BB-HĐTĐKT ngày 10 tháng 12 năm 2026 của …", when the minutes were issued. */
async function minutesReference(db: ThiDuaDb, meeting: Meeting, councilName: string | null): Promise<string> {
  const minutes = (await db.documents.where('sourceIds').equals(meeting.id).toArray())
    .filter((d) => d.kind === 'meetingMinutes' && d.archived === 0)
    .sort((a, b) => b.number - a.number)[0];
  // A line that already names the council ("Xét đề nghị của Hội đồng … tại …") passes null.
  const of = councilName ? ` của ${councilName}` : '';
  return minutes
    ? `Biên bản họp số ${minutes.numberText} ${formatLongDate(minutes.date)}${of}`
    : `${councilName ? 'kết quả họp' : 'cuộc họp'} ${formatLongDate(meeting.date)}${of}`;
}

/** What passed of one form or title: a decision or a tờ trình is issued per form (the usual practice). */
function passedOf(nominations: readonly Nomination[], titleCode: AwardCode, what: string, titles: TitleContext): Nomination[] {
  const chosen = nominations.filter((n) => n.titleCode === titleCode);
  if (chosen.length === 0) throw new RefusedError('notFound', `Phiên họp không có đề nghị ${awardPhrase(titleCode, titles)} nào đạt để ${what}.`);
  return chosen;
}

/** T1 tờ trình + danh sách of one form passed for the upper level (Luật TĐKT 2022 Đ74; DOMAIN.md §5). */
export async function draftSubmission(db: ThiDuaDb, meetingId: string, titleCode: AwardCode, date: string): Promise<Draft<'submission'>> {
  const src = await loadMeeting(db, meetingId);
  const { meeting } = src.outcome;
  requireAfterMeeting(meeting, date);
  const passed = passedOf(src.outcome.passedUpward, titleCode, 'trình cấp trên', src.ctx.settings);
  const { ctx } = src;
  const authority = ctx.profile.upperLevel.authorityTitle || 'cấp trên';
  const award = `${awardTitleInfo(titleCode, ctx.settings).isEmulationTitle ? 'xét tặng' : 'tặng'} ${awardPhrase(titleCode, ctx.settings)}`;
  const summary = `Về việc đề nghị ${award} năm ${meeting.year}`;
  const minutes = await minutesReference(db, meeting, ctx.profile.councilName);
  return {
    kind: 'submission',
    date,
    title: summary,
    ...sourceOf(meeting),
    compose: (numberText): SubmissionModel => ({
      header: ctx.wardHeader,
      numberText,
      place: ctx.place,
      date,
      summary,
      addressees: ctx.upperAddressees,
      bases: [...basesOf(ctx, 'submission'), `Căn cứ ${minutes}`],
      body: [
        `Thực hiện các phong trào thi đua năm ${meeting.year}, tại phiên họp ${formatLongDate(meeting.date)}, ${ctx.profile.councilName} đã xem xét, bình xét và thống nhất đề nghị ${award} cho các tập thể, cá nhân có thành tích tiêu biểu.`,
        `Ủy ban nhân dân ${ctx.wardInText} kính đề nghị ${authority} xem xét, ${award} năm ${meeting.year} cho ${countPhrase(countByKind(passed))} (có danh sách kèm theo).`,
        `Hồ sơ kèm theo gồm: báo cáo thành tích của các tập thể, cá nhân; biên bản họp ${ctx.profile.councilName} và kết quả biểu quyết.`,
        `Kính trình ${authority} xem xét, quyết định./.`,
      ],
      recipients: recipientsOf(ctx, 'submission'),
      signature: committeeSignature(ctx),
      list: { title: upperVi(`Đề nghị ${award} năm ${meeting.year}`), groups: nomineeGroups(passed, src.dir, ctx.wardInText, undefined, ctx.settings) },
    }),
  };
}

/** "Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Hà": a ward form names the ward that gives it. */
function awardedPhrase(titleCode: AwardCode, ctx: WardContext): string {
  return titleCode === 'GIAY_KHEN' ? `Giấy khen của Chủ tịch Ủy ban nhân dân ${ctx.wardInText}` : awardPhrase(titleCode, ctx.settings);
}

/**
 * T5 quyết định + danh sách of one form or title, with the reward of each (NĐ 152/2025 Đ49.2:
 * coefficient × the base salary in force on the decision date, rounded up to 10.000 đ).
 */
export async function draftDecision(db: ThiDuaDb, meetingId: string, titleCode: AwardCode, date: string): Promise<Draft<'decision'>> {
  const src = await loadMeeting(db, meetingId);
  const { meeting } = src.outcome;
  requireAfterMeeting(meeting, date);
  const passed = passedOf(src.outcome.passedWard, titleCode, 'khen thưởng', src.ctx.settings);
  const { ctx } = src;
  // Only the highest title of one year is paid (NĐ 152/2025 Đ49.5–7); a row without money says why.
  const payable = await payableRows(db, passed, src.outcome.passedWard, date, ctx.settings);
  const reward = payable.rewardOf;
  const isTitle = awardTitleInfo(titleCode, ctx.settings).isEmulationTitle;
  const verb = isTitle ? 'Công nhận' : 'Tặng';
  const phrase = awardedPhrase(titleCode, ctx);
  const summary = `Về việc ${verb.toLocaleLowerCase('vi')} ${isTitle ? `${phrase} năm ${meeting.year}` : phrase}`;
  const counts = countPhrase(countByKind(passed));
  const total = passed.reduce((sum, n) => sum + (reward(n)?.amount ?? 0), 0);
  const baseSalary = passed.map(reward).find((r) => r !== null)?.baseSalary ?? null;
  const minutes = await minutesReference(db, meeting, null);
  const authority = `Chủ tịch Ủy ban nhân dân ${ctx.wardInText}`;
  const awarded = isTitle
    ? `${verb} ${phrase} năm ${meeting.year} cho ${counts} (có danh sách kèm theo).`
    : `${verb} ${phrase} cho ${counts} (có danh sách kèm theo), vì: Đã có thành tích trong phong trào thi đua năm ${meeting.year}.`;
  return {
    kind: 'decision',
    date,
    title: summary,
    ...sourceOf(meeting),
    compose: (numberText): DecisionModel => ({
      titleCode,
      header: ctx.wardHeader,
      numberText,
      place: ctx.place,
      date,
      summary,
      authority,
      decidedBy: `Chủ tịch UBND ${ctx.wardInText}`,
      bases: [...basesOf(ctx, 'decision'), `Xét đề nghị của ${ctx.profile.councilName} tại ${minutes}`],
      articles: [
        [awarded],
        [
          total > 0
            ? `Tiền thưởng kèm theo thực hiện theo Điều 49 Nghị định số 152/2025/NĐ-CP, tổng cộng ${formatMoney(total)} đồng (mức của từng tập thể, cá nhân tại danh sách kèm theo); kinh phí chi từ Quỹ thi đua, khen thưởng của ${ctx.settings.naming.wardWord}.`
            : 'Kinh phí khen thưởng thực hiện theo quy định hiện hành.',
        ],
        [
          `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND ${ctx.settings.naming.wardWord}, Trưởng phòng Văn hóa - Xã hội, thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
        ],
      ],
      baseSalary,
      recipients: recipientsOf(ctx, 'decision'),
      signature: chairmanSignature(ctx),
      list: {
        title: upperVi(`${isTitle ? 'Được công nhận' : 'Được tặng'} ${phrase}${isTitle ? ` năm ${meeting.year}` : ''}`),
        // One form per decision: its list names a form briefly ("Giấy khen"), a title in full.
        groups: nomineeGroups(passed, src.dir, ctx.wardInText, reward, ctx.settings, payable.reasonOf).map((g) => ({
          ...g,
          rows: g.rows.map((r) => ({ ...r, award: isTitle ? r.award : awardTitleInfo(titleCode, ctx.settings).shortLabel })),
        })),
      },
    }),
  };
}
