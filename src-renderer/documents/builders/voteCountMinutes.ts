/**
 * T4 Biên bản kiểm phiếu (DOMAIN.md §4-5): when the counting began and ended (its own times, not the
 * meeting's), the counting board; total members; ballot papers issued, returned, valid, invalid
 * (reason); absent members' written opinions counted apart; per nominee the papers, the opinions and
 * their sum against the total membership, đạt/không đạt; the board signs.
 */
import type { VoteCountMinutesModel } from '../models';
import { packDocument } from '../layout/document';
import { bodyParagraph, run } from '../layout/paragraphs';
import { clockDate, clockTime, minutesClosing, minutesOpening, voteResultLines, voteResultsTable } from './minutes';

function countLine(n: number, label: string, value: string) {
  return bodyParagraph([run(`${n}. ${label}: `), run(value, { bold: true })]);
}

export function buildVoteCountMinutes(m: VoteCountMinutesModel): Promise<Uint8Array> {
  const invalid = m.ballotsInvalid > 0 && m.invalidReason ? ` (${m.invalidReason})` : '';
  const written = m.writtenOpinions.length;
  const children = [
    ...minutesOpening(m),
    bodyParagraph([
      run(`Vào lúc ${clockDate(m.startTime, m.date)}, tại ${m.venue}, Ban kiểm phiếu gồm các thành viên:`),
    ], { keepNext: true }),
    ...m.countingBoard.map((b, i) =>
      bodyParagraph([run(`${i + 1}. ${b.name} – ${b.role}${i === 0 ? ', Trưởng ban' : ''};`)]),
    ),
    bodyParagraph([run('đã tiến hành kiểm phiếu, kết quả như sau:')]),
    countLine(1, 'Tổng số thành viên Hội đồng', `${m.totalMembers} người`),
    countLine(2, 'Số phiếu phát ra', `${m.ballotsIssued} phiếu`),
    countLine(3, 'Số phiếu thu vào', `${m.ballotsReturned} phiếu`),
    countLine(4, 'Số phiếu hợp lệ', `${m.ballotsValid} phiếu`),
    countLine(5, 'Số phiếu không hợp lệ', `${m.ballotsInvalid} phiếu${invalid}`),
    countLine(
      6,
      'Ý kiến bằng văn bản của thành viên vắng mặt (tính riêng)',
      written > 0 ? `${written} ý kiến (${m.writtenOpinions.join(', ')})` : 'không có',
    ),
    bodyParagraph([run('7. Kết quả bầu cụ thể:')], { keepNext: true }),
    voteResultsTable(m.results, m.totalMembers),
    ...voteResultLines(m.results, m.totalMembers, m.passThresholdPercent),
    ...minutesClosing(
      `Việc kiểm phiếu kết thúc vào lúc ${clockTime(m.endTime)} cùng ngày; biên bản được lập thành 02 bản./.`,
      m.boardSignatures,
      m.recipients,
    ),
  ];
  return packDocument(`Biên bản kiểm phiếu số ${m.numberText}`, [{ orientation: 'portrait', children }]);
}
