/** Council meetings (phiên họp Hội đồng, SPEC §5): attendance, agenda, ballots and conclusions. */
import type { z } from 'zod';
import type { ValidationIssue } from './errors';
import { defineRepository } from './repository';
import { meetingInputSchema, meetingRecordSchema } from './schemas';

type MeetingFields = z.output<typeof meetingInputSchema>;

/**
 * Ballot counts must fit the attendance: present members vote, absent ones may give written opinions.
 * A change of attendance can break many rows at once; each kind of problem is one issue naming its rows.
 */
function ballotIssues(meeting: MeetingFields): ValidationIssue[] {
  const present = meeting.attendance.filter((a) => a.present).length;
  const written = meeting.attendance.filter((a) => !a.present && a.writtenOpinion).length;
  const rows = (test: (b: MeetingFields['ballots'][number]) => boolean) => meeting.ballots.flatMap((b, i) => (test(b) ? [i + 1] : []));
  const rowList = (found: number[]) => (found.length === 1 ? `dòng ${found[0]}` : `${found.length} dòng: ${found.join(', ')}`);
  const issues: ValidationIssue[] = [];
  const tooManyPapers = rows((b) => b.agree + b.disagree + b.invalid > present);
  if (tooManyPapers.length > 0) {
    issues.push({ path: 'ballots', message: `Tổng số phiếu vượt quá số thành viên có mặt (${present}) ở ${rowList(tooManyPapers)} của kết quả biểu quyết.` });
  }
  const tooManyWritten = rows((b) => b.writtenAgree + b.writtenDisagree > written);
  if (tooManyWritten.length > 0) {
    issues.push({
      path: 'ballots',
      message: `Số ý kiến bằng văn bản vượt quá số thành viên vắng mặt có ý kiến (${written}) ở ${rowList(tooManyWritten)} của kết quả biểu quyết.`,
    });
  }
  const seen = new Set<string>();
  meeting.ballots.forEach((b, i) => {
    if (seen.has(b.nominationId)) issues.push({ path: `ballots.${i}.nominationId`, message: 'Một đề nghị chỉ có một kết quả biểu quyết trong phiên họp.' });
    seen.add(b.nominationId);
  });
  return issues;
}

/** The counting board is chosen among the members present, each once. */
function countingBoardIssues(meeting: MeetingFields): ValidationIssue[] {
  const present = new Set(meeting.attendance.filter((a) => a.present).map((a) => a.memberId));
  const board = meeting.countingBoardMemberIds ?? [];
  const issues: ValidationIssue[] = [];
  board.forEach((id, i) => {
    if (!present.has(id)) issues.push({ path: `countingBoardMemberIds.${i}`, message: 'Thành viên Ban kiểm phiếu phải là thành viên Hội đồng có mặt tại phiên họp.' });
  });
  if (new Set(board).size !== board.length) issues.push({ path: 'countingBoardMemberIds', message: 'Một thành viên chỉ được ghi một lần trong Ban kiểm phiếu.' });
  return issues;
}


export const meetingRepo = defineRepository({
  table: 'meetings',
  label: 'phiên họp',
  input: meetingInputSchema,
  record: meetingRecordSchema,
  derive: (input) => ({
    nominationIds: [...new Set([...input.agendaNominationIds, ...input.ballots.map((b) => b.nominationId)])],
    memberIds: [...new Set(input.attendance.map((a) => a.memberId))],
  }),
  pointsTo: (input) => [
    { path: 'chairPersonId', table: 'people', id: input.chairPersonId, label: 'Chủ trì' },
    { path: 'secretaryPersonId', table: 'people', id: input.secretaryPersonId, label: 'Thư ký' },
    ...input.attendance.map((a, i) => ({ path: `attendance.${i}.memberId`, table: 'councilMembers' as const, id: a.memberId, label: 'Thành viên Hội đồng' })),
    ...input.agendaNominationIds.map((id, i) => ({ path: `agendaNominationIds.${i}`, table: 'nominations' as const, id, label: 'Đề nghị trong chương trình họp' })),
    ...input.ballots.map((b, i) => ({ path: `ballots.${i}.nominationId`, table: 'nominations' as const, id: b.nominationId, label: 'Đề nghị được biểu quyết' })),
  ],
  check: async (_db, input) => {
    const issues = ballotIssues(input);
    input.attendance.forEach((a, i) => {
      if (!a.present && !a.absentReason) issues.push({ path: `attendance.${i}.absentReason`, message: 'Phải ghi lý do vắng mặt.' });
    });
    return [...issues, ...countingBoardIssues(input)];
  },
  references: [
    { table: 'documents', index: 'sourceIds', key: (id) => id, label: 'văn bản' },
    { table: 'nominations', index: 'meetingId', key: (id) => id, label: 'đề nghị khen thưởng' },
  ],
});
