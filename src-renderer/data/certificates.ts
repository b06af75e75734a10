/**
 * Certificates from a signed decision (issue 17.1): the ward's templates, images and printers, and the
 * register of certificates issued (sổ cấp phát). A decision's recipients and their order numbers come
 * from the list stored with the issued decision, never rebuilt, so a reprint finds the same "Số sổ vàng";
 * a second print of one line is a re-issue (cấp lại) with its reason, never a new number.
 */
import {
  decisionPrintProblems, decisionRecipients, decisionTitleCode, defaultTemplate, defaultTemplateKeys, fieldPlacementProblems, imageMimeOf,
  localCertificateProblem, signerTitleLines, type CertificateFacts, type CertificateLayout, type CertificateRecipient,
} from '../domain/certificates';
import { formatDateShort } from '../domain/text';
import { awardTitleInfo } from '../domain/titles';
import { SUBJECT_KIND_LABELS, type AwardCode, type SubjectKind } from '../domain/vocabulary';
import type { DecisionModel } from '../documents/models';
import { getActor } from './audit';
import type { ThiDuaDb } from './db';
import { RefusedError, ValidationError, type ValidationIssue } from './errors';
import { effectiveSettings, getWardProfile } from './registers';
import { defineRepository, writeTransaction, type ReadRecord } from './repository';
import {
  certificateImageInputSchema, certificateImageRecordSchema, certificateIssueInputSchema, certificateIssueRecordSchema,
  certificatePrinterInputSchema, certificatePrinterRecordSchema, certificateTemplateInputSchema, certificateTemplateRecordSchema,
} from './schemas';
import type { CertificateImage, CertificateIssue, CertificatePrinter, CertificateTemplate, RegisteredDocument } from './schemas';

function base64Bytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 1 + 64));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export const certificateImageRepo = defineRepository({
  table: 'certificateImages',
  label: 'ảnh',
  input: certificateImageInputSchema,
  record: certificateImageRecordSchema,
  derive: () => ({}),
  // The file's own bytes decide, not its name: a renamed document is refused.
  check: async (_db, input) =>
    imageMimeOf(base64Bytes(input.dataUrl)) === input.mime ? [] : [{ path: 'dataUrl', message: `Tệp “${input.name || 'đã chọn'}” không phải ảnh PNG hoặc JPEG.` }],
  // The trail records that an image changed, not its bytes (an audit snapshot stays small).
  auditView: (r) => ({ ...r, dataUrl: `(ảnh ${r.mime}, ${r.widthPx} × ${r.heightPx} điểm ảnh, ${r.dataUrl.length} ký tự)` }),
});

export const certificateTemplateRepo = defineRepository({
  table: 'certificateTemplates',
  label: 'mẫu giấy khen',
  input: certificateTemplateInputSchema,
  record: certificateTemplateRecordSchema,
  derive: () => ({}),
  pointsTo: (input) => [{ path: 'scanImageId', table: 'certificateImages', id: input.scanImageId, label: 'Ảnh quét phôi' }],
  check: async (db, input, previous) => {
    const issues: ValidationIssue[] = fieldPlacementProblems(input).map((message) => ({ path: 'fields', message }));
    const twin = await db.certificateTemplates.where('[award+subjectKind]').equals([input.award, input.subjectKind]).filter((t) => t.archived === 0).first();
    if (twin && twin.id !== previous?.id) {
      const settings = effectiveSettings(await getWardProfile(db));
      issues.push({ path: 'award', message: `Đã có mẫu “${twin.name}” cho ${awardTitleInfo(input.award, settings).shortLabel} (${SUBJECT_KIND_LABELS[input.subjectKind].toLocaleLowerCase('vi')}).` });
    }
    return issues;
  },
});

export const certificatePrinterRepo = defineRepository({
  table: 'certificatePrinters',
  label: 'máy in',
  input: certificatePrinterInputSchema,
  record: certificatePrinterRecordSchema,
  derive: () => ({}),
});

const certificateIssueRepo = defineRepository({
  table: 'certificates',
  label: 'giấy khen đã cấp',
  input: certificateIssueInputSchema,
  record: certificateIssueRecordSchema,
  derive: (_input, previous) => ({ printedBy: previous?.printedBy ?? getActor() }),
  pointsTo: (input) => [
    { path: 'decisionId', table: 'documents', id: input.decisionId, label: 'Quyết định' },
    { path: 'reissueOfId', table: 'certificates', id: input.reissueOfId, label: 'Giấy khen cấp lần đầu' },
  ],
});

