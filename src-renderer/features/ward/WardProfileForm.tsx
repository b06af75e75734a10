import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import AddIcon from '@mui/icons-material/Add';
import { UPPER_LEVEL_PRESETS } from '../../domain/settings';
import { provinceKindOf, provinceLevelWord } from '../../domain/province';
import { getDb } from '../../data/db';
import { saveWardProfile } from '../../data/registers';
import type { WardProfile } from '../../data/schemas';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/formFields';
import { describeError } from '../../ui/errors';
import {
  BLANK_REGULATION, upperLevelFromPreset, wardProfileResolver, type UpperLevelPreset, type WardProfileFormOutput, type WardProfileFormValues,
} from './wardProfileForm';

const PRESET_OPTIONS: { value: UpperLevelPreset; label: string }[] = [
  { value: 'province', label: UPPER_LEVEL_PRESETS.province.label },
  { value: 'town', label: UPPER_LEVEL_PRESETS.town.label },
  { value: 'custom', label: 'Tự nhập' },
];

const PROVINCE_KIND_OPTIONS = [
  { value: 'province', label: 'Tỉnh' },
  { value: 'city', label: 'Thành phố trực thuộc trung ương' },
];

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 } as const;

export interface WardProfileFormProps {
  initial: WardProfileFormValues;
  /** Version of the profile the form shows (null: none yet); a newer save elsewhere refuses this one. */
  readVersion: number | null;
  /** First run: only the name, province and upper level; the rest is derived and editable later. */
  compact?: boolean;
  submitLabel?: string;
  onSaved?: (profile: WardProfile) => void;
}

