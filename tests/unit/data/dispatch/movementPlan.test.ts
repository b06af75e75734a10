/**
 * The movement's Kế hoạch phát động issued from the demo ward: "KH" in the ward's number series, the
 * parts of Luật TĐKT 2022 Điều 17.1 from the record, the province's per-ward quota; a plan with an
 * empty part refused by name with no number used.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../src-renderer/documents';
import type { MovementPlanModel } from '../../../../src-renderer/documents/models';
import { issueDocument } from '../../../../src-renderer/data/dispatch';
import { partBlocks, planSummary } from '../../../../src-renderer/data/dispatch/movementPlan';
import { loadDemoWard } from '../../../../src-renderer/data/demo';
import { RefusedError, ValidationError } from '../../../../src-renderer/data/errors';
import { saveMovementQuotas } from '../../../../src-renderer/data/provincePack';
import { movementRepo } from '../../../../src-renderer/data/registers';
import { findParagraph, readDocx } from '../../documents/docx';
import { freshDb } from '../helpers';

const FULL_NAME = 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026';

async function demo() {
  const db = freshDb();
  await loadDemoWard(db);
  const movements = await db.movements.toArray();
  return { db, full: movements.find((m) => m.name === FULL_NAME)!, empty: movements.find((m) => m.name !== FULL_NAME)! };
}

const flat = (m: MovementPlanModel) => m.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (typeof b === 'string' ? [b] : 'items' in b ? b.items : 'heading' in b ? [b.heading] : [b.lead, b.text]))]);

describe('Kế hoạch phát động (KH)', () => {
  it('takes "KH" from the ward’s number series and prints every part of the record in the order of Điều 17.1', async () => {
    const { db, full } = await demo();
    const row = await issueDocument(db, { kind: 'movementPlan', movementId: full.id, date: '2026-01-15' });
    expect(row.numberText).toBe('01/KH-UBND');
    expect(row.sourceTable).toBe('movements');
    expect(row.sourceIds).toEqual([full.id]);
    expect(row.title).toBe('Kế hoạch phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026');
    const model = row.model as MovementPlanModel;
    expect(model.summary).toBe('Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026');
    expect(model.bases[1]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022');
    expect(model.bases.at(-1)).toMatch(/^Căn cứ Quyết định số .*QĐ-UBND/);
    expect(model.opening).toContain('(thi đua thường xuyên)');
    const text = flat(model);
    const order = [
      'I. MỤC TIÊU', full.plan.objectives, 'II. PHẠM VI VÀ ĐỐI TƯỢNG THI ĐUA', '1. Phạm vi', full.plan.scope, '2. Đối tượng', full.plan.participants,
      'III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA', 'Hình thức tổ chức: thi đua thường xuyên (Điều 16 Luật Thi đua, khen thưởng năm 2022).', full.plan.contentAndCriteria,
      'IV. THỜI GIAN THỰC HIỆN', 'Phong trào được triển khai từ ngày 15/01/2026 đến ngày 31/12/2026.', full.plan.timeline,
      'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN', full.plan.measures,
      'Giao Phòng Văn hóa - Xã hội chủ trì, theo dõi, đôn đốc và tổng hợp kết quả thực hiện phong trào, báo cáo Ủy ban nhân dân phường Ninh Hà.',
    ];
    expect(text).toEqual(order);
    expect(model.recipients.at(-1)).toMatch(/^Lưu: VT/);
    expect(model.recipients).toContain('Ủy ban MTTQ Việt Nam phường');
    const chairman = (await db.wardProfile.toArray())[0].chairman.name;
    expect(model.signature).toMatchObject({ mandate: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, name: chairman });
    const doc = readDocx(await buildDocument('movementPlan', model));
    findParagraph(doc, 'Số: 01/KH-UBND');
    findParagraph(doc, full.plan.measures);
  });

  it('refuses a plan with empty parts, naming each, and uses no number', async () => {
    const { db, full, empty } = await demo();
    await movementRepo.update(db, empty, { ...empty, plan: { ...full.plan, objectives: '', timeline: '  ' } });
    const before = await db.documents.count();
    const refusal = await issueDocument(db, { kind: 'movementPlan', movementId: empty.id, date: '2026-03-01' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    const issues = (refusal as ValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(['plan.objectives', 'plan.timeline', '']);
    expect((refusal as ValidationError).message).toContain('Kế hoạch chưa có phần “Mục tiêu”. Kế hoạch chưa có phần “Thời gian”.');
    expect(await db.documents.count()).toBe(before);
    // The number the refusal did not take is the next one handed out.
    expect((await issueDocument(db, { kind: 'movementPlan', movementId: full.id, date: '2026-03-01' })).numberText).toBe('01/KH-UBND');
  });

  it('refuses an archived movement', async () => {
    const { db, full } = await demo();
    await db.movements.update(full.id, { archived: 1 });
    await expect(issueDocument(db, { kind: 'movementPlan', movementId: full.id, date: '2026-03-01' })).rejects.toBeInstanceOf(RefusedError);
  });

  it('states the province’s per-ward quota for the movement as a chỉ tiêu in section III, and none for another movement', async () => {
    const { db, full } = await demo();
    await saveMovementQuotas(db, [
      { movement: ' nhiệm vụ phát triển kinh tế - xã hội ', quota: 3, unit: 'mô hình, điển hình tiên tiến', citation: 'Đ10' },
      { movement: 'Chuyển đổi số', quota: 9, unit: 'thủ tục', citation: '' },
    ]);
    const model = (await issueDocument(db, { kind: 'movementPlan', movementId: full.id, date: '2026-01-15' })).model as MovementPlanModel;
    const third = model.sections[2].blocks;
    expect(third.at(-1)).toMatch(/^Chỉ tiêu: phường Ninh Hà phấn đấu đạt ít nhất 03 mô hình, điển hình tiên tiến \(chỉ tiêu giao cho mỗi phường, xã theo Quyết định số .+, Đ10\)\.$/);
    expect(flat(model).filter((t) => t.startsWith('Chỉ tiêu:'))).toHaveLength(1);
  });

  it('refuses a quota the pack cannot hold, and without a pack', async () => {
    const { db } = await demo();
    await expect(saveMovementQuotas(db, [{ movement: '', quota: 3, unit: 'điển hình', citation: '' }])).rejects.toThrow(/Chỉ tiêu phong trào thứ 1/);
    await expect(saveMovementQuotas(db, [{ movement: 'Người tốt, việc tốt', quota: 0, unit: 'điển hình', citation: '' }])).rejects.toThrow('Chỉ tiêu mỗi phường, xã phải từ 1 trở lên.');
    expect((await db.wardProfile.toArray())[0].provincePack?.movementQuotas).toEqual([]);
    const bare = freshDb();
    await expect(saveMovementQuotas(bare, [])).rejects.toThrow('Chưa áp dụng gói quy định');
  });
});

describe('plan text', () => {
  it('keeps typed lines as paragraphs and dashed lines as a list', () => {
    expect(partBlocks('Mở đầu\n\n- một;\n+ hai\nKết')).toEqual(['Mở đầu', { items: ['một;', 'hai'] }, 'Kết']);
  });

  it('words the trích yếu after the movement’s own name', () => {
    expect(planSummary('Phong trào Người tốt, việc tốt')).toBe('Phát động phong trào Người tốt, việc tốt');
    expect(planSummary('Chung sức xây dựng đô thị văn minh')).toBe('Phát động phong trào thi đua “Chung sức xây dựng đô thị văn minh”');
  });
});
