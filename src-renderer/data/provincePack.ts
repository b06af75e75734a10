/**
 * Province packs on the ward (docs/province-pack.md): read a pack file defensively, validate it whole,
 * say what it would change, apply it in one audited write, export the ward's rules as a pack for
 * other wards of the province. Nothing changes unless the whole pack is valid.
 */
import {
  PACK_SETTING_KEYS, PROVINCE_PACK_FORMAT, PROVINCE_PACK_FORMAT_VERSION, describePackChanges, type MovementQuota,
  type PackSettings, type ProvincePack,
} from '../domain/provincePack';
import { makeUpperLevel } from '../domain/settings';
import { searchKey } from '../domain/text';
import type { ThiDuaDb } from './db';
import { FileRejectedError, readJsonFile, type ReadLimits } from './fileFormat';
import { nowIso } from './ids';
import { effectiveSettings, getWardProfile, saveWardProfile } from './registers';
import { RefusedError, ValidationError } from './errors';
import { validateProvincePack, type PackValidation } from './schemas';
import type { WardProfile, WardProfileInput } from './schemas';

const refused = (reasons: string[]) => new ValidationError(reasons.map((message) => ({ path: '', message })));

const PACK_LIMITS: ReadLimits = { maxBytes: 2_000_000, maxDepth: 20, maxStringLength: 5_000 };

/** Bytes of a pack file → the pack, or every reason it is refused (Vietnamese). */
export function readProvincePack(bytes: Uint8Array | string): PackValidation {
  try {
    return validateProvincePack(readJsonFile(bytes, PACK_LIMITS, 'gói quy định'));
  } catch (e) {
    if (e instanceof FileRejectedError) return { ok: false, reasons: [e.message] };
    throw e;
  }
}

/** What the ward would see before a pack replaces its current one; refused when it is not newer. */
export type PackReplacement = { ok: true; changes: string[] } | { ok: false; reasons: string[] };

export function packReplacement(current: ProvincePack | undefined, next: ProvincePack): PackReplacement {
  const sameProvince = current && searchKey(current.province.name) === searchKey(next.province.name);
  if (sameProvince && next.revision < current.revision) {
    return { ok: false, reasons: [`Gói này (lần ${next.revision}) cũ hơn gói đang dùng (lần ${current.revision}); không thay thế.`] };
  }
  const changes = describePackChanges(current, next);
  if (sameProvince && changes.length === 0) return { ok: false, reasons: ['Gói này giống gói đang dùng; không có gì thay đổi.'] };
  return { ok: true, changes };
}

/** The profile as a form input (record fields dropped), for a write that changes only a few fields. */
function asInput(profile: WardProfile): WardProfileInput {
  const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, demo: _d, ...input } = profile;
  return input as WardProfileInput;
}

/**
 * Applies a pack: the regulation and the province's kind come from it, the upper bodies are named
 * for it when they follow the preset, and the ward's overrides of what the pack sets are dropped
 * (the new rules take effect; the change list said so). One audited write.
 */
export async function applyProvincePack(db: ThiDuaDb, pack: ProvincePack): Promise<WardProfile> {
  const checked = validateProvincePack(pack);
  if (!checked.ok) throw refused(checked.reasons);
  const profile = await getWardProfile(db);
  if (!profile) throw new RefusedError('notFound', 'Chưa có thông tin đơn vị; hãy nhập tên phường trước khi chọn quy định của tỉnh.');
  const replacement = packReplacement(profile.provincePack as ProvincePack | undefined, pack);
  if (!replacement.ok) throw refused(replacement.reasons);
  const overrides = Object.fromEntries(
    Object.entries(profile.settingsOverrides).filter(([key]) => !Object.hasOwn(pack.settings, key)),
  );
  const upper = profile.upperLevel;
  const renamed = upper.preset === 'province'
    ? (() => {
        const level = makeUpperLevel('province', pack.province.name, pack.province.kind);
        return { ...upper, councilName: level.councilName, authorityTitle: level.authority, recipientLine: level.authority, viaAgency: level.standingBody ?? '' };
      })()
    : upper;
  return saveWardProfile(db, {
    ...asInput(profile),
    province: pack.province.name,
    provinceKind: pack.province.kind,
    provinceRegulation: { ...pack.regulation },
    upperLevel: renamed,
    settingsOverrides: overrides,
    provincePack: pack,
  });
}

