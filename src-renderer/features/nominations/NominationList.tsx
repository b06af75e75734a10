import { useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { evaluateYearQuotas } from '../../domain/eligibility';
import { NOMINATION_STATUS_LABELS } from '../../domain/lifecycle';
import type { NominationStatus } from '../../domain/lifecycle';
import { matchesSearch, searchKey } from '../../domain/text';
import { SUBJECT_KIND_LABELS, TITLE_CODES } from '../../domain/vocabulary';
import type { TitleCode } from '../../domain/vocabulary';
import { useNominations, usePeopleByIds, useSettings, useUnits, useTitles } from '../../data/hooks';
import { NOMINATION_STATUSES } from '../../data/schemas';
import type { Nomination, Person } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
import { currentYear, todayIso } from '../../ui/formValues';
import { viTextColumn } from '../../ui/gridColumns';
import { indexById } from '../registers/listLogic';
import { NominationFormDialog } from './NominationFormDialog';
import { YearCheck } from './YearCheck';
import { compareNominees, eligibilityLabel, nominationStateLabel, nomineeName, nomineePersonIds, yearNominations } from './nominationView';

const ALL = 'all';

interface Row extends Nomination {
  nomineeLabel: string;
}

/** "Đề nghị khen thưởng" (/de-nghi): the year's nominations with filters and the year-wide checks. */
export function NominationList() {
  const titles = useTitles();
  const navigate = useNavigate();
  const thisYear = currentYear();
  const today = todayIso();
  const [year, setYear] = useState(thisYear);
  const [titleCode, setTitleCode] = useState<TitleCode | typeof ALL>(ALL);
  const [status, setStatus] = useState<NominationStatus | typeof ALL>(ALL);
  const [unitId, setUnitId] = useState<string>(ALL);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [creating, setCreating] = useState(false);
  const nominations = useNominations({ year });
  const people = usePeopleByIds(useMemo(() => nomineePersonIds(nominations ?? []), [nominations]));
  const units = useUnits({ includeArchived: true });
  const settings = useSettings();
  const peopleById = useMemo(() => people ?? new Map<string, Person>(), [people]);
  const unitsById = useMemo(() => indexById(units), [units]);

  const rows: Row[] = useMemo(
    () =>
      (nominations ?? [])
        .map((n) => ({ ...n, nomineeLabel: nomineeName(n, peopleById, unitsById) }))
        .filter(
          (n) =>
            (titleCode === ALL || n.titleCode === titleCode) &&
            (status === ALL || n.status === status) &&
            (unitId === ALL || n.proposingUnitId === unitId) &&
            matchesSearch(searchKey(n.nomineeLabel), deferredQuery),
        )
        .sort((a, b) =>
          compareNominees({ kind: a.nominee.kind, label: a.nomineeLabel }, { kind: b.nominee.kind, label: b.nomineeLabel }, settings?.nameSortOrder),
        ),
    [nominations, peopleById, unitsById, titleCode, status, unitId, deferredQuery, settings],
  );
  const nameOf = useMemo(() => {
    const byId = new Map((nominations ?? []).map((n) => [n.id, n]));
    return (id: string) => {
      const n = byId.get(id);
      return n ? { name: nomineeName(n, peopleById, unitsById), titleCode: n.titleCode } : null;
    };
  }, [nominations, peopleById, unitsById]);
  const quotaProblems = useMemo(
    () => (nominations && settings ? evaluateYearQuotas(yearNominations(nominations, peopleById, unitsById), settings).filter((q) => q.verdict !== 'pass') : []),
    [nominations, settings, peopleById, unitsById],
  );

  const columns: GridColDef<Row>[] = [
    { field: 'nomineeLabel', headerName: 'Đối tượng', flex: 2, minWidth: 220, ...viTextColumn },
    { field: 'kind', headerName: 'Loại', width: 110, valueGetter: (_v, row) => SUBJECT_KIND_LABELS[row.nominee.kind], ...viTextColumn },
    { field: 'titleCode', headerName: 'Danh hiệu / hình thức', flex: 1.5, minWidth: 200, valueGetter: (_v, row) => titles[row.titleCode].label, ...viTextColumn },
    { field: 'proposingUnitId', headerName: 'Đơn vị đề nghị', flex: 1.2, minWidth: 180, valueGetter: (_v, row) => unitsById.get(row.proposingUnitId)?.name ?? '', ...viTextColumn },
    {
      field: 'eligibility', headerName: 'Điều kiện', width: 140,
      valueGetter: (_v, row) => eligibilityLabel(row, today)?.label ?? '',
      renderCell: ({ row }) => {
        const shown = eligibilityLabel(row, today);
        return shown ? <Chip size="small" label={shown.label} color={shown.color} variant="outlined" /> : null;
      },
    },
    { field: 'status', headerName: 'Trạng thái', width: 200, valueGetter: (_v, row) => nominationStateLabel(row, today), ...viTextColumn },
  ];

  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  return (
    <>
      <PageHeader requires="editNominations"
        title="Đề nghị khen thưởng"
        subtitle={nominations ? `${nominations.length} đề nghị năm ${year}` : undefined}
        actions={
          <>
            <Button startIcon={<UploadIcon />} onClick={() => navigate('nhap')}>Nhập danh sách</Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>Thêm đề nghị</Button>
          </>
        }
      />
      {quotaProblems.map((q) => (
        <Alert key={q.id} severity="warning" sx={{ mb: 1 }}>
          <AlertTitle>{q.label}</AlertTitle>
          {q.reason} ({q.reference})
        </Alert>
      ))}
      <YearCheck year={year} nameOf={nameOf} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <SearchField value={query} onChange={setQuery} label="Tìm theo đối tượng" />
        <TextField select label="Năm" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 110 }}>
          {years.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
        <TextField select label="Danh hiệu / hình thức" value={titleCode} onChange={(e) => setTitleCode(e.target.value as TitleCode | typeof ALL)} sx={{ minWidth: 220 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {TITLE_CODES.map((c) => <MenuItem key={c} value={c}>{titles[c].label}</MenuItem>)}
        </TextField>
        <TextField select label="Đơn vị đề nghị" value={unitId} onChange={(e) => setUnitId(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {(units ?? []).filter((u) => u.archived === 0).map((u) => <MenuItem key={u.id} value={u.id}>{u.name}</MenuItem>)}
        </TextField>
        <TextField select label="Trạng thái" value={status} onChange={(e) => setStatus(e.target.value as NominationStatus | typeof ALL)} sx={{ minWidth: 180 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {NOMINATION_STATUSES.map((s) => <MenuItem key={s} value={s}>{NOMINATION_STATUS_LABELS[s]}</MenuItem>)}
        </TextField>
      </Stack>
      <DataTable
        label="Danh sách đề nghị khen thưởng"
        rows={rows}
        columns={columns}
        loading={!nominations || !people || !units}
        onRowClick={(row) => navigate(row.id)}
      />
      {creating && (
        <NominationFormDialog
          nomination={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate(saved.id);
          }}
        />
      )}
    </>
  );
}
