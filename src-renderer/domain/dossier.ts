/**
 * Dossier checklist (thành phần hồ sơ) of a nomination: which parts are present, which are missing,
 * which the app can generate (Luật TĐKT 2022 Đ84.1; parts per kind are settings, DOMAIN.md §5).
 */
import type { DossierPart, WardSettings } from './settings';
import { localTitleFor } from './titles';
import { isLocalCode, type AwardCode } from './vocabulary';

export interface DossierPartStatus extends DossierPart {
  present: boolean;
}

export interface DossierStatus {
  parts: DossierPartStatus[];
  /** Required parts not yet present. */
  missing: DossierPart[];
  /** Missing parts the app can produce now. */
  generatableMissing: DossierPart[];
  complete: boolean;
}

/**
 * The parts of a title's dossier. A province's own title takes the dossier of the national form at
 * its level — Giấy khen when the ward chairman confers it, Bằng khen when proposed upward — as the
 * pack sets no parts of its own.
 */
export function dossierPartsFor(
  titleCode: AwardCode, settings: Pick<WardSettings, 'dossierChecklists'> & Partial<Pick<WardSettings, 'localTitles'>>,
): DossierPart[] {
  if (!isLocalCode(titleCode)) return settings.dossierChecklists[titleCode] ?? [];
  const local = localTitleFor(titleCode, { localTitles: settings.localTitles ?? [] });
  return settings.dossierChecklists[local?.conferredBy === 'upward' ? 'BANG_KHEN_TINH' : 'GIAY_KHEN'] ?? [];
}

export function checkDossier(
  titleCode: AwardCode,
  presentPartIds: readonly string[],
  settings: Pick<WardSettings, 'dossierChecklists'> & Partial<Pick<WardSettings, 'localTitles'>>,
): DossierStatus {
  const parts = dossierPartsFor(titleCode, settings).map((p) => ({ ...p, present: presentPartIds.includes(p.id) }));
  const missing = parts.filter((p) => p.required && !p.present);
  return {
    parts,
    missing,
    generatableMissing: missing.filter((p) => p.generatable),
    complete: missing.length === 0,
  };
}
