/**
 * Probable duplicates in the people register and their merge (issue 12.5). Candidates come from the
 * `searchKey` index (namesakes only), never from comparing 10,000 people with each other. A merge is
 * ordinary audited row writes in one transaction (the office hub replicates them like any edit): every
 * row that points at the merged person (the `pointsTo` declarations: awards, nominations, good deeds,
 * council membership, meetings' chair and secretary) is moved to the kept one; the merged record is
 * archived with `mergedIntoId`, never deleted, so its own audit trail stays under its id.
 */
import { absorbedFields, clashingNominations, duplicateKeyOf, mergeRefusal, probablePairs, termsOverlap } from '../domain/duplicates';
import { frozenReason } from '../domain/lifecycle';
import { awardTitleInfo } from '../domain/titles';
import type { AwardCode } from '../domain/vocabulary';
import { searchKey } from '../domain/text';
import type { AuditEntry } from './audit';
import type { ThiDuaDb } from './db';
import { isLive as isLiveNomination } from './eligibilityInputs';
import { RefusedError } from './errors';
import { nowIso } from './ids';
import { evaluateNomination, nominationRepo } from './nominations';
import { awardRepo, councilMemberRepo, effectiveSettings, getWardProfile, personRepo, subjectKeyOf } from './registers';
import { requireCurrent, writeRecord, writeTransaction } from './repository';
import type { ReadRecord } from './repository';
import { goodDeedRepo } from './goodDeeds';
import { registrationRepo } from './registrations';
import { meetingRepo } from './meetings';
import type { Person } from './schemas';

/** What a new or imported person is matched on. */
export interface DuplicateCandidate {
  fullName: string;
  birthYear: number | null;
  unitId: string | null;
}

/**
 * For each candidate (a new person, an imported row), the live people it would probably duplicate:
 * one `searchKey` index read for the whole list, so a 10,000-row import costs one query, not 10,000.
 */
export async function probableDuplicatesAmong(db: ThiDuaDb, candidates: readonly DuplicateCandidate[]): Promise<Person[][]> {
  const keys = [...new Set(candidates.map((c) => searchKey(c.fullName)).filter((k) => k !== ''))];
  const byKey = new Map<string, Person[]>();
  const namesakes = keys.length > 0 ? await db.people.where('searchKey').anyOf(keys).toArray() : [];
  // Earliest entry first, as the "Có thể trùng" view orders a pair.
  for (const person of namesakes.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (person.archived !== 0 || person.mergedIntoId) continue;
    const key = duplicateKeyOf(person);
    byKey.set(key, [...(byKey.get(key) ?? []), person]);
  }
  return candidates.map((c) => byKey.get(duplicateKeyOf(c)) ?? []);
}

/** The live people one new record would probably duplicate. */
export async function probableDuplicatesOf(db: ThiDuaDb, candidate: DuplicateCandidate): Promise<Person[]> {
  return (await probableDuplicatesAmong(db, [candidate]))[0];
}

/**
 * Every probable pair of the register. Reads only the `searchKey` index's keys (no records) to find the
 * keys held more than once, then the records of those keys; pairs are formed per key (domain).
 */
export async function probableDuplicatePairs(db: ThiDuaDb): Promise<[Person, Person][]> {
  const keys = (await db.people.orderBy('searchKey').keys()) as string[];
  const repeated = keys.filter((key, i) => key === keys[i - 1] && key !== keys[i - 2]);
  if (repeated.length === 0) return [];
  return probablePairs(await db.people.where('searchKey').anyOf(repeated).toArray());
}

/** "Không trùng": the clerk says the two are different people; each remembers the other, the pair is not offered again. */
export function markNotDuplicate(db: ThiDuaDb, first: ReadRecord, second: ReadRecord): Promise<void> {
  return writeTransaction(db, async () => {
    const a = await requireCurrent<Person>(db, 'people', first, 'cá nhân');
    const b = await requireCurrent<Person>(db, 'people', second, 'cá nhân');
    const at = nowIso();
    for (const [self, other] of [[a, b], [b, a]] as const) {
      if (self.notDuplicateOfIds.includes(other.id)) continue;
      await writeRecord(db, personRepo.def, self, { ...self, notDuplicateOfIds: [...self.notDuplicateOfIds, other.id], updatedAt: at }, 'update',
        `Xác nhận không trùng với “${other.fullName}” (mã ${other.id}).`);
    }
  });
}

