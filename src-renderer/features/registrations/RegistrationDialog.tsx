import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { REGISTRATION_STATE_LABELS } from '../../domain/registration';
import { TITLES } from '../../domain/titles';
import { formatNumber } from '../../domain/text';
import { TITLE_CODES } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { useTitles } from '../../data/hooks';
import { parseTabular } from '../../data/imports/tabular';
import { attachFile, attachedFileBytes, importRegistrationEntries, previewRegistrationEntries, registrationRepo } from '../../data/registrations';
import type { EntryRow } from '../../data/registrations';
import { REGISTRATION_STATES, registrationInputSchema } from '../../data/schemas';
import type { Registration, RegistrationInput, Unit } from '../../data/schemas';
import { platform } from '../../platform';
import { FilePickButton } from '../../ui/FilePickButton';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/formFields';
import { describeError } from '../../ui/errors';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';

type RegistrationOutput = z.output<typeof registrationInputSchema>;

const STATE_OPTIONS = REGISTRATION_STATES.map((s) => ({ value: s, label: REGISTRATION_STATE_LABELS[s] }));

function toForm(unit: Unit, year: number, r: Registration | null): RegistrationInput {
  return r
    ? {
        unitId: r.unitId, year: r.year, entries: r.entries.map((e) => ({ ...e })), commitments: r.commitments, minutes: r.minutes,
        state: r.state, receivedOn: r.receivedOn, returnReason: r.returnReason, note: r.note,
      }
    : { unitId: unit.id, year, entries: [], commitments: '', minutes: null, state: 'draft', receivedOn: null, returnReason: '', note: '' };
}

/** A person's title is registered for a person, any other for a collective: the title says which. */
const subjectKindOf = (titleCode: RegistrationOutput['entries'][number]['titleCode']) =>
  TITLES[titleCode].subjectKinds.includes('person') ? ('person' as const) : ('collective' as const);

