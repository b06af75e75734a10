/**
 * Document number and symbol (số, ký hiệu), ND 30/2020 Đ15 and PL I §II.3, PL III: "05/TTr-UBND" —
 * number with a leading zero below 10, "/", type abbreviation, "-", issuer, no spaces. Numbering
 * restarts at 01 every 1 January and a number is never reused, even after a document is cancelled.
 */
import type { DocumentKind } from './vocabulary';

export interface DocumentSymbol {
  /** PL III type abbreviation (TTr, QĐ, BB, BC); empty for a công văn, which has none. */
  typeAbbr: string;
  /** Issuer part: "UBND", the council "HĐTĐKT", or "UBND-VHXH" for a công văn drafted by Phòng VH-XH. */
  issuerAbbr: string;
  /** Register series: the council, an advisory body using the ward's seal, keeps its own (PL I §II.3.a). */
  issuer: 'ward' | 'council';
}

/** Symbols of the numbered documents; the others (ballot paper, reports signed by nominees, tables) carry no number. */
export const DOCUMENT_SYMBOLS: Partial<Record<DocumentKind, DocumentSymbol>> = {
  submission: { typeAbbr: 'TTr', issuerAbbr: 'UBND', issuer: 'ward' },
  decision: { typeAbbr: 'QĐ', issuerAbbr: 'UBND', issuer: 'ward' },
  meetingMinutes: { typeAbbr: 'BB', issuerAbbr: 'HĐTĐKT', issuer: 'council' },
  voteCountMinutes: { typeAbbr: 'BB', issuerAbbr: 'HĐTĐKT', issuer: 'council' },
  annualReport: { typeAbbr: 'BC', issuerAbbr: 'UBND', issuer: 'ward' },
  movementPlan: { typeAbbr: 'KH', issuerAbbr: 'UBND', issuer: 'ward' },
  goodDeedsLetter: { typeAbbr: '', issuerAbbr: 'UBND-VHXH', issuer: 'ward' },
};

export function isNumberedDocument(kind: DocumentKind): boolean {
  return DOCUMENT_SYMBOLS[kind] !== undefined;
}

/** "05/TTr-UBND"; "15/UBND-VHXH" for a công văn. */
export function formatDocumentNumber(doc: { number: number; typeAbbr: string; issuerAbbr: string }): string {
  if (!Number.isInteger(doc.number) || doc.number < 1) {
    throw new RangeError(`Số văn bản phải là số nguyên dương, nhận được ${doc.number}.`);
  }
  const symbol = doc.typeAbbr ? `${doc.typeAbbr}-${doc.issuerAbbr}` : doc.issuerAbbr;
  return `${String(doc.number).padStart(2, '0')}/${symbol}`;
}

/** The line printed in the header: "Số: 05/TTr-UBND". */
export function formatNumberLine(doc: { number: number; typeAbbr: string; issuerAbbr: string }): string {
  return `Số: ${formatDocumentNumber(doc)}`;
}

/** Reads "05/TTr-UBND" (with or without "Số:") back into its parts; null if it is not of that shape. */
export function parseDocumentNumber(text: string): { number: number; typeAbbr: string; issuerAbbr: string } | null {
  const m = /^\s*(?:Số:\s*)?(\d+)\/([^\s/]+)\s*$/u.exec(text.normalize('NFC'));
  if (!m || Number(m[1]) < 1) return null;
  const parts = m[2].split('-');
  const typeAbbr = parts.length > 1 && parts[0] !== 'UBND' ? parts[0] : '';
  const issuerAbbr = typeAbbr ? parts.slice(1).join('-') : parts.join('-');
  return issuerAbbr ? { number: Number(m[1]), typeAbbr, issuerAbbr } : null;
}

/**
 * The register series a document's number is drawn from in a year. The council always has its own;
 * the ward either keeps one series per type ('perType') or one for all its documents ('perIssuer').
 */
export function numberingSeries(kind: DocumentKind, mode: 'perType' | 'perIssuer'): string | null {
  const symbol = DOCUMENT_SYMBOLS[kind];
  if (!symbol) return null;
  if (symbol.issuer === 'council') return 'HĐTĐKT';
  return mode === 'perIssuer' ? symbol.issuerAbbr.split('-')[0] : `${symbol.typeAbbr || 'CV'}-${symbol.issuerAbbr}`;
}

/**
 * Next number in a series: one more than the highest ever issued this year, so cancelled or deleted
 * numbers leave a gap and are never handed out again. Pass only this year's numbers (yearly restart).
 */
export function nextDocumentNumber(existingNumbersThisYear: readonly number[]): number {
  let max = 0;
  for (const n of existingNumbersThisYear) if (Number.isFinite(n) && n > max) max = Math.floor(n);
  return max + 1;
}
