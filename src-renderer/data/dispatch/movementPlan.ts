/**
 * Kế hoạch phát động phong trào thi đua ("Số: NN/KH-UBND" in the ward's series) from a movement's
 * record: its form (Luật TĐKT 2022 Điều 16), the parts Điều 17.1 lists as the ward wrote them, and the
 * per-ward quota the province's pack sets for the movement. A plan with an empty part is refused,
 * naming each empty part, before any number is reserved.
 */
import { formatDateShort, lowerFirst } from '../../domain/text';
import {
  MOVEMENT_FORM_LABELS, MOVEMENT_PLAN_PART_LABELS, emptyPlanParts, quotaSentence, quotasFor, type MovementPlan,
} from '../../domain/movementPlan';
import type { ProvincePack } from '../../domain/provincePack';
import type { BodyBlock, MovementPlanModel, ReportSection } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { RefusedError, ValidationError } from '../errors';
import type { Movement } from '../schemas';
import { basesOf, committeeSignature, loadWardContext, recipientsOf } from './context';
import type { Draft } from './draft';

/** A part as typed: one paragraph per line; lines opened by "-", "+" or "•" become a dashed list. */
export function partBlocks(text: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^[-+•]\s*(.+)$/u.exec(line);
    const last = blocks.at(-1);
    if (!item) blocks.push(line);
    else if (last && typeof last === 'object' && 'items' in last) last.items.push(item[1]);
    else blocks.push({ items: [item[1]] });
  }
  return blocks;
}

/** "Phát động phong trào thi đua …": the movement's own "Thi đua …"/"Phong trào …" wording kept, else quoted. */
export function planSummary(name: string): string {
  const trimmed = name.trim();
  const lower = lowerFirst(trimmed);
  if (/^thi đua\s/iu.test(trimmed)) return `Phát động phong trào ${lower}`;
  if (/^phong trào\s/iu.test(trimmed)) return `Phát động ${lower}`;
  return `Phát động phong trào thi đua “${trimmed}”`;
}

function refuseEmptyParts(plan: MovementPlan): void {
  const empty = emptyPlanParts(plan);
  if (empty.length === 0) return;
  throw new ValidationError([
    ...empty.map((part) => ({ path: `plan.${part}`, message: `Kế hoạch chưa có phần “${MOVEMENT_PLAN_PART_LABELS[part]}”.` })),
    { path: '', message: 'Hãy nhập đủ các phần của kế hoạch (Luật Thi đua, khen thưởng 2022, Điều 17) rồi tạo lại; chưa cấp số nào.' },
  ]);
}

export async function draftMovementPlan(db: ThiDuaDb, movementId: string, date: string): Promise<Draft<'movementPlan'>> {
  const movement: Movement | undefined = await db.movements.get(movementId);
  if (!movement || movement.archived === 1) throw new RefusedError('notFound', 'Không tìm thấy phong trào thi đua (có thể đã bị xóa).');
  refuseEmptyParts(movement.plan);
  const ctx = await loadWardContext(db);
  const { plan } = movement;
  const pack = ctx.profile.provincePack as ProvincePack | undefined;
  const quotas = quotasFor(pack?.movementQuotas ?? [], movement.name).map((q) => quotaSentence(q, ctx.wardInText, pack?.regulation.number ?? ''));
  const lead = movement.leadUnitId ? await db.units.get(movement.leadUnitId) : undefined;
  const period = `Phong trào được triển khai từ ngày ${formatDateShort(movement.periodFrom)}${movement.periodTo ? ` đến ngày ${formatDateShort(movement.periodTo)}` : ''}.`;
  const form = lowerFirst(MOVEMENT_FORM_LABELS[movement.form]);
  const sections: ReportSection[] = [
    { heading: 'I. MỤC TIÊU', blocks: partBlocks(plan.objectives) },
    {
      heading: 'II. PHẠM VI VÀ ĐỐI TƯỢNG THI ĐUA',
      blocks: [{ heading: '1. Phạm vi' }, ...partBlocks(plan.scope), { heading: '2. Đối tượng' }, ...partBlocks(plan.participants)],
    },
    {
      heading: 'III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA',
      blocks: [
        `Hình thức tổ chức: ${form} (Điều 16 Luật Thi đua, khen thưởng năm 2022).`,
        ...partBlocks(plan.contentAndCriteria),
        ...quotas,
      ],
    },
    { heading: 'IV. THỜI GIAN THỰC HIỆN', blocks: [period, ...partBlocks(plan.timeline)] },
    {
      heading: 'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN',
      blocks: [
        ...partBlocks(plan.measures),
        ...(lead ? [`Giao ${lead.name} chủ trì, theo dõi, đôn đốc và tổng hợp kết quả thực hiện phong trào, báo cáo Ủy ban nhân dân ${ctx.wardInText}.`] : []),
      ],
    },
  ];
  const summary = planSummary(movement.name);
  const opening = `Thực hiện Luật Thi đua, khen thưởng năm 2022, Ủy ban nhân dân ${ctx.wardInText} ban hành Kế hoạch phát động phong trào thi đua “${movement.name.trim()}” (${form}) như sau:`;
  return {
    kind: 'movementPlan',
    date,
    title: `Kế hoạch ${lowerFirst(summary)}`,
    sourceTable: 'movements',
    sourceIds: [movement.id],
    demo: movement.demo === 1,
    compose: (numberText): MovementPlanModel => ({
      header: ctx.wardHeader,
      numberText,
      place: ctx.place,
      date,
      summary,
      bases: basesOf(ctx, 'movementPlan'),
      opening,
      sections,
      recipients: recipientsOf(ctx, 'movementPlan'),
      signature: committeeSignature(ctx),
    }),
  };
}
