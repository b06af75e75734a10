import { afterEach, describe, expect, it } from 'vitest';
import {
  addDefaultTemplates, certificateImageRepo, certificateJob, certificateRegister, certificateTemplateRepo, recordHandover, recordPrint,
} from '../../../src-renderer/data/certificates';
import { signIn, signOut } from '../../../src-renderer/data/currentUser';
import { applyProvincePack } from '../../../src-renderer/data/provincePack';
import { KHANH_HOA_PACK } from '../../../src-renderer/data/provincePacks';
import { saveWardProfile } from '../../../src-renderer/data/registers';
import type { LocalTitle } from '../../../src-renderer/domain/provincePack';
import { reserveDocument } from '../../../src-renderer/data/documents';
import { ValidationError } from '../../../src-renderer/data/errors';
import type { ThiDuaDb } from '../../../src-renderer/data/db';
import { defaultTemplate } from '../../../src-renderer/domain/certificates';
import { upperVi } from '../../../src-renderer/domain/text';
import type { DecisionModel } from '../../../src-renderer/documents/models';
import { freshDb, snapshot } from './helpers';

const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

function decisionModel(numberText: string): DecisionModel {
  return {
    titleCode: 'GIAY_KHEN',
    header: { agency: [], issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ'], issuerName: 'Ủy ban nhân dân phường Ninh Hà' },
    numberText, place: 'Ninh Hà', date: '2026-11-25', summary: 'Về việc tặng Giấy khen', authority: 'Chủ tịch Ủy ban nhân dân phường Ninh Hà',
    decidedBy: 'Chủ tịch UBND phường Ninh Hà', bases: [], articles: [['Tặng Giấy khen.']], baseSalary: null, recipients: [],
    signature: { title: 'Chủ tịch', name: 'Trần Văn Hùng' },
    list: {
      title: 'ĐƯỢC TẶNG GIẤY KHEN',
      // Stored person-first, but the list prints I. Tập thể before II. Cá nhân: the order numbers follow the print.
      groups: [
        { kind: 'person', rows: [{ name: 'Lê Văn Tâm', positionUnit: 'Tổ trưởng', award: 'Giấy khen', achievement: '' }, { name: 'Phạm Thị Mai', positionUnit: 'Tổ phó', award: 'Giấy khen', achievement: 'Hoàn thành xuất sắc nhiệm vụ' }] },
        { kind: 'unit', rows: [{ name: 'Tổ dân phố 3', positionUnit: '', award: 'Giấy khen', achievement: '' }] },
      ],
    },
  };
}

async function issueDecision(db: ThiDuaDb) {
  return reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-11-25', title: 'Về việc tặng Giấy khen' }, { compose: (n) => decisionModel(n) });
}

afterEach(() => signOut());

describe('certificates from a signed decision (issue 17.1)', () => {
  it('numbers the recipients as the decision’s list prints them, with the decision’s number and date', async () => {
    const db = freshDb();
    const decision = await issueDecision(db);
    const job = await certificateJob(db, decision.id);
    expect(job.titleCode).toBe('GIAY_KHEN');
    expect(job.lines.map((l) => [l.recipient.order, l.recipient.name, l.recipient.kind])).toEqual([
      [1, 'Tổ dân phố 3', 'unit'], [2, 'Lê Văn Tâm', 'person'], [3, 'Phạm Thị Mai', 'person'],
    ]);
    expect(job.lines[1].facts).toMatchObject({ decisionNumberText: decision.numberText, decisionDate: '2026-11-25', signerName: 'Trần Văn Hùng' });
    expect(job.lines.every((l) => l.template?.id === null)).toBe(true); // the defaults until the ward keeps its own
  });

  it('refuses a decision without a number, in Vietnamese, and saves nothing', async () => {
    const db = freshDb();
    const decision = await issueDecision(db);
    await db.documents.update(decision.id, { numberText: '', number: 0, numberRequest: 'req-1' });
    await expect(certificateJob(db, decision.id)).rejects.toThrow('Quyết định đang chờ cấp số: chỉ in giấy khen khi quyết định đã có số.');
  });

  it('a reprint is a re-issue with a reason and the same order number; without a reason nothing is saved', async () => {
    signIn('Lê Thị Thủy', 'clerk');
    const db = freshDb();
    const decision = await issueDecision(db);
    const job = await certificateJob(db, decision.id);
    const first = await recordPrint(db, job, { orders: [1, 2, 3], output: 'blank', printerName: 'Canon', reason: '' });
    expect(first.map((r) => [r.order, r.reissueOfId, r.printedBy])).toEqual([[1, null, 'Lê Thị Thủy'], [2, null, 'Lê Thị Thủy'], [3, null, 'Lê Thị Thủy']]);

    const before = await snapshot(db);
    const again = recordPrint(db, await certificateJob(db, decision.id), { orders: [2], output: 'colour', printerName: '', reason: '  ' });
    await expect(again).rejects.toBeInstanceOf(ValidationError);
    await expect(again).rejects.toThrow(/Số sổ vàng 2 \(Lê Văn Tâm\) đã in ngày .*: in lại là cấp lại, hãy ghi lý do cấp lại\./);
    expect(await snapshot(db)).toEqual(before);

    const [reissue] = await recordPrint(db, await certificateJob(db, decision.id), { orders: [2], output: 'colour', printerName: '', reason: 'Giấy khen bị rách khi đóng dấu' });
    expect(reissue).toMatchObject({ order: 2, recipientName: 'Lê Văn Tâm', reissueOfId: first[1].id, reason: 'Giấy khen bị rách khi đóng dấu', output: 'colour' });
    const register = await certificateRegister(db);
    expect(register.filter((r) => r.order === 2)).toHaveLength(2);
    const line = (await certificateJob(db, decision.id)).lines.find((l) => l.recipient.order === 2)!;
    expect(line.issued.map((i) => i.id)).toEqual([first[1].id, reissue.id]);

    const handed = await recordHandover(db, reissue, { handedTo: 'Lê Văn Tâm', handedOn: '2026-12-01' });
    expect(handed).toMatchObject({ handedTo: 'Lê Văn Tâm', order: 2, printedBy: 'Lê Thị Thủy' });
  });

  it('a leader may not print certificates; the reason names who may', async () => {
    signIn('Trần Văn Hùng', 'leader');
    const db = freshDb();
    signIn('Lê Thị Thủy', 'standing');
    const decision = await issueDecision(db);
    signIn('Trần Văn Hùng', 'leader');
    await expect(recordPrint(db, await certificateJob(db, decision.id), { orders: [1], output: 'blank', printerName: '', reason: '' })).rejects.toThrow(/không có quyền cấp số và đăng ký văn bản/);
    expect(await db.certificates.count()).toBe(0);
  });
});

describe('a province’s own titles (local:<id>)', () => {
  const withCertificate: LocalTitle = {
    id: 'guong-mat-tieu-bieu', label: 'Gương mặt tiêu biểu của phường', shortLabel: 'Gương mặt tiêu biểu', subjectKinds: ['person'],
    conferredBy: 'ward', prerequisites: [], voteThresholdPercent: null, voteBase: 'presentMembers', secretBallot: true, disciplineBar: null,
    capPerYear: null, oncePerLifetime: false, posthumous: false, coefficient: { person: 0.3 }, certificate: true, fromGoodDeeds: false, deadline: null, citation: 'Đ12',
  };
  const moneyOnly: LocalTitle = { ...withCertificate, id: 'nguoi-tot-viec-tot', label: 'Người tốt, việc tốt', shortLabel: 'Người tốt, việc tốt', certificate: false, citation: 'Đ14' };

  async function cityWard() {
    signIn('Lê Thị Thủy', 'standing');
    const db = freshDb();
    await saveWardProfile(db, {
      name: 'Phường Một', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG MỘT', councilName: 'Hội đồng Thi đua - Khen thưởng phường Một',
      placeName: 'Một', province: '', upperLevel: { preset: 'province' }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
    });
    await applyProvincePack(db, {
      ...KHANH_HOA_PACK, province: { name: 'Mẫu', kind: 'city' }, verificationNote: '', localTitles: [withCertificate, moneyOnly],
      regulation: { number: '5/2025/QĐ-UBND', date: '2025-10-01', issuer: 'Ủy ban nhân dân thành phố Mẫu', title: 'Ban hành Quy chế công tác thi đua, khen thưởng' },
    });
    return db;
  }

  function localDecision(db: ThiDuaDb, title: LocalTitle) {
    const model = decisionModel('');
    return reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-11-25', title: `Về việc tặng ${title.label}` }, {
      compose: (n) => ({
        ...model, numberText: n, titleCode: `local:${title.id}`, authority: 'Chủ tịch Ủy ban nhân dân phường Một',
        list: { title: upperVi(`Được tặng ${title.label}`), groups: [{ kind: 'person', rows: [{ name: 'Phạm Thị Hiền', positionUnit: 'Tổ dân phố 2', award: title.shortLabel, achievement: '' }] }] },
      }),
    });
  }

  it('prints the pack’s title that carries a certificate on a default template, conferred by the ward chairman, and registers it under its code', async () => {
    const db = await cityWard();
    const decision = await localDecision(db, withCertificate);
    const job = await certificateJob(db, decision.id);
    expect(job.titleCode).toBe('local:guong-mat-tieu-bieu');
    expect(job.authority).toBe('Chủ tịch Ủy ban nhân dân phường Một');
    expect(job.lines[0].facts.award).toBe('Gương mặt tiêu biểu của phường');
    expect(job.lines[0].template).toMatchObject({ id: null, name: 'Gương mặt tiêu biểu của phường (cá nhân)', layout: { verb: 'TẶNG', heading: '' } });
    expect(job.lines[0].template!.layout.fields.some((f) => f.key === 'award' && f.red)).toBe(true);
    const [row] = await recordPrint(db, job, { orders: [1], output: 'colour', printerName: '', reason: '' });
    expect(row).toMatchObject({ award: 'local:guong-mat-tieu-bieu', order: 1, recipientName: 'Phạm Thị Hiền' });

    // Kept as ward data with the national defaults; none for the title the pack pays in money only.
    await addDefaultTemplates(db);
    const kept = (await db.certificateTemplates.toArray()).map((t) => `${t.award}/${t.subjectKind}`);
    expect(kept).toContain('local:guong-mat-tieu-bieu/person');
    expect(kept.some((k) => k.startsWith('local:nguoi-tot-viec-tot'))).toBe(false);
    const stored = (await db.certificateTemplates.where('[award+subjectKind]').equals(['local:guong-mat-tieu-bieu', 'person']).first())!;
    expect((await certificateJob(db, decision.id)).lines[0].template?.id).toBe(stored.id);
  });

  it('refuses, citing the pack, a title the pack gives no certificate; nothing is saved', async () => {
    const db = await cityWard();
    const decision = await localDecision(db, moneyOnly);
    const before = await snapshot(db);
    await expect(certificateJob(db, decision.id)).rejects.toThrow('Theo QĐ 5/2025/QĐ-UBND Đ14, “Người tốt, việc tốt” không kèm giấy khen, giấy chứng nhận: không có giấy để in.');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('templates and images as ward data', () => {
  it('keeps the defaults as ward data, one per award and kind, none for Lao động tiên tiến', async () => {
    const db = freshDb();
    const added = await addDefaultTemplates(db);
    const templates = await db.certificateTemplates.toArray();
    expect(added).toBe(templates.length);
    expect(templates.some((t) => t.award === 'LDTT')).toBe(false);
    expect(templates.map((t) => `${t.award}/${t.subjectKind}`).sort()).toContain('GIAY_KHEN/household');
    expect(await addDefaultTemplates(db)).toBe(0);
    await expect(certificateTemplateRepo.create(db, { ...defaultTemplate({ award: 'GIAY_KHEN', subjectKind: 'person' }), award: 'GIAY_KHEN', subjectKind: 'person' }))
      .rejects.toThrow('Đã có mẫu');
  });

  it('refuses a field off the page by name, and saves nothing', async () => {
    const db = freshDb();
    const layout = defaultTemplate({ award: 'CSTDCS', subjectKind: 'person' });
    layout.fields[1] = { ...layout.fields[1], xMm: 250 };
    const before = await snapshot(db);
    await expect(certificateTemplateRepo.create(db, { ...layout, award: 'CSTDCS', subjectKind: 'person' }))
      .rejects.toThrow('Ô “Họ tên / tên tập thể” nằm ngoài trang 297 × 210 mm: hãy kéo ô vào trong trang.');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a “scan” that is not an image, even named .png; keeps a real one, its bytes out of the audit trail', async () => {
    const db = freshDb();
    const text = `data:image/png;base64,${btoa('Đây là văn bản'.normalize('NFD').replace(/[^\x00-\x7f]/g, '') + ' not a picture at all.....')}`;
    await expect(certificateImageRepo.create(db, { kind: 'blankScan', name: 'phoi.png', mime: 'image/png', dataUrl: text, widthPx: 10, heightPx: 10 }))
      .rejects.toThrow('Tệp “phoi.png” không phải ảnh PNG hoặc JPEG.');
    expect(await db.certificateImages.count()).toBe(0);
    const image = await certificateImageRepo.create(db, { kind: 'emblem', name: 'quoc-huy.png', mime: 'image/png', dataUrl: PNG_1PX, widthPx: 1, heightPx: 1 });
    expect(image.dataUrl).toBe(PNG_1PX);
    const [entry] = await db.audit.where('recordId').equals(image.id).toArray();
    expect((entry.after as { dataUrl: string }).dataUrl).toBe(`(ảnh image/png, 1 × 1 điểm ảnh, ${PNG_1PX.length} ký tự)`);
  });
});
