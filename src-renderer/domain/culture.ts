/**
 * Danh hiệu văn hóa under NĐ 86/2023/NĐ-CP (Đ7): each tổ dân phố assesses its households, posts the list
 * of those qualifying for residents' comments (10 days), sends the dossier (Mẫu 01 proposal, Mẫu 02 list
 * with the comments, Mẫu 03 minutes of the review) to the ward chairman, who decides within 10 days of a
 * complete dossier; the review is finished before 25/11 each year. The days and the date are settings.
 * The 60 % attendance and approval rules of NĐ 122/2018 were repealed by NĐ 86/2023 and are not applied.
 */
import { addDays, dateInYear, daysBetween, yearOf } from './dates';
import type { WardSettings } from './settings';
import { formatDateShort } from './text';

export const CULTURE_REFERENCE = 'NĐ 86/2023/NĐ-CP Đ7';

export type CultureDossierPartId = 'proposal' | 'householdList' | 'reviewMinutes';

export const CULTURE_DOSSIER_LABELS: Record<CultureDossierPartId, string> = {
  proposal: 'Văn bản đề nghị (Mẫu 01)',
  householdList: 'Danh sách hộ đạt chuẩn kèm ý kiến của người dân (Mẫu 02)',
  reviewMinutes: 'Biên bản họp bình xét của tổ dân phố (Mẫu 03)',
};

export interface CultureReviewFacts {
  year: number;
  postedOn: string | null;
  dossier: Record<CultureDossierPartId, boolean>;
  dossierCompleteOn: string | null;
  decisionDate: string | null;
}

export type CultureStage = 'preparing' | 'posted' | 'dossier' | 'awaitingDecision' | 'decided';

export const CULTURE_STAGE_LABELS: Record<CultureStage, string> = {
  preparing: 'Chưa niêm yết',
  posted: 'Đang niêm yết lấy ý kiến',
  dossier: 'Hết niêm yết, lập hồ sơ',
  awaitingDecision: 'Đủ hồ sơ, chờ quyết định',
  decided: 'Đã có quyết định',
};

export interface CultureSchedule {
  stage: CultureStage;
  /** Last day of the comment period (the posting day counts as day 1). */
  postingEndsOn: string | null;
  /** The yearly completion date (25/11 by default). */
  completionDate: string;
  /** The latest posting day that still ends the comments by the completion date. */
  latestPostingDay: string;
  /** The chairman's deadline, counted from the complete dossier. */
  decisionDueOn: string | null;
  missingParts: CultureDossierPartId[];
  /** Sentences the screen shows as warnings, each with its reference. */
  warnings: string[];
}

type CultureSettings = Pick<WardSettings, 'familyPublicNoticeDays' | 'familyReviewDeadline' | 'familyDecisionDays'>;

/** Where a review stands on `today`, its dates and what is late or at risk. */
export function cultureSchedule(facts: CultureReviewFacts, settings: CultureSettings, today: string): CultureSchedule {
  const days = settings.familyPublicNoticeDays;
  const completionDate = dateInYear(facts.year, settings.familyReviewDeadline);
  const latestPostingDay = addDays(completionDate, -(days - 1));
  const postingEndsOn = facts.postedOn ? addDays(facts.postedOn, days - 1) : null;
  const missingParts = (Object.keys(CULTURE_DOSSIER_LABELS) as CultureDossierPartId[]).filter((p) => !facts.dossier[p]);
  const complete = missingParts.length === 0 && facts.dossierCompleteOn !== null;
  const decisionDueOn = complete ? addDays(facts.dossierCompleteOn!, settings.familyDecisionDays) : null;

  let stage: CultureStage = 'preparing';
  if (facts.decisionDate) stage = 'decided';
  else if (complete) stage = 'awaitingDecision';
  else if (postingEndsOn && today > postingEndsOn) stage = 'dossier';
  else if (postingEndsOn) stage = 'posted';

  const warnings: string[] = [];
  const ref = `(${CULTURE_REFERENCE})`;
  if (postingEndsOn && postingEndsOn > completionDate) {
    warnings.push(`Niêm yết ${days} ngày kết thúc ngày ${formatDateShort(postingEndsOn)}, sau thời hạn hoàn thành bình xét ${formatDateShort(completionDate)}: cần niêm yết chậm nhất ngày ${formatDateShort(latestPostingDay)} ${ref}.`);
  } else if (!facts.postedOn && today > latestPostingDay && !facts.decisionDate) {
    warnings.push(`Chưa niêm yết: niêm yết từ hôm nay thì ${days} ngày lấy ý kiến kết thúc sau thời hạn hoàn thành bình xét ${formatDateShort(completionDate)} ${ref}.`);
  }
  if (decisionDueOn && !facts.decisionDate && today > decisionDueOn) {
    warnings.push(`Quá hạn quyết định: hồ sơ đủ từ ngày ${formatDateShort(facts.dossierCompleteOn!)}, Chủ tịch UBND phường quyết định trong ${settings.familyDecisionDays} ngày (đến ${formatDateShort(decisionDueOn)}) ${ref}.`);
  }
  return { stage, postingEndsOn, completionDate, latestPostingDay, decisionDueOn, missingParts, warnings };
}

/** What is wrong with the dates a clerk entered, or an empty list (each message names its reason). */
export function cultureDateProblems(facts: CultureReviewFacts, settings: CultureSettings): { field: keyof CultureReviewFacts; message: string }[] {
  const problems: { field: keyof CultureReviewFacts; message: string }[] = [];
  const postingEndsOn = facts.postedOn ? addDays(facts.postedOn, settings.familyPublicNoticeDays - 1) : null;
  // The review is yearly and finished by the completion date, so its list is posted within that year.
  if (facts.postedOn && yearOf(facts.postedOn) !== facts.year) {
    problems.push({ field: 'postedOn', message: `Ngày niêm yết phải trong năm bình xét ${facts.year}.` });
  }
  if (facts.dossierCompleteOn) {
    const missing = (Object.keys(CULTURE_DOSSIER_LABELS) as CultureDossierPartId[]).filter((p) => !facts.dossier[p]);
    if (missing.length > 0) {
      problems.push({ field: 'dossierCompleteOn', message: `Hồ sơ chưa đủ, còn thiếu: ${missing.map((p) => CULTURE_DOSSIER_LABELS[p]).join('; ')}.` });
    }
    if (!postingEndsOn) problems.push({ field: 'dossierCompleteOn', message: 'Chưa niêm yết danh sách nên chưa thể đủ hồ sơ (Mẫu 02 cần ý kiến của người dân).' });
    else if (daysBetween(postingEndsOn, facts.dossierCompleteOn) <= 0) {
      problems.push({ field: 'dossierCompleteOn', message: `Hồ sơ chỉ đủ sau khi hết thời gian niêm yết (hết ngày ${formatDateShort(postingEndsOn)}).` });
    }
  }
  if (facts.decisionDate && (!facts.dossierCompleteOn || facts.decisionDate < facts.dossierCompleteOn)) {
    problems.push({ field: 'decisionDate', message: 'Ngày quyết định phải từ ngày nhận đủ hồ sơ trở đi.' });
  }
  return problems;
}
