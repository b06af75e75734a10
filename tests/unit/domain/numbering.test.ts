import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DOCUMENT_SYMBOLS, formatDocumentNumber, formatNumberLine, isNumberedDocument, nextDocumentNumber, numberingSeries, parseDocumentNumber,
} from '../../../src-renderer/domain/numbering';
import type { DocumentKind } from '../../../src-renderer/domain/vocabulary';

describe('số, ký hiệu (NĐ 30/2020 Đ15, PL I §II.3, PL III)', () => {
  it.each<[DocumentKind, number, string]>([
    ['submission', 5, '05/TTr-UBND'],
    ['decision', 12, '12/QĐ-UBND'],
    ['meetingMinutes', 3, '03/BB-HĐTĐKT'],
    ['voteCountMinutes', 4, '04/BB-HĐTĐKT'],
    ['annualReport', 1, '01/BC-UBND'],
    ['movementPlan', 12, '12/KH-UBND'],
    ['goodDeedsLetter', 15, '15/UBND-VHXH'],
    ['decision', 100, '100/QĐ-UBND'],
  ])('%s number %s → %s', (kind, number, text) => {
    const symbol = DOCUMENT_SYMBOLS[kind]!;
    expect(formatDocumentNumber({ number, ...symbol })).toBe(text);
    expect(parseDocumentNumber(text)).toEqual({ number, typeAbbr: symbol.typeAbbr, issuerAbbr: symbol.issuerAbbr });
  });

  it('prints the header line and rejects non-positive numbers', () => {
    expect(formatNumberLine({ number: 5, typeAbbr: 'TTr', issuerAbbr: 'UBND' })).toBe('Số: 05/TTr-UBND');
    expect(() => formatDocumentNumber({ number: 0, typeAbbr: 'TTr', issuerAbbr: 'UBND' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 2.5, typeAbbr: 'TTr', issuerAbbr: 'UBND' })).toThrow(RangeError);
  });

  it.each(['Số: 05/TTr-UBND', ' 5/TTr-UBND '])('parses "%s"', (text) => {
    expect(parseDocumentNumber(text)?.number).toBe(5);
  });

  it.each(['', 'TTr-UBND', '00/TTr-UBND', '05/', '05 / TTr'])('rejects "%s"', (text) => {
    expect(parseDocumentNumber(text)).toBeNull();
  });

  it('knows which documents carry no number', () => {
    expect(isNumberedDocument('ballotPaper')).toBe(false);
    expect(isNumberedDocument('personalReport')).toBe(false);
    expect(isNumberedDocument('submission')).toBe(true);
  });

  it('keeps the council on its own series; the ward per type or shared', () => {
    expect(numberingSeries('meetingMinutes', 'perType')).toBe('HĐTĐKT');
    expect(numberingSeries('voteCountMinutes', 'perIssuer')).toBe('HĐTĐKT');
    expect(numberingSeries('submission', 'perType')).toBe('TTr-UBND');
    expect(numberingSeries('goodDeedsLetter', 'perType')).toBe('CV-UBND-VHXH');
    expect(numberingSeries('submission', 'perIssuer')).toBe('UBND');
    expect(numberingSeries('goodDeedsLetter', 'perIssuer')).toBe('UBND');
    expect(numberingSeries('scoreTable', 'perType')).toBeNull();
  });
});

describe('nextDocumentNumber: yearly restart, never reused', () => {
  it.each([
    [[], 1], // 1 January: restart at 01
    [[1, 2, 3], 4],
    [[1, 2, 5], 6], // gap from a cancelled number is not reused
    [[3, 1, 2], 4],
  ])('%o → %s', (existing, next) => {
    expect(nextDocumentNumber(existing)).toBe(next);
  });

  it('is always above every issued number (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 100000 })), (issued) => {
      const next = nextDocumentNumber(issued);
      expect(issued.every((n) => n < next)).toBe(true);
      expect(next).toBeGreaterThanOrEqual(1);
    }));
  });
});
