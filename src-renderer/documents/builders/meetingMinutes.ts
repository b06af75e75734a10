/**
 * T2 Biên bản họp Hội đồng Thi đua - Khen thưởng (ND 30/2020 Mẫu 1.9; DOMAIN.md §4 "Minutes show"):
 * place-date line, time, place, attendance with absences and written opinions, chair, secretary, proceedings, ballot
 * results, conclusions, end time; THƯ KÝ left, CHỦ TỌA right.
 */
import type { Attendee, MeetingMinutesModel } from '../models';
import { packDocument } from '../layout/document';
import { bodyBlocks, bodyParagraph, headingParagraph, run } from '../layout/paragraphs';
import { clockDate, clockTime, minutesClosing, minutesOpening, voteResultLines, voteResultsTable } from './minutes';

function person(a: Attendee): string {
  return `${a.name} – ${a.role}`;
}

function leadLine(lead: string, text: string) {
  return bodyParagraph([run(`${lead} `, { bold: true }), run(text)]);
}

function attendance(m: MeetingMinutesModel) {
  const present = m.present.length;
  const absent = m.absent.length;
  const written = m.absent.filter((a) => a.writtenOpinion).length;
  const out = [
    leadLine(
      'Thành phần:',
      `Tổng số thành viên Hội đồng: ${m.totalMembers} người; có mặt: ${present} người; vắng mặt: ${absent} người` +
        (absent > 0 ? ` (${written} người có ý kiến bằng văn bản).` : '.'),
    ),
    bodyParagraph([run('Thành viên có mặt:', { italics: true })], { keepNext: true }),
    ...m.present.map((a, i) => bodyParagraph([run(`${i + 1}. ${person(a)};`)])),
  ];
  if (absent > 0) {
    out.push(bodyParagraph([run('Thành viên vắng mặt:', { italics: true })], { keepNext: true }));
    for (const a of m.absent) {
      const opinion = a.writtenOpinion ? 'có ý kiến bằng văn bản' : 'không có ý kiến bằng văn bản';
      out.push(bodyParagraph([run(`- ${person(a)}: ${a.reason}, ${opinion};`)]));
    }
  }
  if (m.guests.length > 0) {
    out.push(bodyParagraph([run('Khách mời:', { italics: true })], { keepNext: true }));
    out.push(...m.guests.map((g) => bodyParagraph([run(`- ${person(g)};`)])));
  }
  return out;
}

export function buildMeetingMinutes(m: MeetingMinutesModel): Promise<Uint8Array> {
  const votes =
    m.voteResults.length === 0
      ? []
      : [
          bodyParagraph([run('Kết quả bỏ phiếu kín (chi tiết tại Biên bản kiểm phiếu):')], { keepNext: true }),
          voteResultsTable(m.voteResults, m.totalMembers),
          ...voteResultLines(m.voteResults, m.totalMembers, m.passThresholdPercent),
        ];
  const children = [
    ...minutesOpening(m),
    leadLine('Thời gian bắt đầu:', `${clockDate(m.startTime, m.date)}.`),
    leadLine('Địa điểm:', `${m.venue}.`),
    ...attendance(m),
    leadLine('Chủ trì:', `${person(m.chair)}.`),
    leadLine('Thư ký:', `${person(m.secretary)}.`),
    headingParagraph('NỘI DUNG CUỘC HỌP'),
    ...bodyBlocks(m.proceedings),
    ...votes,
    headingParagraph('KẾT LUẬN'),
    ...bodyBlocks(m.conclusions),
    ...minutesClosing(
      `Cuộc họp kết thúc vào lúc ${clockTime(m.endTime)} cùng ngày; biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`,
      [m.secretarySignature, m.chairSignature],
      m.recipients,
    ),
  ];
  return packDocument(`Biên bản họp số ${m.numberText}`, [{ orientation: 'portrait', children }]);
}
