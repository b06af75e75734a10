/**
 * Documents of a council meeting (SPEC §5): the minutes, one vote-count minutes and ballot paper per
 * title voted by secret ballot, and for what passed, one tờ trình upward or one ward quyết định per
 * form or title, each with its own list (the usual practice).
 */
import LinearProgress from '@mui/material/LinearProgress';
import { useMeetingOutcome } from '../../data/dispatch/hooks';
import type { AwardCode } from '../../domain/vocabulary';
import type { Nomination } from '../../data/schemas';
import { DocumentActions } from './DocumentActions';
import type { IssueAction } from './DocumentActions';
import { useTitles } from '../../data/hooks';

/** The titles among what passed, in the order they were first met, with how many passed each. */
function passedTitles(passed: readonly Nomination[]): [AwardCode, number][] {
  const counts = new Map<AwardCode, number>();
  for (const n of passed) counts.set(n.titleCode, (counts.get(n.titleCode) ?? 0) + 1);
  return [...counts];
}

export function MeetingDocumentsActions({ meetingId }: { meetingId: string }) {
  const titles = useTitles();
  const outcome = useMeetingOutcome(meetingId);
  if (outcome === undefined) return <LinearProgress aria-label="Đang tải kết quả biểu quyết" />;
  if (outcome === null) return null;
  const { secretTitles, ballotTitles, passedUpward, passedWard, meeting } = outcome;
  const noTimes = meeting.startTime && meeting.endTime ? undefined : 'Hãy nhập giờ bắt đầu và giờ kết thúc của phiên họp trước.';
  const perTitle = (label: string, codes: readonly AwardCode[], code: AwardCode) =>
    (codes.length > 1 ? `${label} (${titles[code].shortLabel})` : label);
  const sameTitle = (code: AwardCode) => (doc: { title: string }) => doc.title.includes(titles[code].label);
  const actions: IssueAction[] = [
    { label: 'Biên bản họp', kind: 'meetingMinutes', request: () => ({ kind: 'meetingMinutes', meetingId }), unavailable: noTimes },
    ...secretTitles.map(
      (titleCode): IssueAction => ({
        label: perTitle('Biên bản kiểm phiếu', secretTitles, titleCode),
        kind: 'voteCountMinutes',
        request: () => ({ kind: 'voteCountMinutes', meetingId, titleCode }),
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
    ...passedTitles(passedUpward).map(
      ([titleCode, count]): IssueAction => ({
        label: `Tờ trình ${titles[titleCode].shortLabel} (${count})`,
        kind: 'submission',
        request: (date) => ({ kind: 'submission', meetingId, titleCode, date }),
        matches: sameTitle(titleCode),
      }),
    ),
    ...passedTitles(passedWard).map(
      ([titleCode, count]): IssueAction => ({
        label: `Quyết định ${titles[titleCode].shortLabel} (${count})`,
        kind: 'decision',
        request: (date) => ({ kind: 'decision', meetingId, titleCode, date }),
        matches: sameTitle(titleCode),
      }),
    ),
  ];
  return <DocumentActions sourceId={meetingId} actions={actions} earliestDate={meeting.date} />;
}
