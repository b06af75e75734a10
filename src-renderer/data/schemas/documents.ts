/** Schema of a row of the register of issued documents (sổ đăng ký văn bản, SPEC §6, NĐ 30/2020 Đ15). */
import { z } from 'zod';
import { documentModelJson, idSchema, isoDate, isoDateTime, oneOf, optionalText, recordSchema, requiredName, yearSchema } from './common';

export const DOCUMENT_KINDS = [
  'submission', 'meetingMinutes', 'ballotPaper', 'voteCountMinutes', 'decision', 'personalReport',
  'collectiveReport', 'scoreTable', 'goodDeedsLetter', 'annualReport', 'movementPlan', 'cultureProposal', 'cultureHouseholdList', 'cultureMinutes',
] as const;

/** What a reservation asks for; number, symbol and series are assigned by the register. */
export const documentRequestSchema = z.object({
  kind: oneOf(DOCUMENT_KINDS, 'Loại văn bản'),
  year: yearSchema('Năm văn bản'),
  date: isoDate('Ngày văn bản'),
  title: requiredName('Trích yếu', 1000),
  /** Which table the document was made from (meetings, nominations…) and which records. */
  sourceTable: optionalText('Nguồn', 50),
  sourceIds: z.array(idSchema).max(10_000).default([]),
  /** The plain model the .docx was built from, so the document can be rebuilt as issued. */
  model: documentModelJson.optional(),
});
export const documentRecordSchema = recordSchema(documentRequestSchema, {
  /** Number series: one per symbol ("TTr-UBND", "BB-HĐTĐKT"), restarting each year (NĐ 30/2020 Đ15). */
  series: z.string().max(100),
  /** 0 for documents without a number (phiếu bầu). */
  number: z.number().int().min(0),
  /** "05/TTr-UBND"; empty for documents without a number. */
  numberText: z.string().max(100),
  /** "Người lập": the signed-in user who registered it; empty for rows made before users existed. */
  createdBy: z.string().max(200).default(''),
  /** Made while the office hub was out of reach: the request key of the number it waits for ("chờ cấp số"). */
  numberRequest: z.string().max(100).default(''),
  /**
   * Set on a row issued after the backup that was later restored: the signed paper exists, so the row
   * and its number stay in the register, marked (issue 15.2).
   */
  issuedAfterBackup: z.object({ backupCreatedAt: isoDateTime, restoredAt: isoDateTime }).strict().optional(),
});
export type DocumentRequest = z.input<typeof documentRequestSchema>;
export type RegisteredDocument = z.output<typeof documentRecordSchema>;