/** How many rows of each kind a merge moved to the kept person. */
export interface MergeResult {
  kept: Person;
  awards: number;
  nominations: number;
  goodDeeds: number;
  councilMembers: number;
  meetings: number;
}

/** A person's footprint, shown beside each record of a pair so the clerk can choose which to keep. */
export interface PersonFootprint {
  /** "Lao động tiên tiến 2024", oldest first. */
  awards: string[];
  nominations: number;
}

/** Award history and the number of nominations per person, by the subject-key indexes. */
export async function footprintsOf(db: ThiDuaDb, personIds: readonly string[]): Promise<Map<string, PersonFootprint>> {
  const keys = personIds.map((id) => `p:${id}`);
  const [awards, nominations] = await Promise.all([
    db.awards.where('subjectKey').anyOf(keys).filter((a) => a.archived === 0).toArray(),
    db.nominations.where('nomineeKey').anyOf(keys).filter((n) => n.archived === 0).toArray(),
  ]);
  const tally = new Map(personIds.map((id): [string, PersonFootprint] => [id, { awards: [], nominations: 0 }]));
  // Keys are "p:<id>" (subjectKeyOf).
  for (const award of awards.sort((a, b) => a.year - b.year)) tally.get(award.subjectKey.slice(2))!.awards.push(`${award.titleLabel} ${award.year}`);
  for (const nomination of nominations) tally.get(nomination.nomineeKey.slice(2))!.nominations += 1;
  return tally;
}

/**
 * "Gộp": `merged` is folded into `kept`. Refused (in Vietnamese, nothing written) when either was read
 * stale, is archived or already merged, when both are nominated for the same title of a year, or when
 * both sit on the council in overlapping terms. Each moved row is written with its own audit entry
 * naming the merge; a decided (frozen) nomination keeps its content and eligibility snapshot — only its
 * nominee changes, through this path alone, not by reopening it. Roles are checked by every write
 * (audit.ts): moving a nomination needs the right to handle nominations.
 */