/** Only "người nhận" and the day it was handed over change after printing: what was printed stays as printed. */
export function recordHandover(db: ThiDuaDb, read: ReadRecord, handover: { handedTo: string; handedOn: string | null }) {
  return certificateIssueRepo.update(db, read, handover, 'Ghi nhận người nhận giấy khen.');
}

/** The decisions of the register, newest first: the certificates' sources. */
export async function decisionsOfRegister(db: ThiDuaDb): Promise<RegisteredDocument[]> {
  const rows = await db.documents.where('kind').equals('decision').filter((d) => d.archived === 0).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
}

/** The template a recipient of `award` and `kind` prints on: the ward's own, else the default, else none. */
export interface ResolvedTemplate {
  /** null: the default, not yet kept as ward data. */
  id: string | null;
  name: string;
  layout: CertificateLayout;
}

function layoutOf(t: CertificateTemplate): CertificateLayout {
  return { verb: t.verb, heading: t.heading, pageWidthMm: t.pageWidthMm, pageHeightMm: t.pageHeightMm, fields: t.fields };
}

export async function templateFor(db: ThiDuaDb, award: AwardCode, kind: SubjectKind): Promise<ResolvedTemplate | null> {
  const stored = await db.certificateTemplates.where('[award+subjectKind]').equals([award, kind]).filter((t) => t.archived === 0).first();
  if (stored) return { id: stored.id, name: stored.name, layout: layoutOf(stored) };
  const settings = effectiveSettings(await getWardProfile(db));
  if (!defaultTemplateKeys(settings.localTitles).some((k) => k.award === award && k.subjectKind === kind)) return null;
  const { name, ...layout } = defaultTemplate({ award, subjectKind: kind }, settings);
  return { id: null, name, layout };
}

/**
 * Keeps the default templates the ward does not have yet as its own data, to edit (its province's own
 * titles with a certificate included). Returns how many were added.
 */
export async function addDefaultTemplates(db: ThiDuaDb): Promise<number> {
  const settings = effectiveSettings(await getWardProfile(db));
  let added = 0;
  for (const key of defaultTemplateKeys(settings.localTitles)) {
    const has = await db.certificateTemplates.where('[award+subjectKind]').equals([key.award, key.subjectKind]).filter((t) => t.archived === 0).count();
    if (has) continue;
    await certificateTemplateRepo.create(db, { ...defaultTemplate(key, settings), ...key });
    added += 1;
  }
  return added;
}

export interface CertificateLine {
  recipient: CertificateRecipient;
  facts: CertificateFacts;
  template: ResolvedTemplate | null;
  /** Prints of this line so far, first issue first. */
  issued: CertificateIssue[];
}

export interface CertificateJob {
  decision: RegisteredDocument;
  titleCode: AwardCode;
  authority: string;
  signerTitle: string[];
  lines: CertificateLine[];
}

/**
 * Everything needed to print a decision's certificates. Refused, with the reason, when the decision has
 * no number or no date (a draft or a decision waiting for its number is not signed), awards nothing
 * this app can name, or awards a province's own title its pack gives no certificate the ward prints.
 */
export async function certificateJob(db: ThiDuaDb, decisionId: string): Promise<CertificateJob> {
  const decision = await db.documents.get(decisionId);
  if (!decision || decision.kind !== 'decision') throw new RefusedError('notFound', 'Không tìm thấy quyết định trong sổ đăng ký văn bản.');
  const problems = decisionPrintProblems(decision);
  if (problems.length) throw new RefusedError('locked', problems.join(' '));
  const model = decision.model as DecisionModel | undefined;
  const settings = effectiveSettings(await getWardProfile(db));
  const titleCode = model ? decisionTitleCode(model, settings) : null;
  if (!model || !titleCode) throw new RefusedError('notFound', `Quyết định số ${decision.numberText} không có danh sách khen thưởng để in giấy khen.`);
  const noCertificate = localCertificateProblem(titleCode, settings);
  if (noCertificate) throw new RefusedError('locked', noCertificate);
  const issues = await db.certificates.where('decisionId').equals(decisionId).toArray();
  const award = awardTitleInfo(titleCode, settings).label;
  const templates = new Map<SubjectKind, ResolvedTemplate | null>();
  for (const kind of new Set(model.list.groups.map((g) => g.kind))) templates.set(kind, await templateFor(db, titleCode, kind));
  const lines = decisionRecipients(model.list).map((recipient): CertificateLine => ({
    recipient,
    facts: {
      recipient: { ...recipient, achievement: recipient.achievement || `Đã có thành tích trong phong trào thi đua năm ${decision.year}` },
      award,
      decisionNumberText: decision.numberText,
      decisionDate: decision.date,
      place: model.place,
      signerName: model.signature.name,
    },
    template: templates.get(recipient.kind) ?? null,
    issued: issues.filter((i) => i.order === recipient.order).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  }));
  return { decision, titleCode, authority: model.authority, signerTitle: signerTitleLines(model.signature), lines };
}

