import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import {
  settingsFormSchema, settingsOverridesFrom, settingsToForm, toSettings,
} from '../../../../src-renderer/features/ward/settingsForm';

const defaults = () => settingsToForm(DEFAULT_SETTINGS);

describe('settings form', () => {
  it('shows the defaults, with the upward deadline as day/month', () => {
    const form = defaults();
    expect(form.ballotThresholds.CSTDCS).toBe(80);
    expect(form.upwardDeadline).toBe('10/12');
    expect(settingsFormSchema.safeParse(form).success).toBe(true);
  });

  it('round-trips the defaults unchanged', () => {
    const parsed = settingsFormSchema.parse(defaults());
    expect(toSettings(parsed, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('puts the domain’s quorum check next to the numerator', () => {
    const result = settingsFormSchema.safeParse({ ...defaults(), quorumNumerator: 4, quorumDenominator: 3 });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'quorumNumerator');
    expect(issue?.message).toBe('Tỷ lệ dự họp phải là phân số dương không lớn hơn 1 (ví dụ 2/3).');
  });

  it('refuses a threshold out of (0; 100] and a malformed deadline, in Vietnamese', () => {
    const result = settingsFormSchema.safeParse({ ...defaults(), ballotThresholds: { ...defaults().ballotThresholds, CSTDCS: 0 }, upwardDeadline: '31-12' });
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Ngưỡng phiếu CSTĐCS phải lớn hơn 0.');
    expect(messages).toContain('Mốc ngày phải có dạng ngày/tháng, ví dụ 10/12.');
  });

  it('refuses two base salaries from the same day', () => {
    const form = defaults();
    const result = settingsFormSchema.safeParse({ ...form, baseSalaryHistory: [form.baseSalaryHistory[0], form.baseSalaryHistory[0]] });
    expect(result.error?.issues.map((i) => i.message)).toContain(
      'Mức lương cơ sở phải dương và xếp theo ngày hiệu lực tăng dần, không trùng ngày.',
    );
  });

  it('stores the edited settings and keeps the other overrides', () => {
    const parsed = settingsFormSchema.parse({
      ...defaults(),
      upwardDeadline: '5/12',
      cstdcsMaxShareOfLdtt: 15,
      baseSalaryHistory: [{ from: '2026-07-01', amount: 2_530_000 }, { from: '2024-07-01', amount: 2_340_000 }],
    });
    const overrides = settingsOverridesFrom(parsed, { documentNumbering: 'perIssuer' });
    expect(overrides.documentNumbering).toBe('perIssuer');
    expect(overrides.upwardDeadline).toBe('12-05');
    expect(overrides.cstdcsMaxShareOfLdtt).toBe(15);
    expect(overrides.baseSalaryHistory).toEqual([{ from: '2024-07-01', amount: 2_340_000 }, { from: '2026-07-01', amount: 2_530_000 }]);
  });

  it('stores the name sort order chosen', () => {
    const parsed = settingsFormSchema.parse({ ...defaults(), nameSortOrder: 'givenFamilyMiddle' });
    expect(settingsOverridesFrom(parsed, {}).nameSortOrder).toBe('givenFamilyMiddle');
    expect(settingsFormSchema.safeParse({ ...defaults(), nameSortOrder: 'family' }).success).toBe(false);
  });
});