export function mergePeople(db: ThiDuaDb, keptRead: ReadRecord, mergedRead: ReadRecord): Promise<MergeResult> {
  return writeTransaction(db, async () => {
    const kept = await requireCurrent<Person>(db, 'people', keptRead, 'cá nhân');
    const merged = await requireCurrent<Person>(db, 'people', mergedRead, 'cá nhân');
    const refusal = mergeRefusal(kept, merged);
    if (refusal) throw new RefusedError('conflict', refusal);
    const [keptKey, mergedKey] = [subjectKeyOf({ kind: 'person', personId: kept.id }), subjectKeyOf({ kind: 'person', personId: merged.id })];
    const [keptNominations, mergedNominations, keptTerms, mergedTerms] = await Promise.all([
      db.nominations.where('nomineeKey').equals(keptKey).toArray(),
      db.nominations.where('nomineeKey').equals(mergedKey).toArray(),
      db.councilMembers.where('personId').equals(kept.id).toArray(),
      db.councilMembers.where('personId').equals(merged.id).toArray(),
    ]);
    const slot = (n: (typeof keptNominations)[number]) => ({ year: n.year, titleCode: n.titleCode, live: isLiveNomination(n) });
    const clash = clashingNominations(keptNominations.map(slot), mergedNominations.map(slot))[0];
    if (clash) {
      throw new RefusedError('conflict', `Không gộp được: cả hai hồ sơ cùng có đề nghị “${awardTitleInfo(clash.titleCode as AwardCode, effectiveSettings(await getWardProfile(db))).label}” năm ${clash.year}. ` +
        'Hãy rút hoặc lưu trữ một trong hai đề nghị trước khi gộp.');
    }
    if (termsOverlap(keptTerms, mergedTerms)) {
      throw new RefusedError('conflict', 'Không gộp được: cả hai hồ sơ đều là thành viên Hội đồng trong cùng nhiệm kỳ. ' +
        'Hãy lưu trữ một trong hai tư cách thành viên trước khi gộp, để số thành viên không bị tính hai lần.');
    }
    const note = `Gộp hồ sơ “${merged.fullName}” (mã ${merged.id}) vào “${kept.fullName}” (mã ${kept.id}).`;
    const at = nowIso();

    // The kept record first: a refreshed eligibility below reads its absorbed ratings and disciplines.
    const keptNext = await writeRecord(db, personRepo.def, kept, { ...kept, ...absorbedFields(kept, merged), updatedAt: at }, 'update', note);
    await writeRecord(db, personRepo.def, merged, { ...merged, archived: 1, mergedIntoId: kept.id, updatedAt: at }, 'archive', note);

    const awards = await db.awards.where('subjectKey').equals(mergedKey).toArray();
    for (const award of awards) {
      await writeRecord(db, awardRepo.def, award, { ...award, personId: kept.id, subjectKey: keptKey, updatedAt: at }, 'update', note);
    }
    for (const nomination of mergedNominations) {
      const moved = { ...nomination, nominee: { kind: 'person' as const, personId: kept.id }, nomineeKey: keptKey, updatedAt: at };
      const frozen = frozenReason(nomination.status, 'edit');
      const next = frozen ? moved : { ...moved, eligibility: { evaluatedAt: at, result: await evaluateNomination(db, moved) } };
      await writeRecord(db, nominationRepo.def, nomination, next, 'update', frozen ? `${note} Đề nghị đã có kết quả: chỉ đổi người được đề nghị, nội dung giữ nguyên.` : note);
    }
    // Good deeds and meetings have no person index; they are few beside the people register.
    const goodDeeds = await db.goodDeeds.filter((d) => d.personId === merged.id).toArray();
    for (const deed of goodDeeds) {
      await writeRecord(db, goodDeedRepo.def, deed, { ...deed, personId: kept.id, updatedAt: at }, 'update', note);
    }
    for (const member of mergedTerms) {
      await writeRecord(db, councilMemberRepo.def, member, { ...member, personId: kept.id, updatedAt: at }, 'update', note);
    }
    // A unit's registration names its people: the entries follow the kept record too.
    for (const registration of await db.registrations.filter((r) => r.entries.some((e) => e.personId === merged.id)).toArray()) {
      const entries = registration.entries.map((e) => (e.personId === merged.id ? { ...e, personId: kept.id } : e));
      await writeRecord(db, registrationRepo.def, registration, { ...registration, entries, updatedAt: at }, 'update', note);
    }
    const meetings = await db.meetings.filter((m) => m.chairPersonId === merged.id || m.secretaryPersonId === merged.id).toArray();
    for (const meeting of meetings) {
      const swap = (id: string | null) => (id === merged.id ? kept.id : id);
      await writeRecord(db, meetingRepo.def, meeting,
        { ...meeting, chairPersonId: swap(meeting.chairPersonId), secretaryPersonId: swap(meeting.secretaryPersonId), updatedAt: at }, 'update', note);
    }
    return {
      kept: keptNext, awards: awards.length, nominations: mergedNominations.length, goodDeeds: goodDeeds.length,
      councilMembers: mergedTerms.length, meetings: meetings.length,
    };
  });
}

/**
 * A person's audit trail with the trails of every record merged into it (theirs stay under their own
 * ids), newest first: the history of one human being across the records that stood for them.
 */
export async function personAuditTrail(db: ThiDuaDb, personId: string): Promise<AuditEntry[]> {
  const person = await db.people.get(personId);
  const ids = [personId, ...(person?.mergedFromIds ?? [])];
  const entries = await db.audit.where('[table+recordId]').anyOf(ids.map((id) => ['people', id])).toArray();
  return entries.sort((a, b) => b.id.localeCompare(a.id));
}