export interface PrintRequest {
  orders: readonly number[];
  output: 'colour' | 'blank';
  printerName: string;
  /** Required when a line was printed before: the print is then a re-issue (cấp lại). */
  reason: string;
}

/**
 * Enters a print in the register, one row per certificate, in one transaction: a line printed before
 * becomes a re-issue of its first issue, with the same order number and the reason given; without a
 * reason nothing is saved. Lines without a template are refused by name.
 */
export async function recordPrint(db: ThiDuaDb, job: CertificateJob, request: PrintRequest): Promise<CertificateIssue[]> {
  return writeTransaction(db, async () => {
    const fresh = await certificateJob(db, job.decision.id);
    const chosen = fresh.lines.filter((l) => request.orders.includes(l.recipient.order));
    if (chosen.length === 0) throw new ValidationError([{ path: 'orders', message: 'Hãy chọn ít nhất một người, tập thể để in giấy khen.' }]);
    const problems: ValidationIssue[] = [];
    const awardName = awardTitleInfo(fresh.titleCode, effectiveSettings(await getWardProfile(db))).shortLabel;
    for (const line of chosen) {
      const who = `Số sổ vàng ${line.recipient.order} (${line.recipient.name})`;
      if (!line.template) problems.push({ path: 'orders', message: `${who}: chưa có mẫu giấy khen cho ${awardName} (${SUBJECT_KIND_LABELS[line.recipient.kind].toLocaleLowerCase('vi')}).` });
      const first = line.issued[0];
      if (first && !request.reason.trim()) {
        problems.push({ path: 'reason', message: `${who} đã in ngày ${formatDateShort(first.createdAt.slice(0, 10))}: in lại là cấp lại, hãy ghi lý do cấp lại.` });
      }
    }
    if (problems.length) throw new ValidationError(problems);
    const rows: CertificateIssue[] = [];
    for (const line of chosen) {
      const first = line.issued[0] ?? null;
      rows.push(
        await certificateIssueRepo.create(
          db,
          {
            decisionId: fresh.decision.id, decisionNumberText: fresh.decision.numberText, decisionDate: fresh.decision.date, year: fresh.decision.year,
            order: line.recipient.order, recipientName: line.recipient.name, subjectKind: line.recipient.kind, award: fresh.titleCode,
            output: request.output, printerName: request.printerName, reissueOfId: first?.id ?? null, reason: first ? request.reason : '',
          },
          { note: first ? `Cấp lại giấy khen số sổ vàng ${line.recipient.order}: ${request.reason.trim()}` : `In giấy khen số sổ vàng ${line.recipient.order}.` },
        ),
      );
    }
    return rows;
  });
}

/** The register of certificates, newest print first; within one moment by order number, a first issue before its re-issue. */
export async function certificateRegister(db: ThiDuaDb): Promise<CertificateIssue[]> {
  return (await db.certificates.toArray()).sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || a.order - b.order || Number(a.reissueOfId !== null) - Number(b.reissueOfId !== null),
  );
}

/** The national emblem the ward added (the latest kept), or null. */
export async function currentEmblem(db: ThiDuaDb): Promise<CertificateImage | null> {
  const rows = await db.certificateImages.where('kind').equals('emblem').filter((i) => i.archived === 0).toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

export function printersOf(db: ThiDuaDb): Promise<CertificatePrinter[]> {
  return db.certificatePrinters.filter((p) => p.archived === 0).toArray();
}

export function templatesOf(db: ThiDuaDb): Promise<CertificateTemplate[]> {
  return db.certificateTemplates.filter((t) => t.archived === 0).toArray();
}
