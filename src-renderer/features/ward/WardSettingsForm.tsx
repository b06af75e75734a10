import { provinceLevelWord } from '../../domain/province';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { SETTING_REASONS, settingReference } from '../../domain/settings';
import { titleInfoFor } from '../../domain/titles';
import type { WardSettings } from '../../domain/settings';
import { getDb } from '../../data/db';
import { saveWardProfile } from '../../data/registers';
import type { WardProfile } from '../../data/schemas';
import { FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import type { Feedback } from '../../ui/useFeedback';
import { profileToForm } from './wardProfileForm';
import {
  NAME_SORT_ORDER_LABELS, settingsFormSchema, settingsOverridesFrom, settingsToForm, type SettingsFormOutput, type SettingsFormValues,
} from './settingsForm';

const NAME_SORT_OPTIONS = Object.entries(NAME_SORT_ORDER_LABELS).map(([value, label]) => ({ value, label }));

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 2 } as const;


/** The ward's rule settings (DOMAIN.md: what a province may set is data with a default). */
export function WardSettingsForm({
  profile, settings, feedback,
}: { profile: WardProfile; settings: WardSettings; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const { control, handleSubmit, formState, reset } = useForm<SettingsFormValues, unknown, SettingsFormOutput>({
    defaultValues: settingsToForm(settings),
    resolver: zodResolver(settingsFormSchema),
  });
  const salaries = useFieldArray({ control, name: 'baseSalaryHistory' });
  /** The reason of a setting and its reference under this ward's own regulation, shown under its field. */
  const why = (key: keyof WardSettings) => `${SETTING_REASONS[key].reason} (${settingReference(settings, key)})`;

  const save = async (values: SettingsFormOutput) => {
    try {
      await saveWardProfile(getDb(), {
        ...profileToForm(profile),
        settingsOverrides: settingsOverridesFrom(values, profile.settingsOverrides),
      }, { readVersion: profile.version });
      reset(values);
      feedback.notify('Đã lưu các thiết lập.');
    } catch (e) {
      feedback.fail(e);
    }
  };

  return (
    <Box component="form" onSubmit={handleSubmit(save)} noValidate aria-label="Thiết lập quy định">
      <Stack spacing={3}>
        <Typography variant="subtitle1" component="h2">
          Biểu quyết và họp Hội đồng
        </Typography>
        <Box sx={grid}>
          <FormNumberField control={control} name="ballotThresholds.CSTDCS" label="Ngưỡng phiếu CSTĐCS (%)" helperText={why('ballotThresholdPercent')} />
          <FormNumberField control={control} name="ballotThresholds.CSTD_TINH" label={`Ngưỡng phiếu ${titleInfoFor('CSTD_TINH', settings.naming).shortLabel} (%)`} />
          <FormNumberField control={control} name="ballotThresholds.CO_THI_DUA_TINH" label="Ngưỡng phiếu Cờ thi đua (%)" />
          <FormNumberField control={control} name="quorumNumerator" label="Tỷ lệ dự họp tối thiểu: tử số" helperText={why('quorumNumerator')} />
          <FormNumberField control={control} name="quorumDenominator" label="Tỷ lệ dự họp tối thiểu: mẫu số" />
          <FormNumberField control={control} name="awardSessionQuorumPercent" label="Tỷ lệ dự phiên xét khen thưởng (%)" helperText={why('awardSessionQuorumPercent')} />
        </Box>
        <Typography variant="subtitle1" component="h2">
          Tỷ lệ, chỉ tiêu và thời hạn
        </Typography>
        <Box sx={grid}>
          <FormNumberField control={control} name="cstdcsMaxShareOfLdtt" label="Tỷ lệ tối đa CSTĐCS/LĐTT (%)" helperText={why('cstdcsMaxShareOfLdtt')} />
          <FormNumberField control={control} name="memberLdttSharePercent" label="Tỷ lệ thành viên đạt LĐTT của tập thể (%)" helperText={why('memberLdttSharePercent')} />
          <FormNumberField control={control} name="publicNoticeDays" label="Số ngày công khai danh sách" helperText={why('publicNoticeDays')} />
          <FormNumberField control={control} name="goodDeedsDueDay" label="Ngày cuối nộp báo cáo Người tốt, việc tốt" helperText={why('goodDeedsDueDay')} />
          <FormNumberField control={control} name="goodDeedsYearlyTarget" label="Chỉ tiêu điển hình mỗi năm" helperText={why('goodDeedsYearlyTarget')} />
          <FormTextField control={control} name="upwardDeadline" label="Hạn gửi hồ sơ lên cấp trên (ngày/tháng)" helperText={why('upwardDeadline')} />
          <FormNumberField control={control} name="familyPublicNoticeDays" label="Số ngày niêm yết danh sách Gia đình văn hóa" helperText={why('familyPublicNoticeDays')} />
          <FormNumberField control={control} name="familyDecisionDays" label="Số ngày ra quyết định Gia đình văn hóa" helperText={why('familyDecisionDays')} />
          <FormTextField control={control} name="familyReviewDeadline" label="Ngày hoàn thành bình xét Gia đình văn hóa (ngày/tháng)" helperText={why('familyReviewDeadline')} />
        </Box>
        <Box sx={{ maxWidth: 640 }}>
          <FormTextField control={control} name="registrationRequiredBy" label={`Văn bản của ${provinceLevelWord(settings.naming.provinceKind)} yêu cầu đăng ký thi đua (trích dẫn, để trống nếu không có)`} helperText={why('registrationRequiredBy')} />
        </Box>
        <Typography variant="subtitle1" component="h2">
          Thứ tự tên trong danh sách
        </Typography>
        <Box sx={{ maxWidth: 640 }}>
          <FormSelectField control={control} name="nameSortOrder" label="Cách xếp họ tên cá nhân" options={NAME_SORT_OPTIONS} helperText={why('nameSortOrder')} />
        </Box>
        <Typography variant="subtitle1" component="h2">
          Mức lương cơ sở theo ngày hiệu lực
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {why('baseSalaryHistory')}
        </Typography>
        {salaries.fields.map((field, index) => (
          <Stack key={field.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 640 }}>
            <FormDateField control={control} name={`baseSalaryHistory.${index}.from`} label={`Áp dụng từ ngày (mức ${index + 1})`} />
            <FormNumberField control={control} name={`baseSalaryHistory.${index}.amount`} label="Mức lương cơ sở (đồng)" />
            <IconButton aria-label={`Xóa mức lương ${index + 1}`} onClick={() => salaries.remove(index)}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Box>
          <Button startIcon={<AddIcon />} onClick={() => salaries.append({ from: '', amount: 0 })}>
            Thêm mức lương cơ sở
          </Button>
        </Box>
        {formState.isSubmitting && <LinearProgress aria-label="Đang lưu" />}
        <Box>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Lưu thiết lập
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