/**
 * The per-ward quotas of the pack in force replaced, as the province's plans set them (issue 20): the
 * pack with its new quotas is validated whole, so a bad quota is refused with its reason and nothing
 * changes. Quotas belong to a province's rules, so there must be a pack to hold them.
 */
export async function saveMovementQuotas(db: ThiDuaDb, quotas: readonly MovementQuota[]): Promise<WardProfile> {
  const profile = await getWardProfile(db);
  const pack = profile?.provincePack as ProvincePack | undefined;
  if (!profile || !pack) {
    throw new RefusedError('notFound', 'Chưa áp dụng gói quy định của tỉnh, thành phố; hãy chọn hoặc nhập gói trước khi đặt chỉ tiêu phong trào.');
  }
  const trimmed = quotas.map((q) => ({ movement: q.movement.trim(), quota: q.quota, unit: q.unit.trim(), citation: q.citation.trim() }));
  const checked = validateProvincePack({ ...pack, movementQuotas: trimmed });
  if (!checked.ok) throw refused(checked.reasons);
  return saveWardProfile(db, { ...asInput(profile), provincePack: checked.pack });
}

/** Back to the national defaults: the pack goes; the regulation stays as the ward's own data. */
export async function removeProvincePack(db: ThiDuaDb): Promise<WardProfile> {
  const profile = await getWardProfile(db);
  if (!profile) throw new RefusedError('notFound', 'Chưa có thông tin đơn vị.');
  const { provincePack: _pack, ...input } = asInput(profile);
  return saveWardProfile(db, { ...input, provincePack: undefined });
}

/**
 * The ward's rules as a pack for the other wards of its province: the current pack (if any) with the
 * ward's adjustments of what a pack sets, its regulation, the next revision. Refused without a regulation.
 */
export function packFromProfile(profile: WardProfile, today: string = nowIso().slice(0, 10)): ProvincePack {
  const regulation = profile.provinceRegulation;
  if (!regulation) {
    throw refused(['Hãy nhập quy chế thi đua, khen thưởng của tỉnh (số, ngày, cơ quan ban hành, trích yếu) ở “Thông tin chung” trước khi xuất gói.']);
  }
  const current = profile.provincePack as ProvincePack | undefined;
  const rules = effectiveSettings(profile);
  const settings: PackSettings = { ...current?.settings };
  for (const key of PACK_SETTING_KEYS) {
    if (Object.hasOwn(profile.settingsOverrides, key)) Object.assign(settings, { [key]: rules[key] });
  }
  const pack: ProvincePack = {
    format: PROVINCE_PACK_FORMAT,
    formatVersion: PROVINCE_PACK_FORMAT_VERSION,
    province: { name: profile.province || current?.province.name || '', kind: rules.naming.provinceKind },
    revision: (current?.revision ?? 0) + 1,
    issuedOn: today,
    regulation: { ...regulation },
    verificationNote: current?.verificationNote ?? '',
    citations: { ...current?.citations },
    settings,
    titleDeadlines: { ...current?.titleDeadlines },
    submission: current?.submission ?? { channel: profile.upperLevel.viaAgency || profile.upperLevel.councilName || 'Gửi cấp trên theo quy định.', formats: ['paper', 'docx', 'pdf'] },
    localTitles: current?.localTitles ?? [],
    movementQuotas: current?.movementQuotas ?? [],
  };
  const checked = validateProvincePack(pack);
  if (!checked.ok) throw refused(checked.reasons.map((r) => `Không xuất được gói: ${r}`));
  return pack;
}

/** "goi-quy-dinh-khanh-hoa-lan-2.json". */
export function packFileName(pack: ProvincePack): string {
  return `goi-quy-dinh-${searchKey(pack.province.name).replace(/[^a-z0-9]+/g, '-')}-lan-${pack.revision}.json`;
}
