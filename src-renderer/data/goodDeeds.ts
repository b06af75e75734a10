/**
 * Good-deed reports (Người tốt, việc tốt, SPEC §4, DOMAIN.md §8): monthly from units, vetted by the
 * standing member (approved / returned with a reason), forwarded upward, every publication logged.
 */
import { localTitleFor } from '../domain/titles';
import { GOOD_DEED_STATUS_LABELS, type LocalTitleCode } from '../domain/vocabulary';
import type { ThiDuaDb } from './db';
import { RefusedError } from './errors';
import { nowIso } from './ids';
import { nominationRepo } from './nominations';
import { effectiveSettings, getWardProfile } from './registers';
import { defineRepository, parseWith, requireRecord, writeRecord, writeTransaction } from './repository';
import { goodDeedInputSchema, goodDeedRecordSchema, isoDate, publicationSchema } from './schemas';
import type { GoodDeed, Nomination, Publication } from './schemas';

export const goodDeedRepo = defineRepository({
  table: 'goodDeeds',
  label: 'báo cáo người tốt, việc tốt',
  input: goodDeedInputSchema,
  record: goodDeedRecordSchema,
  derive: (_input, previous) => ({
    status: previous?.status ?? 'submitted',
    returnReason: previous?.returnReason ?? '',
    publications: previous?.publications ?? [],
    forwardedOn: previous?.forwardedOn ?? null,
    awardId: previous?.awardId ?? null,
    nominationId: previous?.nominationId ?? null,
  }),
  pointsTo: (input) => [
    { path: 'unitId', table: 'units', id: input.unitId, label: 'Đơn vị' },
    { path: 'personId', table: 'people', id: input.personId, label: 'Cá nhân' },
  ],
  references: [{ table: 'documents', index: 'sourceIds', key: (id) => id, label: 'văn bản' }],
});

type Vetting = 'approve' | 'return' | 'resubmit' | 'forward';

const VETTING: Record<Vetting, { from: GoodDeed['status']; to: GoodDeed['status']; label: string }> = {
  approve: { from: 'submitted', to: 'approved', label: 'Thẩm định đạt' },
  return: { from: 'submitted', to: 'returned', label: 'Trả lại' },
  resubmit: { from: 'returned', to: 'submitted', label: 'Nộp lại' },
  forward: { from: 'approved', to: 'forwarded', label: 'Đề xuất lên cấp trên' },
};

function vet(db: ThiDuaDb, id: string, step: Vetting, changes: Partial<GoodDeed>, note: string): Promise<GoodDeed> {
  return writeTransaction(db, async () => {
    const previous = await requireRecord<GoodDeed>(db, 'goodDeeds', id, 'báo cáo người tốt, việc tốt');
    const { from, to, label } = VETTING[step];
    if (previous.status !== from) {
      throw new RefusedError('transition', `Không thể “${label}” một báo cáo ở trạng thái “${GOOD_DEED_STATUS_LABELS[previous.status]}”.`);
    }
    const next = { ...previous, ...changes, status: to, updatedAt: nowIso() };
    return writeRecord(db, goodDeedRepo.def, previous, next, 'transition', [label, note].filter(Boolean).join(': '));
  });
}

/** The standing member vets a report before any publicity (Ninh Hà VB 124/UBND, DOMAIN.md §8). */
export function approveGoodDeed(db: ThiDuaDb, id: string): Promise<GoodDeed> {
  return vet(db, id, 'approve', { returnReason: '' }, '');
}

export function returnGoodDeed(db: ThiDuaDb, id: string, reason: string): Promise<GoodDeed> {
  const trimmed = reason.normalize('NFC').trim();
  if (!trimmed) return Promise.reject(new RefusedError('transition', 'Phải nêu lý do khi trả lại báo cáo.'));
  return vet(db, id, 'return', { returnReason: trimmed }, trimmed);
}

export function resubmitGoodDeed(db: ThiDuaDb, id: string): Promise<GoodDeed> {
  return vet(db, id, 'resubmit', {}, '');
}

