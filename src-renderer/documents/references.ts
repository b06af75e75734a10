/**
 * How an annex or attached list names its document: "(Kèm theo Tờ trình số 05/TTr-UBND ngày 05
 * tháng 3 năm 2026 của Ủy ban nhân dân phường Ninh Hà)" (ND 30/2020 PL I §II.12). Free of docx, so
 * the .xlsx lists share it.
 */
import { formatLongDate } from '../domain/text';

export interface AttachedTo {
  /** "Tờ trình", "Quyết định", "Công văn", "Báo cáo". */
  documentLabel: string;
  numberText: string;
  date: string;
  issuerName: string;
}

export function attachmentReference(to: AttachedTo): string {
  return `(Kèm theo ${to.documentLabel} số ${to.numberText} ${formatLongDate(to.date)} của ${to.issuerName})`;
}
