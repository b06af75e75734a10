/**
 * Editing the dossier checklists per title (thành phần hồ sơ): provinces set ward-level dossiers
 * (NĐ 152/2025 Đ6.2.c), so the defaults of Luật TĐKT 2022 Đ84.1 are a starting point the ward adapts.
 */
import { defaultDossierChecklists } from '../../domain/settings';
import type { DossierPart, WardSettings } from '../../domain/settings';
import type { TitleCode } from '../../domain/vocabulary';
import type { ProvinceKind } from '../../domain/province';

/** A part the ward adds itself; the app cannot produce it, so it is never "generatable". */
export function addPart(parts: readonly DossierPart[], label: string, required = true): DossierPart[] {
  const taken = new Set(parts.map((p) => p.id));
  let n = 1;
  while (taken.has(`rieng-${n}`)) n += 1;
  return [...parts, { id: `rieng-${n}`, label: label.trim(), required, generatable: false }];
}

/** What stops saving a checklist, in Vietnamese; null when it can be saved. */
export function checklistProblem(parts: readonly DossierPart[]): string | null {
  if (parts.some((p) => !p.label.trim())) return 'Tên thành phần hồ sơ không được để trống.';
  const labels = parts.map((p) => p.label.trim().normalize('NFC').toLocaleLowerCase('vi'));
  if (new Set(labels).size !== labels.length) return 'Có hai thành phần hồ sơ trùng tên.';
  return null;
}

/**
 * The overrides to store with one title's checklist replaced. The whole record is stored because the
 * settings merge is shallow: a partial record would leave the other titles without a checklist.
 */
export function checklistOverrides(
  previous: Record<string, unknown>,
  current: WardSettings['dossierChecklists'],
  titleCode: TitleCode,
  parts: readonly DossierPart[],
): Record<string, unknown> {
  const trimmed = parts.map((p) => ({ ...p, label: p.label.trim() }));
  return { ...previous, dossierChecklists: { ...structuredClone(current), [titleCode]: trimmed } };
}

export function isDefaultChecklist(titleCode: TitleCode, parts: readonly DossierPart[], provinceKind: ProvinceKind): boolean {
  return JSON.stringify(parts) === JSON.stringify(defaultDossierChecklists(provinceKind)[titleCode]);
}