/** One unit's registration for the year: its titles, commitments, the meeting's minutes and its state. */
export function RegistrationDialog({
  unit, year, registration, onClose, onSaved, onError,
}: {
  unit: Unit;
  year: number;
  registration: Registration | null;
  onClose: () => void;
  onSaved: (message: string) => void;
  onError: (error: unknown) => void;
}) {
  const titles = useTitles();
  const titleOptions = TITLE_CODES.map((code) => ({ value: code, label: titles[code].label }));
  const { control, handleSubmit, setError, formState, reset, setValue } = useForm<RegistrationInput, unknown, RegistrationOutput>({
    defaultValues: toForm(unit, year, registration),
    resolver: zodResolver(registrationInputSchema),
  });
  const entries = useFieldArray({ control, name: 'entries' });
  const state = useWatch({ control, name: 'state' });
  const minutes = useWatch({ control, name: 'minutes' });
  const [importProblems, setImportProblems] = useState<{ fileName: string; rows: EntryRow[] } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const edited = useEditedRecord(registration, registrationRepo, (fresh) => reset(toForm(unit, year, fresh)));
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: RegistrationOutput) => {
    const input = { ...values, entries: values.entries.map((e) => ({ ...e, subjectKind: subjectKindOf(e.titleCode) })) };
    if (edited.read) await registrationRepo.update(getDb(), edited.read, input);
    else await registrationRepo.create(getDb(), input);
    onSaved(`Đã lưu đăng ký thi đua năm ${year} của ${unit.name}.`);
  }, { reload: edited.reload });

  const importList = async (file: File) => {
    setImportProblems(null);
    try {
      const rows = await previewRegistrationEntries(getDb(), unit.id, await parseTabular(new Uint8Array(await file.arrayBuffer()), file.name));
      if (rows.some((r) => r.errors.length > 0)) {
        setImportProblems({ fileName: file.name, rows: rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0) });
        return;
      }
      await importRegistrationEntries(getDb(), unit.id, year, rows, file.name);
      const warned = rows.filter((r) => r.warnings.length > 0).length;
      onSaved(`Đã nhập ${formatNumber(rows.length)} dòng đăng ký từ tệp “${file.name}” cho ${unit.name}${warned > 0 ? ` (${warned} dòng chỉ lưu họ tên, chưa có trong danh sách cá nhân)` : ''}.`);
    } catch (e) {
      onError(e);
      setImportProblems({ fileName: file.name, rows: [{ line: 0, errors: [describeError(e)], warnings: [] }] });
    }
  };

  const attachMinutes = async (file: File) => {
    setFileError(null);
    try {
      setValue('minutes', await attachFile(new Uint8Array(await file.arrayBuffer()), file.name, file.type), { shouldDirty: true });
    } catch (e) {
      setFileError(describeError(e));
    }
  };

  const openMinutes = async () => {
    if (!minutes) return;
    try {
      await platform().bridge.saveFile({ suggestedName: minutes.name, bytes: attachedFileBytes(minutes) });
    } catch (e) {
      setFileError(describeError(e));
    }
  };

  return (
    <FormDialog open title={`Đăng ký thi đua năm ${year} — ${unit.name}`} onClose={onClose} {...submit} maxWidth="lg">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 2fr' }, gap: 2 }}>
        <FormSelectField control={control} name="state" label="Tình trạng" options={STATE_OPTIONS} />
        <FormDateField control={control} name="receivedOn" label="Ngày nhận" required={state === 'received'} />
        {state === 'returned' && <FormTextField control={control} name="returnReason" label="Lý do trả lại" required />}
      </Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
          Danh hiệu đăng ký ({entries.fields.length})
        </Typography>
        <FilePickButton accept=".xlsx,.csv" inputLabel="Chọn tệp danh sách đăng ký" startIcon={<UploadFileIcon />} onFile={(f) => void importList(f)}>
          Nhập danh sách từ Excel
        </FilePickButton>
        <Button startIcon={<AddIcon />} onClick={() => entries.append({ subjectKind: 'person', personId: null, name: '', titleCode: 'LDTT' })}>
          Thêm dòng
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        Tệp Excel hoặc CSV có cột “Họ và tên / Tên tập thể”, “Danh hiệu đăng ký” và có thể có “Năm sinh”. Tệp còn dòng lỗi thì không lưu gì.
      </Typography>
      {importProblems && (
        <Alert severity="error" onClose={() => setImportProblems(null)} data-testid="registration-import-errors">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Chưa nhập tệp “{importProblems.fileName}”: hãy sửa các dòng sau rồi nhập lại.
          </Typography>
          {importProblems.rows.map((r) => (
            <Typography key={r.line} variant="body2">
              {r.line > 0 ? `Dòng ${r.line}: ` : ''}
              {[...r.errors, ...r.warnings].join(' ')}
            </Typography>
          ))}
        </Alert>
      )}
      {entries.fields.map((field, index) => (
        <Stack key={field.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <FormTextField control={control} name={`entries.${index}.name`} label={`Họ và tên / Tên tập thể (dòng ${index + 1})`} required />
          <FormSelectField control={control} name={`entries.${index}.titleCode`} label="Danh hiệu đăng ký" options={titleOptions} />
          <IconButton aria-label={`Xóa dòng ${index + 1}`} onClick={() => entries.remove(index)}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <FormTextField control={control} name="commitments" label="Nội dung cam kết" multiline minRows={2} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2">
          Biên bản họp đơn vị: {minutes ? `${minutes.name} (${formatNumber(Math.ceil(minutes.size / 1024))} KB)` : 'chưa đính kèm'}
        </Typography>
        <FilePickButton accept=".pdf,.doc,.docx,.jpg,.jpeg,.png" inputLabel="Chọn tệp biên bản họp" startIcon={<AttachFileIcon />} onFile={(f) => void attachMinutes(f)}>
          {minutes ? 'Thay tệp' : 'Đính kèm biên bản'}
        </FilePickButton>
        {minutes && <Button onClick={() => void openMinutes()}>Tải biên bản về máy</Button>}
        {minutes && <Button color="warning" onClick={() => setValue('minutes', null, { shouldDirty: true })}>Bỏ tệp</Button>}
      </Stack>
      {fileError && <Alert severity="error">{fileError}</Alert>}
      <FormTextField control={control} name="note" label="Ghi chú" />
    </FormDialog>
  );
}
