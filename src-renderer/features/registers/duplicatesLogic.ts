/** Pure view logic of "Có thể trùng": what a merge moved, said in one sentence. */
import { formatNumber } from '../../domain/text';

export interface MovedCounts {
  awards: number;
  nominations: number;
  goodDeeds: number;
  councilMembers: number;
  meetings: number;
}

const MOVED_NOUNS: [keyof MovedCounts, string][] = [
  ['awards', 'khen thưởng'],
  ['nominations', 'đề nghị'],
  ['goodDeeds', 'báo cáo người tốt, việc tốt'],
  ['councilMembers', 'tư cách thành viên Hội đồng'],
  ['meetings', 'phiên họp'],
];

/** "Đã gộp “Lê Thị Hoà” vào “Lê Thị Hòa”, chuyển 1 khen thưởng, 2 đề nghị." */
export function mergeSummary(mergedName: string, keptName: string, moved: MovedCounts): string {
  const parts = MOVED_NOUNS.filter(([key]) => moved[key] > 0).map(([key, noun]) => `${formatNumber(moved[key])} ${noun}`);
  return `Đã gộp “${mergedName}” vào “${keptName}”${parts.length > 0 ? `, chuyển ${parts.join(', ')}` : ''}.`;
}
