/** A fresh, isolated database per test (its own fake IDBFactory), plus small record builders. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from '../../../src-renderer/data/db';
import type { TableName, ThiDuaDb } from '../../../src-renderer/data/db';
import type { ReadRecord } from '../../../src-renderer/data/repository';
import { personRepo, unitRepo } from '../../../src-renderer/data/registers';

let counter = 0;

export function freshDb(): ThiDuaDb {
  counter += 1;
  return createDb(`test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function addUnit(db: ThiDuaDb, name = 'Tổ dân phố 1') {
  return unitRepo.create(db, { name, kind: 'tdp' });
}

export function addPerson(db: ThiDuaDb, unitId: string | null, fullName = 'Nguyễn Thị Hoà') {
  return personRepo.create(db, {
    fullName, gender: 'female', birthYear: 1980, birthDate: '1980-04-12', unitId, position: 'Tổ trưởng',
    hometown: 'xã Ninh Quang, tỉnh Khánh Hòa', residence: 'Tổ dân phố 1, phường Ninh Hà', education: 'Trung học phổ thông',
  });
}

/** One record in every table, through the repositories (so every row is valid and audited). */
export async function populateEveryTable(db: ThiDuaDb) {
  const { saveWardProfile, blockRepo, movementRepo, councilMemberRepo, awardRepo } = await import('../../../src-renderer/data/registers');
  const { nominationRepo, advanceNomination } = await import('../../../src-renderer/data/nominations');
  const { meetingRepo } = await import('../../../src-renderer/data/meetings');
  const { criteriaSetRepo, createScoreSheet, setScore } = await import('../../../src-renderer/data/scoring');
  const { goodDeedRepo, approveGoodDeed, addPublication } = await import('../../../src-renderer/data/goodDeeds');
  const { reserveDocument } = await import('../../../src-renderer/data/documents');
  await saveWardProfile(db, {
    name: 'Phường Ninh Hà', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ', councilName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
    placeName: 'Ninh Hà', upperLevel: { preset: 'province' }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
  });
  const block = await blockRepo.create(db, { year: 2026, name: 'Khối Tổ dân phố' });
  const unit = await unitRepo.create(db, { name: 'Tổ dân phố 1', kind: 'tdp', blockId: block.id });
  const person = await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
  const member = await councilMemberRepo.create(db, { personId: person.id, role: 'chair', termFrom: '2025-07-01' });
  const movement = await movementRepo.create(db, { name: 'Phong trào thi đua yêu nước', periodFrom: '2026-01-01' });
  await awardRepo.create(db, { subjectKind: 'person', personId: person.id, year: 2025, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến', decisionDate: '2025-12-20' });
  const nomination = await nominationRepo.create(db, {
    nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id, movementId: movement.id,
  });
  await advanceNomination(db, nomination.id, 'received');
  const meeting = await meetingRepo.create(db, {
    title: 'Họp xét khen thưởng', year: 2026, date: '2026-12-10', place: 'Hội trường',
    attendance: [{ memberId: member.id, present: true }], ballots: [{ nominationId: nomination.id, agree: 1, disagree: 0 }],
  });
  const set = await criteriaSetRepo.create(db, {
    blockId: block.id,
    definition: { name: 'Bộ tiêu chí 2026', year: 2026, bonusCap: null, deductionCap: null, coreSectionId: null, nodes: [{ id: 'a', label: 'Nhiệm vụ', kind: 'item', maxPoints: 10 }] },
  });
  const sheet = await createScoreSheet(db, set.id, unit.id);
  await setScore(db, sheet.id, 'a', { councilScore: 8.25 });
  const deed = await goodDeedRepo.create(db, {
    month: '2026-03', unitId: unit.id, subjectKind: 'person', subjectName: 'Lê Văn Tâm', field: 'An ninh trật tự',
    deed: 'Trả lại của rơi.', submittedAt: '2026-03-10',
  });
  await approveGoodDeed(db, deed.id);
  await addPublication(db, deed.id, { channel: 'radio', date: '2026-03-20' });
  await reserveDocument(db, { kind: 'meetingMinutes', year: 2026, date: '2026-12-10', title: 'Biên bản họp', sourceTable: 'meetings', sourceIds: [meeting.id], model: { a: 1 } });
  const { cultureReviewRepo } = await import('../../../src-renderer/data/culture');
  await cultureReviewRepo.create(db, {
    unitId: unit.id, year: 2026, households: [{ name: 'Hộ ông Lê Văn Tâm', address: 'Tổ dân phố 1', comment: '', proposed: true }], postedOn: '2026-11-01',
  });
  const { upwardDossierRepo } = await import('../../../src-renderer/data/upwardDossiers');
  const { attachFile } = await import('../../../src-renderer/data/registrations');
  const scan = await attachFile(new TextEncoder().encode('%PDF-1.4\n% xác nhận\n'), 'Xác nhận sáng kiến.pdf', 'application/pdf');
  await upwardDossierRepo.create(db, { meetingId: meeting.id, titleCode: 'BANG_KHEN_TINH', attachments: [scan] });
  await populateCertificates(db);
  const { registrationRepo, pledgeRepo } = await import('../../../src-renderer/data/registrations');
  await registrationRepo.create(db, {
    unitId: unit.id, year: 2026, state: 'received', receivedOn: '2026-03-20', commitments: 'Hoàn thành các chỉ tiêu được giao.',
    entries: [{ subjectKind: 'person', personId: person.id, name: person.fullName, titleCode: 'LDTT' }],
  });
  await pledgeRepo.create(db, { blockId: block.id, year: 2026, criteriaSetId: set.id, signedOn: '2026-03-28', signingUnitIds: [unit.id], content: 'Giao ước thi đua năm 2026.' });
  await db.meta.put({ key: 'lastBackupAt', value: '2026-11-20T00:00:00.000Z' });
  return { unit, person, nomination, meeting };
}

/** A decision with one recipient, its certificate printed, a template with its blank's scan, an emblem and a printer (schema v6). */
async function populateCertificates(db: ThiDuaDb) {
  const { reserveDocument } = await import('../../../src-renderer/data/documents');
  const { addDefaultTemplates, certificateImageRepo, certificateJob, certificatePrinterRepo, certificateTemplateRepo, recordPrint } = await import('../../../src-renderer/data/certificates');
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
  const decision = await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-12', title: 'Về việc tặng Giấy khen' }, {
    compose: (numberText) => ({
      titleCode: 'GIAY_KHEN', header: { agency: [], issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ'], issuerName: 'Ủy ban nhân dân phường Ninh Hà' },
      numberText, place: 'Ninh Hà', date: '2026-12-12', summary: 'Về việc tặng Giấy khen', authority: 'Chủ tịch Ủy ban nhân dân phường Ninh Hà',
      decidedBy: 'Chủ tịch UBND phường Ninh Hà', bases: [], articles: [['Tặng Giấy khen.']], baseSalary: null, recipients: [],
      signature: { title: 'Chủ tịch', name: 'Trần Văn Hùng' },
      list: { title: 'ĐƯỢC TẶNG GIẤY KHEN', groups: [{ kind: 'person', rows: [{ name: 'Nguyễn Thị Hoà', positionUnit: 'Tổ trưởng', award: 'Giấy khen', achievement: '' }] }] },
    }),
  });
  await addDefaultTemplates(db);
  const scan = await certificateImageRepo.create(db, { kind: 'blankScan', name: 'phoi.png', mime: 'image/png', dataUrl: png, widthPx: 1, heightPx: 1 });
  await certificateImageRepo.create(db, { kind: 'emblem', name: 'quoc-huy.png', mime: 'image/png', dataUrl: png, widthPx: 1, heightPx: 1 });
  const template = (await db.certificateTemplates.toArray()).find((t) => t.award === 'GIAY_KHEN' && t.subjectKind === 'person')!;
  await certificateTemplateRepo.update(db, template, { scanImageId: scan.id });
  await certificatePrinterRepo.create(db, { name: 'Canon LBP 2900', dxMm: -1.5, dyMm: 2 });
  await recordPrint(db, await certificateJob(db, decision.id), { orders: [1], output: 'blank', printerName: 'Canon LBP 2900', reason: '' });
}

/** Every table's rows, sorted by key, for "nothing changed" and round-trip comparisons. */
export async function snapshot(db: ThiDuaDb, except: string[] = []) {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (except.includes(table.name)) continue;
    result[table.name] = await table.toArray();
  }
  return result;
}

/** The record as stored now (its current version), for an update that follows other writes. */
export async function current(db: ThiDuaDb, table: TableName, id: string): Promise<ReadRecord> {
  const record = (await db.table(table).get(id)) as ReadRecord | undefined;
  if (!record) throw new Error(`no ${table} ${id}`);
  return record;
}

export const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

/** Re-signs a tampered backup file so only the intended defect remains. */
export async function signed(file: Record<string, unknown>): Promise<string> {
  const { canonicalJson, sha256Hex } = await import('../../../src-renderer/data/fileFormat');
  const { checksum: _old, ...content } = file;
  return JSON.stringify({ ...content, checksum: await sha256Hex(canonicalJson(content)) });
}
