import { useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { GridColDef } from '@mui/x-data-grid';
import { formatDateShort, matchesSearch, searchKey } from '../../domain/text';
import { getDb } from '../../data/db';
import { movementRepo, renameMovement } from '../../data/registers';
import { useMovements, useUnits, useWardProfile } from '../../data/hooks';
import { MOVEMENT_FORMS, MOVEMENT_STATUSES, movementInputSchema } from '../../data/schemas';
import {
  MOVEMENT_FORM_LABELS, MOVEMENT_PLAN_PARTS, MOVEMENT_PLAN_PART_LABELS, planGapsMessage, quotaAmount, quotasFor, type MovementPlan,
} from '../../domain/movementPlan';
import { provinceLevelWord, regulationArticleReference } from '../../domain/province';
import type { MovementQuota, ProvincePack } from '../../domain/provincePack';
import { DocumentActions } from '../documents/DocumentActions';
import type { Movement, MovementInput } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/formFields';
import { FormUnitField } from '../../ui/RecordPickers';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { todayIso } from '../../ui/formValues';
import { viTextColumn } from '../../ui/gridColumns';
import { useFeedback } from '../../ui/useFeedback';
import { ArchiveActions } from './ArchiveActions';
import { indexById } from './listLogic';

type MovementOutput = z.output<typeof movementInputSchema>;
type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = {
  planned: 'Sắp phát động',
  active: 'Đang triển khai',
  closed: 'Đã tổng kết',
};
const STATUS_OPTIONS = MOVEMENT_STATUSES.map((s) => ({ value: s, label: MOVEMENT_STATUS_LABELS[s] }));
const FORM_OPTIONS = MOVEMENT_FORMS.map((f) => ({ value: f, label: MOVEMENT_FORM_LABELS[f] }));
/** What each part of the plan asks for, under its field (Luật TĐKT 2022 Điều 17.1). */
const PART_HINTS: Record<keyof MovementPlan, string> = {
  objectives: 'Phong trào nhằm đạt điều gì.',
  scope: 'Địa bàn, lĩnh vực phong trào triển khai.',
  participants: 'Tập thể, cá nhân, hộ gia đình tham gia.',
  contentAndCriteria: 'Nội dung thi đua và tiêu chí đánh giá. Dòng bắt đầu bằng “-” in thành gạch đầu dòng.',
  timeline: 'Các mốc phát động, sơ kết, tổng kết.',
  measures: 'Cách triển khai, phân công các đơn vị, khen thưởng.',
};
const ALL = 'all';

/** "Số 12/KH-UBND ngày 05/3/2026 của UBND phường" — how a launching document is cited. */
export function launchDocText(m: Pick<Movement, 'launchDocNumber' | 'launchDocDate' | 'launchDocIssuer'>): string {
  return [
    m.launchDocNumber && `Số ${m.launchDocNumber}`,
    m.launchDocDate && `ngày ${formatDateShort(m.launchDocDate)}`,
    m.launchDocIssuer && `của ${m.launchDocIssuer}`,
  ].filter(Boolean).join(' ');
}

/** "Người tốt, việc tốt: 05 điển hình (QĐ 9/2024/QĐ-UBND Đ12)" — a province quota as screens show it. */
function quotaText(q: MovementQuota, pack: ProvincePack): string {
  return `${q.movement}: ${quotaAmount(q)} (${regulationArticleReference(pack.regulation, q.citation)})`;
}

/** The pack in force's quotas that apply to a movement of this name. */
function useQuotas(name: string): { pack: ProvincePack | undefined; quotas: MovementQuota[] } {
  const pack = useWardProfile()?.provincePack as ProvincePack | undefined;
  return { pack, quotas: quotasFor(pack?.movementQuotas ?? [], name) };
}

/** "Phong trào" (/phong-trao): emulation movements; renaming keeps the earlier names. */
export default function MovementsPage() {
  const movements = useMovements();
  const units = useUnits();
  const pack = useWardProfile()?.provincePack as ProvincePack | undefined;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<MovementStatus | typeof ALL>(ALL);
  const [editing, setEditing] = useState<Movement | 'new' | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const { notify, fail, feedback } = useFeedback();
  const unitById = useMemo(() => indexById(units), [units]);
  const rows = useMemo(
    () =>
      (movements ?? [])
        .filter((m) => (status === ALL || m.status === status) && matchesSearch(searchKey([m.name, ...m.nameHistory.map((h) => h.name)].join(' ')), query))
        .sort((a, b) => b.periodFrom.localeCompare(a.periodFrom)),
    [movements, status, query],
  );
  if (!movements || !units) return <LinearProgress aria-label="Đang tải" />;
  const columns: GridColDef<Movement>[] = [
    { field: 'name', headerName: 'Tên phong trào', flex: 2.5, minWidth: 260, ...viTextColumn },
    { field: 'launchDoc', headerName: 'Văn bản phát động', flex: 1.5, minWidth: 220, valueGetter: (_v, row) => launchDocText(row), ...viTextColumn },
    {
      field: 'periodFrom', headerName: 'Thời gian', width: 200,
      valueGetter: (_v, row) => row.periodFrom,
      renderCell: ({ row }) => `${formatDateShort(row.periodFrom)} – ${row.periodTo ? formatDateShort(row.periodTo) : '…'}`,
    },
    { field: 'leadUnitId', headerName: 'Đơn vị chủ trì', flex: 1, minWidth: 180, valueGetter: (_v, row) => (row.leadUnitId ? unitById.get(row.leadUnitId)?.name ?? '' : ''), ...viTextColumn },
    { field: 'form', headerName: 'Hình thức', width: 170, valueGetter: (_v, row) => MOVEMENT_FORM_LABELS[row.form], ...viTextColumn },
    { field: 'status', headerName: 'Trạng thái', width: 150, valueGetter: (_v, row) => MOVEMENT_STATUS_LABELS[row.status], ...viTextColumn },
    ...(pack && pack.movementQuotas.length > 0
      ? [{
          field: 'quota', headerName: `Chỉ tiêu ${provinceLevelWord(pack.province.kind)} giao`, flex: 1, minWidth: 180,
          valueGetter: (_v: unknown, row: Movement) => quotasFor(pack.movementQuotas, row.name).map(quotaAmount).join('; '),
          ...viTextColumn,
        } satisfies GridColDef<Movement>]
      : []),
  ];
  const done = (message: string, savedId?: string) => {
    setEditing(null);
    if (savedId) setJustAdded(savedId);
    notify(message);
  };
  return (
    <>
      <PageHeader requires="editRegisters"
        title="Phong trào thi đua"
        actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>Thêm phong trào</Button>}
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <SearchField value={query} onChange={setQuery} label="Tìm phong trào (cả tên cũ)" />
        <TextField select label="Trạng thái" value={status} onChange={(e) => setStatus(e.target.value as MovementStatus | typeof ALL)} sx={{ minWidth: 200 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {STATUS_OPTIONS.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
        </TextField>
      </Stack>
      <DataTable label="Danh sách phong trào thi đua" rows={rows} columns={columns} onRowClick={setEditing} highlightId={justAdded} />
      {editing && (
        <MovementDialog
          movement={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={done}
          extraActions={editing !== 'new' && <ArchiveActions record={editing} repo={movementRepo} label={`phong trào “${editing.name}”`} onDone={done} onError={fail} />}
        />
      )}
      {feedback}
    </>
  );
}

function movementToForm(m: Movement | null): MovementInput {
  return m
    ? {
        name: m.name, launchDocNumber: m.launchDocNumber, launchDocDate: m.launchDocDate, launchDocIssuer: m.launchDocIssuer,
        periodFrom: m.periodFrom, periodTo: m.periodTo, leadUnitId: m.leadUnitId, status: m.status, description: m.description,
        form: m.form, plan: { ...m.plan },
      }
    : {
        name: '', launchDocNumber: '', launchDocDate: null, launchDocIssuer: '', periodFrom: todayIso(), periodTo: null,
        leadUnitId: null, status: 'active', description: '', form: 'regular',
        plan: { objectives: '', scope: '', participants: '', contentAndCriteria: '', timeline: '', measures: '' },
      };
}

function MovementDialog({
  movement, onClose, onSaved, extraActions,
}: { movement: Movement | null; onClose: () => void; onSaved: (message: string, savedId?: string) => void; extraActions?: ReactNode }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<MovementInput, unknown, MovementOutput>({
    defaultValues: movementToForm(movement),
    resolver: zodResolver(movementInputSchema),
  });
  const edited = useEditedRecord(movement, movementRepo, (fresh) => reset(movementToForm(fresh)));
  const [name, plan] = useWatch({ control, name: ['name', 'plan'] });
  const { pack, quotas } = useQuotas(name ?? '');
  const gaps = planGapsMessage(plan as MovementPlan);
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: MovementOutput) => {
    const read = edited.read;
    let savedId: string;
    if (!read) {
      savedId = (await movementRepo.create(getDb(), values)).id;
    } else {
      // A new name goes through the rename operation so the old one stays in the history.
      const named = values.name !== read.name ? await renameMovement(getDb(), read, values.name) : read;
      savedId = (await movementRepo.update(getDb(), named, values)).id;
    }
    onSaved(`Đã lưu phong trào “${values.name}”.`, savedId);
  }, { reload: edited.reload });
  return (
    <FormDialog
      open
      title={movement ? 'Sửa phong trào thi đua' : 'Thêm phong trào thi đua'}
      onClose={onClose}
      {...submit}
      maxWidth="md"
      extraActions={extraActions}
    >
      <FormTextField control={control} name="name" label="Tên phong trào" required autoFocus helperText={movement ? 'Đổi tên sẽ lưu tên cũ vào lịch sử.' : undefined} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 2 }}>
        <FormTextField control={control} name="launchDocNumber" label="Số văn bản phát động" placeholder="12/KH-UBND" />
        <FormDateField control={control} name="launchDocDate" label="Ngày văn bản" />
        <FormTextField control={control} name="launchDocIssuer" label="Cơ quan phát động" />
        <FormDateField control={control} name="periodFrom" label="Bắt đầu" required />
        <FormDateField control={control} name="periodTo" label="Kết thúc" />
        <FormSelectField control={control} name="status" label="Trạng thái" options={STATUS_OPTIONS} />
      </Box>
      <FormUnitField control={control} name="leadUnitId" label="Đơn vị chủ trì" />
      <FormTextField control={control} name="description" label="Nội dung" multiline minRows={3} />
      <Box component="section" aria-label="Kế hoạch phát động">
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>Kế hoạch phát động</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Kế hoạch nêu mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí, thời gian, biện pháp tổ chức thực hiện (Luật Thi đua, khen thưởng 2022, Điều 16, 17).
        </Typography>
        <Stack spacing={2}>
          <Box sx={{ maxWidth: 320 }}>
            <FormSelectField control={control} name="form" label="Hình thức tổ chức" options={FORM_OPTIONS} />
          </Box>
          {MOVEMENT_PLAN_PARTS.map((part) => (
            <FormTextField key={part} control={control} name={`plan.${part}`} label={MOVEMENT_PLAN_PART_LABELS[part]} helperText={PART_HINTS[part]} multiline minRows={2} />
          ))}
          {pack && quotas.length > 0 && (
            <Alert severity="info" aria-label="Chỉ tiêu được giao">
              Chỉ tiêu {provinceLevelWord(pack.province.kind)} giao cho mỗi phường, xã: {quotas.map((q) => quotaText(q, pack)).join('; ')}. Kế hoạch ghi chỉ tiêu này ở mục III.
            </Alert>
          )}
          {gaps && <Typography variant="body2" color="warning.main">{gaps} Chưa tạo được văn bản kế hoạch khi còn phần trống.</Typography>}
        </Stack>
      </Box>
      {movement && (
        <DocumentActions
          title="Văn bản của phong trào"
          sourceId={movement.id}
          actions={[{
            label: 'Kế hoạch phát động (KH)',
            kind: 'movementPlan',
            request: (date) => ({ kind: 'movementPlan', movementId: movement.id, date }),
            unavailable: formState.isDirty ? 'Hãy lưu các thay đổi trước khi tạo kế hoạch.' : undefined,
          }]}
        />
      )}
      {movement && movement.nameHistory.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3">Tên cũ</Typography>
          {movement.nameHistory.map((h) => (
            <Typography key={h.renamedAt} variant="body2" color="text.secondary">
              “{h.name}” (đổi ngày {formatDateShort(h.renamedAt.slice(0, 10))})
            </Typography>
          ))}
        </Box>
      )}
    </FormDialog>
  );
}
