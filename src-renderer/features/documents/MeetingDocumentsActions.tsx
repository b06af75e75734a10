/**
 * Documents of a council meeting (SPEC §5): the minutes, one vote-count minutes and ballot paper per
 * title voted by secret ballot, and for what passed, the tờ trình upward or the ward's quyết định.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { useMeetingOutcome } from '../../data/dispatch/hooks';
import type { TitleCode } from '../../domain/vocabulary';
import { DocumentActions } from './DocumentActions';
import type { IssueAction } from './DocumentActions';
import { useTitles } from '../../data/hooks';


export function MeetingDocumentsActions({ meetingId }: { meetingId: string }) {
  const titles = useTitles();
  const outcome = useMeetingOutcome(meetingId);
  if (outcome === undefined) return <LinearProgress aria-label="Đang tải kết quả biểu quyết" />;
  if (outcome === null) return null;
  const { secretTitles, ballotTitles, passedUpward, passedWard, meeting } = outcome;
  const noTimes = meeting.startTime && meeting.endTime ? undefined : 'Hãy nhập giờ bắt đầu và giờ kết thúc của phiên họp trước.';
  const perTitle = (label: string, codes: readonly TitleCode[], code: TitleCode) =>
    (codes.length > 1 ? `${label} (${titles[code].shortLabel})` : label);
  const sameTitle = (code: TitleCode) => (doc: { title: string }) => doc.title.includes(titles[code].label);
  const actions: IssueAction[] = [
    { label: 'Biên bản họp', kind: 'meetingMinutes', request: () => ({ kind: 'meetingMinutes', meetingId }), unavailable: noTimes },
    ...secretTitles.map(
      (titleCode): IssueAction => ({
        label: perTitle('Biên bản kiểm phiếu', secretTitles, titleCode),
        kind: 'voteCountMinutes',
        request: () => ({ kind: 'voteCountMinutes', meetingId, titleCode }),
        unavailable: noTimes,
        matches: sameTitle(titleCode),
      }),
    ),
    ...ballotTitles.map(
      (titleCode): IssueAction => ({
        label: perTitle('Phiếu bầu', ballotTitles, titleCode),
        kind: 'ballotPaper',
        request: () => ({ kind: 'ballotPaper', meetingId, titleCode }),
        matches: sameTitle(titleCode),
      }),
    ),
    {
      label: `Tờ trình + danh sách (${passedUpward.length})`,
      kind: 'submission',
      request: (date) => ({ kind: 'submission', meetingId, date }),
      unavailable: passedUpward.length === 0 ? 'Chưa có đề nghị nào đạt để trình cấp trên.' : undefined,
    },
    {
      label: `Quyết định + danh sách (${passedWard.length})`,
      kind: 'decision',
      request: (date) => ({ kind: 'decision', meetingId, date }),
      unavailable: passedWard.length === 0 ? 'Chưa có đề nghị nào đạt thuộc thẩm quyền của phường.' : undefined,
    },
  ];
  return <DocumentActions sourceId={meetingId} actions={actions} earliestDate={meeting.date} />;
}
