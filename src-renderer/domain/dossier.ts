/**
 * Dossier checklist (thành phần hồ sơ) of a nomination: which parts are present, which are missing,
 * which the app can generate (Luật TĐKT 2022 Đ84.1; parts per kind are settings, DOMAIN.md §5).
 */
import type { DossierPart, WardSettings } from './settings';
import type { TitleCode } from './vocabulary';

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

export function checkDossier(
  titleCode: TitleCode,
  presentPartIds: readonly string[],
  settings: Pick<WardSettings, 'dossierChecklists'>,
): DossierStatus {
  const parts = (settings.dossierChecklists[titleCode] ?? []).map((p) => ({ ...p, present: presentPartIds.includes(p.id) }));
  const missing = parts.filter((p) => p.required && !p.present);
  return {
    parts,
    missing,
    generatableMissing: missing.filter((p) => p.generatable),
    complete: missing.length === 0,
  };
}
