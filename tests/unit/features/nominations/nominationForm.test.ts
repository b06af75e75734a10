import { describe, expect, it } from 'vitest';
import { titleCatalogue } from '../../../../src-renderer/domain/titles';
import {
  emptyNominationForm, formPathOf, formToNominationInput, nominationFormSchemaFor, titleOptions,
} from '../../../../src-renderer/features/nominations/nominationForm';

const issuesOf = (value: unknown) =>
  Object.fromEntries((nominationFormSchemaFor().safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('nomination form', () => {
  it('offers each kind of nominee only the titles open to it (Luật TĐKT 2022 Đ19-20)', () => {
    const person = titleOptions('person').map((o) => o.value);
    expect(person).toContain('LDTT');
    expect(person).toContain('CSTDCS');
    expect(person).not.toContain('TTLDTT');
    expect(titleOptions('household').map((o) => o.value)).toEqual(['GIA_DINH_VAN_HOA', 'GIAY_KHEN', 'BANG_KHEN_TINH']);
    expect(emptyNominationForm(2026, 'unit').titleCode).toBe(titleOptions('unit')[0].value);
  });

  it('says plainly what is missing, next to the field', () => {
    const issues = issuesOf(emptyNominationForm(2026));
    expect(issues.personId).toBe('Phải chọn cá nhân được đề nghị.');
    expect(issues.proposingUnitId).toBe('Phải chọn đơn vị đề nghị.');
    const household = issuesOf({ ...emptyNominationForm(2026, 'household'), proposingUnitId: 'u1' });
    expect(household.householdName).toBe('Tên hộ gia đình không được để trống.');
    expect(household.householdAddress).toBe('Địa chỉ hộ gia đình không được để trống.');
  });

  it('refuses a title the kind of nominee cannot receive', () => {
    const issues = issuesOf({ ...emptyNominationForm(2026), personId: 'p1', proposingUnitId: 'u1', titleCode: 'TTLDTT' });
    expect(issues.titleCode).toBe('“Tập thể lao động tiên tiến” không xét cho đối tượng này.');
    const city = titleCatalogue({ provinceKind: 'city', wardWord: 'phường' });
    const flag = nominationFormSchemaFor(city).safeParse({ ...emptyNominationForm(2026), personId: 'p1', proposingUnitId: 'u1', titleCode: 'CO_THI_DUA_TINH' });
    expect(flag.error?.issues.map((i) => i.message)).toEqual(['“Cờ thi đua của Ủy ban nhân dân thành phố” không xét cho đối tượng này.']);
  });

  it('builds the repository input with the nominee in its own shape', () => {
    const person = nominationFormSchemaFor().parse({ ...emptyNominationForm(2026), personId: 'p1', proposingUnitId: 'u1', householdName: 'left over' });
    expect(formToNominationInput(person).nominee).toEqual({ kind: 'person', personId: 'p1' });
    expect(formToNominationInput(person)).not.toHaveProperty('householdName');
    const household = nominationFormSchemaFor().parse({
      ...emptyNominationForm(2026, 'household'), proposingUnitId: 'u1', householdName: ' Hộ ông Võ Hữu Nam ', householdAddress: 'Tổ dân phố 8',
    });
    expect(formToNominationInput(household).nominee).toEqual({ kind: 'household', name: 'Hộ ông Võ Hữu Nam', address: 'Tổ dân phố 8' });
  });

  it('maps the data layer’s nominee paths onto the form’s fields', () => {
    expect(formPathOf('nominee.personId')).toBe('personId');
    expect(formPathOf('nominee.name')).toBe('householdName');
    expect(formPathOf('titleCode')).toBe('titleCode');
  });
});
