/**
 * Issuing a document (ARCHITECTURE.md, "export the tờ trình of meeting M"): read the records, reserve
 * the next number of the document's series, complete the model with it and create the register row
 * holding the model, all in one transaction. A document is rebuilt from that stored model when reopened,
 * so it keeps its number; numbers are never handed out twice (NĐ 30/2020 Đ15).
 */
import { yearOf } from '../../domain/dates';
import type { AwardCode, DocumentKind } from '../../domain/vocabulary';
import type { DocumentModels } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { assignAtHub, reserveDocument } from '../documents';
import { numberingHub } from '../sync/numbers';
import { writeTransaction } from '../repository';
import type { RegisteredDocument } from '../schemas';
import type { Draft } from './draft';
import { draftAnnualReport } from './annual';
import { draftMovementPlan } from './movementPlan';
import { draftCultureDocument, type CultureDocumentKind } from './culture';
import { draftGoodDeedsLetter, draftScoreTable } from './lists';
import { draftAchievementReport } from './reports';
import { draftBallotPaper, draftDecision, draftMeetingMinutes, draftSubmission, draftVoteCountMinutes } from './meeting';

export { meetingOutcome } from './meeting';
export { periodSourceId } from './lists';
export type { BallotOutcome, MeetingOutcome } from './meeting';

/**
 * What to issue and from what. `date` is the document's date (the UI offers today in
 * Asia/Ho_Chi_Minh); minutes and ballot papers carry the meeting's date instead. An achievement
 * report is personal (T6) or collective (T7) after its nominee.
 */
export type DispatchRequest =
  | { kind: 'meetingMinutes'; meetingId: string }
  | { kind: 'voteCountMinutes' | 'ballotPaper'; meetingId: string; titleCode: AwardCode }
  | { kind: 'submission' | 'decision'; meetingId: string; titleCode: AwardCode; date: string }
  | { kind: 'achievementReport'; nominationId: string; date: string }
  | { kind: 'scoreTable'; criteriaSetId: string; blockId?: string | null; date: string }
  | { kind: 'goodDeedsLetter'; year: number; month?: string; date: string }
  | { kind: 'annualReport'; year: number; date: string }
  | { kind: 'movementPlan'; movementId: string; date: string }
  | { kind: CultureDocumentKind; reviewId: string; date: string };

function draftFor(db: ThiDuaDb, request: DispatchRequest): Promise<Draft> {
  switch (request.kind) {
    case 'meetingMinutes':
      return draftMeetingMinutes(db, request.meetingId);
    case 'voteCountMinutes':
      return draftVoteCountMinutes(db, request.meetingId, request.titleCode);
    case 'ballotPaper':
      return draftBallotPaper(db, request.meetingId, request.titleCode);
    case 'submission':
      return draftSubmission(db, request.meetingId, request.titleCode, request.date);
    case 'decision':
      return draftDecision(db, request.meetingId, request.titleCode, request.date);
    case 'achievementReport':
      return draftAchievementReport(db, request.nominationId, request.date);
    case 'scoreTable':
      return draftScoreTable(db, request.criteriaSetId, request.blockId ?? null, request.date);
    case 'goodDeedsLetter':
      return draftGoodDeedsLetter(db, { year: request.year, month: request.month }, request.date);
    case 'annualReport':
      return draftAnnualReport(db, request.year, request.date);
    case 'movementPlan':
      return draftMovementPlan(db, request.movementId, request.date);
    case 'cultureProposal':
    case 'cultureHouseholdList':
    case 'cultureMinutes':
      return draftCultureDocument(db, request.kind, request.reviewId, request.date);
  }
}

/**
 * Issues a document: one register row with its number, date, type, source and model, audited once.
 * With an office hub the number is reserved there first (outside the transaction, from a first
 * drafting of the same request); the row then takes it, or waits "chờ cấp số" when out of reach.
 */
export async function issueDocument(db: ThiDuaDb, request: DispatchRequest): Promise<RegisteredDocument> {
  const first = numberingHub() ? await draftFor(db, request) : null;
  const assignment = first ? await assignAtHub(db, first.kind, yearOf(first.date)) : null;
  return writeTransaction(db, async () => {
    const draft = await draftFor(db, request);
    return reserveDocument(
      db,
      { kind: draft.kind, year: yearOf(draft.date), date: draft.date, title: draft.title, sourceTable: draft.sourceTable, sourceIds: draft.sourceIds },
      { demo: draft.demo, compose: draft.compose, assignment },
    );
  });
}

/** The model a register row was issued with, typed by its kind; null for a row without one. */
export function issuedModel<K extends DocumentKind>(row: RegisteredDocument & { kind: K }): DocumentModels[K] | null {
  return (row.model ?? null) as DocumentModels[K] | null;
}