export function forwardGoodDeed(db: ThiDuaDb, id: string, date: string): Promise<GoodDeed> {
  return vet(db, id, 'forward', { forwardedOn: parseWith(isoDate('Ngày đề xuất'), date) }, '');
}

/** Logs a publication (portal, radio, meeting…); only vetted reports are publicised. */
export function addPublication(db: ThiDuaDb, id: string, publication: Partial<Publication> & Pick<Publication, 'channel' | 'date'>): Promise<GoodDeed> {
  return writeTransaction(db, async () => {
    const previous = await requireRecord<GoodDeed>(db, 'goodDeeds', id, 'báo cáo người tốt, việc tốt');
    if (previous.status !== 'approved' && previous.status !== 'forwarded') {
      throw new RefusedError('transition', 'Chỉ tuyên truyền báo cáo đã được thẩm định đạt.');
    }
    const entry = parseWith(publicationSchema, publication);
    const next = { ...previous, publications: [...previous.publications, entry], updatedAt: nowIso() };
    return writeRecord(db, goodDeedRepo.def, previous, next, 'update', 'Ghi nhận tuyên truyền.');
  });
}

/**
 * Where the province pack lets the ward chairman confer a title of its own from the good-deeds
 * register (a local title with `fromGoodDeeds`), a vetted report becomes its nomination: the person
 * (a collective: the reporting unit), the report's year, the deed as the achievement. It then goes
 * through the same appraisal, meeting, decision, money and documents as any nomination (issue 20 item 4).
 */
export function nominateFromGoodDeed(db: ThiDuaDb, id: string, titleCode: LocalTitleCode, personId?: string): Promise<Nomination> {
  return writeTransaction(db, async () => {
    const deed = await requireRecord<GoodDeed>(db, 'goodDeeds', id, 'báo cáo người tốt, việc tốt');
    const title = localTitleFor(titleCode, effectiveSettings(await getWardProfile(db)));
    if (!title || !title.fromGoodDeeds || title.conferredBy !== 'ward') {
      throw new RefusedError('transition', 'Quy định của tỉnh, thành phố đang áp dụng không có danh hiệu cấp phường xét từ báo cáo người tốt, việc tốt này.');
    }
    if (deed.status !== 'approved' && deed.status !== 'forwarded') {
      throw new RefusedError('transition', 'Chỉ đề nghị khen thưởng từ báo cáo đã được thẩm định đạt.');
    }
    if (deed.nominationId) throw new RefusedError('transition', 'Báo cáo này đã được đề nghị khen thưởng.');
    // A report names its person in words; the clerk may pick them in the register now (a vetted report can no longer be edited).
    const chosen = deed.personId ?? personId ?? null;
    if (deed.subjectKind === 'person' && !chosen) {
      throw new RefusedError('transition', `Hãy chọn “${deed.subjectName}” trong danh sách cá nhân trước khi đề nghị khen thưởng.`);
    }
    if (deed.subjectKind === 'person' && !deed.personId) await requireRecord(db, 'people', chosen!, 'cá nhân');
    const nominee = deed.subjectKind === 'person' ? { kind: 'person' as const, personId: chosen! } : { kind: 'unit' as const, unitId: deed.unitId };
    if (!title.subjectKinds.includes(nominee.kind)) throw new RefusedError('transition', `“${title.label}” không xét cho đối tượng này.`);
    const month = `${deed.month.slice(5, 7)}/${deed.month.slice(0, 4)}`;
    const nomination = await nominationRepo.create(db, {
      nominee, year: Number(deed.month.slice(0, 4)), titleCode, proposingUnitId: deed.unitId,
      achievementSummary: deed.deed, achievementRef: `Người tốt, việc tốt tháng ${month}: ${deed.field}`.slice(0, 300),
    }, { note: `Từ báo cáo người tốt, việc tốt tháng ${month}` });
    const next = { ...deed, personId: deed.subjectKind === 'person' ? chosen : deed.personId, nominationId: nomination.id, updatedAt: nowIso() };
    await writeRecord(db, goodDeedRepo.def, deed, next, 'update', `Đề nghị “${title.label}”`);
    return nomination;
  });
}
