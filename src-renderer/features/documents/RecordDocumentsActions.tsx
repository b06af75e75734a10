/**
 * Document actions for the other screens: the score summary of a criteria set (T8), the good-deeds
 * letter of a year or month (T9), a nomination's achievement report (T6/T7), the annual report (T10).
 */
import { periodSourceId } from '../../data/dispatch';
import type { Nomination } from '../../data/schemas';
import { DocumentActions } from './DocumentActions';

export function ScoreTableActions({ criteriaSetId, blockId = null }: { criteriaSetId: string; blockId?: string | null }) {
  return (
    <DocumentActions
      sourceId={criteriaSetId}
      actions={[{ label: 'Bảng tổng hợp điểm', kind: 'scoreTable', request: (date) => ({ kind: 'scoreTable', criteriaSetId, blockId, date }) }]}
    />
  );
}

/** `month` ("YYYY-MM") narrows the letter to one month; otherwise the whole year goes. */
export function GoodDeedsLetterActions({ year, month }: { year: number; month?: string }) {
  const label = month ? `Công văn giới thiệu điển hình tháng ${Number(month.slice(5))}/${year}` : `Công văn giới thiệu điển hình năm ${year}`;
  return (
    <DocumentActions
      sourceId={periodSourceId('good-deeds', month ?? year)}
      actions={[{ label, kind: 'goodDeedsLetter', request: (date) => ({ kind: 'goodDeedsLetter', year, month, date }) }]}
    />
  );
}

export function NominationReportActions({ nomination }: { nomination: Pick<Nomination, 'id' | 'nominee'> }) {
  const { nominee, id } = nomination;
  return (
    <DocumentActions
      sourceId={id}
      actions={[
        {
          label: nominee.kind === 'unit' ? 'Báo cáo thành tích tập thể' : 'Báo cáo thành tích cá nhân',
          kind: nominee.kind === 'unit' ? 'collectiveReport' : 'personalReport',
          request: (date) => ({ kind: 'achievementReport', nominationId: id, date }),
          unavailable: nominee.kind === 'household' ? 'Hộ gia đình dùng mẫu hồ sơ của Nghị định 86/2023, không lập báo cáo thành tích.' : undefined,
        },
      ]}
    />
  );
}

export function AnnualReportActions({ year }: { year: number }) {
  return (
    <DocumentActions
      title="Báo cáo tổng kết"
      sourceId={periodSourceId('annual', year)}
      actions={[{ label: `Báo cáo tổng kết năm ${year}`, kind: 'annualReport', request: (date) => ({ kind: 'annualReport', year, date }) }]}
    />
  );
}