/** The ward profile (thông tin đơn vị, SPEC §1): header lines, upper level, signatories. */
export function WardProfileForm({ initial, readVersion, compact = false, submitLabel = 'Lưu thông tin', onSaved }: WardProfileFormProps) {
  const { control, handleSubmit, getValues, setValue, watch, reset, formState } = useForm<
    WardProfileFormValues, unknown, WardProfileFormOutput
  >({
    defaultValues: { ...initial, provinceRegulation: initial.provinceRegulation ?? { ...BLANK_REGULATION } },
    resolver: wardProfileResolver,
  });
  const viceChairs = useFieldArray({ control, name: 'viceChairs' });
  const [error, setError] = useState<string | null>(null);
  const preset = watch('upperLevel.preset');
  const province = watch('province') ?? '';
  const chosenKind = watch('provinceKind');
  const provinceKind = chosenKind ?? provinceKindOf(province);
  const level = provinceLevelWord(provinceKind);

  const choosePreset = (value: UpperLevelPreset) => {
    const texts = upperLevelFromPreset(value, getValues('province') ?? '', provinceKind, getValues('upperLevel.address') ?? '');
    setValue('upperLevel', texts, { shouldDirty: true });
  };

  const save = async (values: WardProfileFormOutput) => {
    setError(null);
    try {
      const saved = await saveWardProfile(getDb(), values, { readVersion });
      reset(values);
      onSaved?.(saved);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Box component="form" onSubmit={handleSubmit(save)} noValidate aria-label="Thông tin đơn vị">
      <Stack spacing={3}>
        <Box sx={twoColumns}>
          <FormTextField control={control} name="name" label="Tên phường/xã" required autoFocus placeholder="Phường …" helperText="Ghi cả chữ “Phường” hoặc “Xã” trước tên." />
          <FormTextField control={control} name="province" label="Tỉnh/thành phố" placeholder="Tên tỉnh hoặc thành phố trực thuộc trung ương" />
          <FormSelectField
            control={control} name="provinceKind" label="Cấp trên trực tiếp là" options={PROVINCE_KIND_OPTIONS}
            emptyLabel={`Tự nhận biết theo tên (${provinceKind === 'city' ? 'thành phố' : 'tỉnh'})`}
            helperText={`Tên cơ quan, danh hiệu ghi “${level}”, ví dụ “Bằng khen của Chủ tịch Ủy ban nhân dân ${level}”.`}
          />
        </Box>
        {!compact && (
          <>
            <Typography variant="subtitle1" component="h2">
              Tiêu đề văn bản
            </Typography>
            <Box sx={twoColumns}>
              <FormTextField control={control} name="headerParent" label="Tên cơ quan chủ quản (dòng trên)" />
              <FormTextField control={control} name="headerIssuer" label="Tên cơ quan ban hành (dòng dưới)" helperText="Để trống để tự điền theo tên phường." />
              <FormTextField control={control} name="councilName" label="Tên Hội đồng" helperText="Để trống để tự điền." />
              <FormTextField control={control} name="placeName" label="Địa danh ghi ngày tháng" helperText="Tên phường không có chữ “phường”, trừ phường mang số (NĐ 30/2020). Để trống để tự điền." />
            </Box>
            <Typography variant="subtitle1" component="h2">
              Quy chế thi đua, khen thưởng của {level}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Văn bản được viện dẫn trong phần căn cứ của quyết định, tờ trình và bên cạnh các quy định trên màn hình. Để trống nếu chưa có; khi đó ghi “Quy chế làm việc của Hội đồng”.
            </Typography>
            <Box sx={twoColumns}>
              <FormTextField control={control} name="provinceRegulation.number" label="Số quyết định ban hành quy chế" placeholder="Số/năm/QĐ-UBND" />
              <FormDateField control={control} name="provinceRegulation.date" label="Ngày ban hành quy chế" />
              <FormTextField control={control} name="provinceRegulation.issuer" label="Cơ quan ban hành quy chế" placeholder={`Ủy ban nhân dân ${level} …`} />
              <FormTextField control={control} name="provinceRegulation.title" label="Trích yếu quy chế" placeholder="Ban hành Quy chế công tác thi đua, khen thưởng …" />
            </Box>
          </>
        )}
        <Typography variant="subtitle1" component="h2">
          Cấp trên nhận hồ sơ đề nghị
        </Typography>
        <Box sx={twoColumns}>
          <Box>
            <FormSelectField control={control} name="upperLevel.preset" label="Mẫu cấp trên" options={PRESET_OPTIONS} />
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              {PRESET_OPTIONS.filter((o) => o.value !== 'custom').map((o) => (
                <Button key={o.value} size="small" variant={preset === o.value ? 'contained' : 'outlined'} onClick={() => choosePreset(o.value)}>
                  Điền theo mẫu {o.value === 'province' ? level : 'thị xã'}
                </Button>
              ))}
            </Stack>
            {preset !== 'custom' && (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
                {UPPER_LEVEL_PRESETS[preset].note}
              </Typography>
            )}
          </Box>
          {!compact && (
            <>
              <FormTextField control={control} name="upperLevel.councilName" label="Hội đồng cấp trên" />
              <FormTextField control={control} name="upperLevel.authorityTitle" label="Người có thẩm quyền khen thưởng" />
              <FormTextField control={control} name="upperLevel.recipientLine" label="Dòng “Kính gửi”" />
              <FormTextField control={control} name="upperLevel.viaAgency" label="Cơ quan thường trực (nơi nhận hồ sơ)" />
              <FormTextField control={control} name="upperLevel.address" label="Địa chỉ nhận hồ sơ của cấp trên" />
            </>
          )}
        </Box>
        {!compact && (
          <>
            <Typography variant="subtitle1" component="h2">
              Người ký văn bản
            </Typography>
            <Box sx={twoColumns}>
              <FormTextField control={control} name="chairman.name" label="Chủ tịch UBND: họ và tên" />
              <FormTextField control={control} name="chairman.title" label="Chủ tịch UBND: chức danh" />
              <FormTextField control={control} name="standingMember.name" label="Ủy viên thường trực Hội đồng: họ và tên" />
              <FormTextField control={control} name="standingMember.title" label="Ủy viên thường trực: chức danh" />
            </Box>
            {viceChairs.fields.map((field, index) => (
              <Stack key={field.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <FormTextField control={control} name={`viceChairs.${index}.name`} label={`Phó Chủ tịch ${index + 1}: họ và tên`} />
                <FormTextField control={control} name={`viceChairs.${index}.title`} label="Chức danh" />
                <IconButton aria-label={`Xóa Phó Chủ tịch ${index + 1}`} onClick={() => viceChairs.remove(index)}>
                  <DeleteIcon />
                </IconButton>
              </Stack>
            ))}
            <Box>
              <Button startIcon={<AddIcon />} onClick={() => viceChairs.append({ name: '', title: 'Phó Chủ tịch' })}>
                Thêm Phó Chủ tịch
              </Button>
            </Box>
          </>
        )}
        {error && (
          <Typography color="error" role="alert">
            {error}
          </Typography>
        )}
        {formState.isSubmitting && <LinearProgress aria-label="Đang lưu" />}
        <Box>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {submitLabel}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
