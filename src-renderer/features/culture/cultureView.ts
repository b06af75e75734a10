/**
 * What the Gia đình văn hóa screens show of a review: the domain's schedule read from the record, and
 * the year's timetable sentence. Free of React so it is tested directly.
 */
import { CULTURE_REFERENCE, cultureSchedule, type CultureSchedule } from '../../domain/culture';
import type { WardSettings } from '../../domain/settings';
import { formatDateShort } from '../../domain/text';
import type { CultureReview } from '../../data/schemas';

type Settings = Pick<WardSettings, 'familyPublicNoticeDays' | 'familyReviewDeadline' | 'familyDecisionDays'>;

/** The schedule of a review as stored, or with a posting day being typed (`postedOn`) to warn before saving. */
export function reviewSchedule(
  review: Pick<CultureReview, 'year' | 'postedOn' | 'dossier' | 'dossierCompleteOn' | 'decisionDate'>,
  settings: Settings,
  today: string,
): CultureSchedule {
  const { year, postedOn, dossier, dossierCompleteOn, decisionDate } = review;
  return cultureSchedule({ year, postedOn, dossier, dossierCompleteOn, decisionDate }, settings, today);
}

/** "Năm 2026: hoàn thành bình xét trước ngày 25/11/2026; niêm yết 10 ngày, chậm nhất ngày 16/11/2026; …". */
export function yearTimetable(year: number, settings: Settings): string {
  const empty = { year, postedOn: null, dossier: { proposal: false, householdList: false, reviewMinutes: false }, dossierCompleteOn: null, decisionDate: null };
  const s = cultureSchedule(empty, settings, `${year}-01-01`);
  return (
    `Năm ${year}: hoàn thành bình xét đến ngày ${formatDateShort(s.completionDate)}; danh sách niêm yết lấy ý kiến ` +
    `${settings.familyPublicNoticeDays} ngày, nên niêm yết chậm nhất ngày ${formatDateShort(s.latestPostingDay)}; Chủ tịch UBND phường ` +
    `quyết định trong ${settings.familyDecisionDays} ngày kể từ ngày nhận đủ hồ sơ (${CULTURE_REFERENCE}).`
  );
}

/** "01/11/2026 – 10/11/2026", or "" before the posting. */
export function postingPeriodText(schedule: CultureSchedule, postedOn: string | null): string {
  return postedOn && schedule.postingEndsOn ? `${formatDateShort(postedOn)} – ${formatDateShort(schedule.postingEndsOn)}` : '';
}
