/** Schema of a good-deed report (Người tốt, việc tốt, SPEC §4, DOMAIN.md §8). */
import { z } from 'zod';
import { idSchema, isoDate, isoMonth, oneOf, optionalId, optionalText, recordSchema, requiredName, requiredText } from './common';
import { GENDERS } from './registers';
import { GOOD_DEED_STATUSES, PUBLICATION_CHANNELS } from '../../domain/vocabulary';

export const publicationSchema = z.object({
  channel: oneOf(PUBLICATION_CHANNELS, 'Kênh tuyên truyền'),
  date: isoDate('Ngày tuyên truyền'),
  link: optionalText('Đường dẫn', 1000),
  note: optionalText('Ghi chú', 500),
});
export type Publication = z.output<typeof publicationSchema>;

export const goodDeedInputSchema = z.object({
  month: isoMonth('Tháng báo cáo'),
  unitId: idSchema,
  subjectKind: oneOf(['person', 'collective'] as const, 'Đối tượng'),
  subjectName: requiredName('Tên cá nhân/tập thể', 300),
  personId: optionalId,
  birthYear: z.number().int().min(1900, 'Năm sinh không hợp lệ.').max(2100, 'Năm sinh không hợp lệ.').nullable().default(null),
  gender: oneOf(GENDERS, 'Giới tính').nullable().default(null),
  address: optionalText('Địa chỉ/đơn vị', 300),
  field: requiredText('Lĩnh vực', 200),
  deed: requiredText('Việc làm, cách làm hay', 10_000),
  evidence: optionalText('Minh chứng', 2000),
  submittedAt: isoDate('Ngày nộp'),
});
export const goodDeedRecordSchema = recordSchema(goodDeedInputSchema, {
  status: oneOf(GOOD_DEED_STATUSES, 'Trạng thái'),
  returnReason: z.string().max(2000),
  publications: z.array(publicationSchema).max(200),
  forwardedOn: isoDate('Ngày đề xuất lên trên').nullable(),
  awardId: optionalId,
  /** The nomination of a province's own title this report became (issue 20 item 4). */
  nominationId: optionalId,
});
export type GoodDeedInput = z.input<typeof goodDeedInputSchema>;
export type GoodDeed = z.output<typeof goodDeedRecordSchema>;
