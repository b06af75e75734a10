/** Schema of a council meeting (phiên họp Hội đồng, SPEC §5, DOMAIN.md §4). */
import { z } from 'zod';
import { awardCodeSchema } from './registers';
import { count, idSchema, isoDate, oneOf, optionalId, optionalText, recordSchema, requiredName, requiredText, yearSchema } from './common';

export const MEETING_STATUSES = ['planned', 'held', 'closed'] as const;

/** Absent members' written opinions count toward the ballot (NĐ 98/2023 Đ30.7 practice, DOMAIN.md §4). */
export const attendanceSchema = z.object({
  memberId: idSchema,
  present: z.boolean().default(true),
  absentReason: optionalText('Lý do vắng mặt', 500),
  writtenOpinion: z.boolean().default(false),
});

export const guestSchema = z.object({
  name: requiredName('Họ tên khách mời', 200),
  position: optionalText('Chức vụ, đơn vị khách mời', 300),
});

export const ballotSchema = z.object({
  nominationId: idSchema,
  method: oneOf(['ballot', 'hands'] as const, 'Hình thức biểu quyết').default('ballot'),
  agree: count('Số phiếu đồng ý'),
  disagree: count('Số phiếu không đồng ý'),
  invalid: count('Số phiếu không hợp lệ').default(0),
  writtenAgree: count('Số ý kiến bằng văn bản đồng ý').default(0),
  writtenDisagree: count('Số ý kiến bằng văn bản không đồng ý').default(0),
});
export type Ballot = z.output<typeof ballotSchema>;

const clock = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, `${label} phải có dạng HH:mm.`).default('');

export const countingTimeSchema = z
  .object({
    titleCode: awardCodeSchema,
    startTime: clock('Giờ bắt đầu kiểm phiếu'),
    endTime: clock('Giờ kết thúc kiểm phiếu'),
  })
  .refine((t) => !t.startTime || !t.endTime || t.startTime < t.endTime, {
    message: 'Giờ kết thúc kiểm phiếu phải sau giờ bắt đầu.',
    path: ['endTime'],
  });
export type CountingTime = z.output<typeof countingTimeSchema>;

export const meetingInputSchema = z.object({
  title: requiredName('Nội dung phiên họp', 500),
  year: yearSchema('Năm xét'),
  date: isoDate('Ngày họp'),
  startTime: clock('Giờ bắt đầu'),
  endTime: clock('Giờ kết thúc'),
  place: requiredText('Địa điểm', 300),
  chairPersonId: optionalId,
  secretaryPersonId: optionalId,
  attendance: z.array(attendanceSchema).max(100).default([]),
  guests: z.array(guestSchema).max(100).default([]),
  agendaNominationIds: z.array(idSchema).max(5000).default([]),
  agendaScoreSetIds: z.array(idSchema).max(100).default([]),
  ballots: z.array(ballotSchema).max(5000).default([]),
  /**
   * Ban kiểm phiếu (DOMAIN.md §5 T4): council member ids of present members, the head first. Optional
   * and not indexed (no new schema version); absent or empty, the minutes draw the board themselves.
   */
  countingBoardMemberIds: z.array(idSchema).max(7, 'Ban kiểm phiếu có tối đa 7 thành viên.').optional(),
  /**
   * When the counting of each title's secret ballot began and ended: the biên bản kiểm phiếu records
   * its own times, not the meeting's. Optional and not indexed, like the board.
   */
  countingTimes: z.array(countingTimeSchema).max(30).optional(),
  conclusions: optionalText('Kết luận', 20_000),
  status: oneOf(MEETING_STATUSES, 'Trạng thái phiên họp').default('planned'),
});
export const meetingRecordSchema = recordSchema(meetingInputSchema, {
  /** Agenda ∪ ballots, indexed so a nomination's meetings (and its references) are found fast. */
  nominationIds: z.array(idSchema).max(10_000),
  memberIds: z.array(idSchema).max(100),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type Meeting = z.output<typeof meetingRecordSchema>;
