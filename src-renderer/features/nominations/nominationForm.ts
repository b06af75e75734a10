/**
 * Pure logic of the nomination form: empty values per kind of nominee, the titles open to that kind
 * (DOMAIN.md §2-3), and the record ↔ form conversions.
 */
import { z } from 'zod';
import { titleCatalogue, titlesForSubject, type TitleCatalogue } from '../../domain/titles';
import { isLocalCode, type AwardCode, type SubjectKind } from '../../domain/vocabulary';
import { nominationInputSchema, nomineeSubjectFields } from '../../data/schemas';
import type { Nomination, NominationInput } from '../../data/schemas';

/** Form values: the nominee's three shapes side by side so switching kind keeps what was typed. */
export interface NominationFormValues extends Omit<NominationInput, 'nominee'> {
  nomineeKind: SubjectKind;
  personId: string | null;
  unitId: string | null;
  householdName: string;
  householdAddress: string;
}

/** Titles a nominee kind can be proposed for, in the catalogue's order: the national ones, then the province pack's own. */
export function titleOptions(kind: SubjectKind, titles: TitleCatalogue = titleCatalogue()): { value: AwardCode; label: string }[] {
  return Object.values(titles).filter((t) => t.subjectKinds.includes(kind)).map((t) => ({ value: t.code, label: t.label }));
}

export function emptyNominationForm(year: number, kind: SubjectKind = 'person'): NominationFormValues {
  return {
    nomineeKind: kind,
    personId: null,
    unitId: null,
    householdName: '',
    householdAddress: '',
    year,
    titleCode: titlesForSubject(kind)[0],
    awardKind: 'cong_trang',
    proposingUnitId: '',
    movementId: null,
    achievementSummary: '',
    achievementRef: '',
    initiatives: [],
    unitStats: null,
    judgements: [],
    holds: [],
    dossier: {},
    note: '',
  };
}

export function nominationToForm(n: Nomination): NominationFormValues {
  return {
    nomineeKind: n.nominee.kind,
    ...nomineeSubjectFields(n.nominee),
    year: n.year,
    titleCode: n.titleCode,
    awardKind: n.awardKind,
    proposingUnitId: n.proposingUnitId,
    movementId: n.movementId,
    achievementSummary: n.achievementSummary,
    achievementRef: n.achievementRef,
    initiatives: n.initiatives.map((i) => ({ ...i })),
    unitStats: n.unitStats ? { ...n.unitStats } : null,
    judgements: n.judgements.map((j) => ({ ...j })),
    holds: n.holds.map((h) => ({ ...h })),
    dossier: n.dossier,
    note: n.note,
  };
}

const picked = (message: string) => z.string({ error: message }).min(1, message);

/**
 * The form's schema: plain messages when nothing is picked yet, the title checked against the kind of
 * nominee (named as the ward names it: "… thành phố" in a centrally-run city), then the data schema's
 * own shape for the nominee.
 */
export const nominationFormSchemaFor = (titles: TitleCatalogue = titleCatalogue()) => nominationInputSchema
  .omit({ nominee: true })
  .extend({
    nomineeKind: z.enum(['person', 'unit', 'household']),
    personId: z.string().nullable(),
    unitId: z.string().nullable(),
    householdName: z.string(),
    householdAddress: z.string(),
    proposingUnitId: picked('Phải chọn đơn vị đề nghị.'),
  })
  .superRefine((v, ctx) => {
    if (v.nomineeKind === 'person' && !v.personId) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Phải chọn cá nhân được đề nghị.' });
    if (v.nomineeKind === 'unit' && !v.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Phải chọn tập thể được đề nghị.' });
    if (v.nomineeKind === 'household') {
      if (!v.householdName.trim()) ctx.addIssue({ code: 'custom', path: ['householdName'], message: 'Tên hộ gia đình không được để trống.' });
      if (!v.householdAddress.trim()) ctx.addIssue({ code: 'custom', path: ['householdAddress'], message: 'Địa chỉ hộ gia đình không được để trống.' });
    }
    // A province's own title is checked against its pack by the data layer.
    if (!isLocalCode(v.titleCode) && !titles[v.titleCode].subjectKinds.includes(v.nomineeKind)) {
      ctx.addIssue({ code: 'custom', path: ['titleCode'], message: `“${titles[v.titleCode].label}” không xét cho đối tượng này.` });
    }
  });

export type NominationFormOutput = z.output<ReturnType<typeof nominationFormSchemaFor>>;

/** Form output → the repository's input. */
export function formToNominationInput(v: NominationFormOutput): NominationInput {
  const { nomineeKind, personId, unitId, householdName, householdAddress, ...rest } = v;
  const nominee: NominationInput['nominee'] =
    nomineeKind === 'person'
      ? { kind: 'person', personId: personId ?? '' }
      : nomineeKind === 'unit'
        ? { kind: 'unit', unitId: unitId ?? '' }
        : { kind: 'household', name: householdName.trim(), address: householdAddress.trim() };
  return { ...rest, nominee };
}

/** Where a data-layer issue on the nominee shows in this form. */
export function formPathOf(dataPath: string): string {
  if (dataPath === 'nominee.personId') return 'personId';
  if (dataPath === 'nominee.unitId') return 'unitId';
  if (dataPath === 'nominee.name') return 'householdName';
  if (dataPath === 'nominee.address') return 'householdAddress';
  return dataPath;
}
