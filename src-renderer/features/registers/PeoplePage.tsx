import { memo, useMemo, useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import DuplicatesIcon from '@mui/icons-material/ContentCopyOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { comparePersonNames, sortByPersonName } from '../../domain/text';
import { GENDER_LABELS, TASK_RATING_LABELS } from '../../domain/vocabulary';
import { personRepo } from '../../data/registers';
import { usePeople, useSettings, useUnits } from '../../data/hooks';
import type { Person, Unit } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
import { compareNumberNullable, viTextColumn } from '../../ui/gridColumns';
import { currentYear } from '../../ui/formValues';
import { useFeedback } from '../../ui/useFeedback';
import { ImportDialog } from '../exchange/ImportDialog';
import { importSummary } from '../exchange/importLogic';
import { ArchiveActions } from './ArchiveActions';
import DuplicatesPage from './DuplicatesPage';
import { PersonFormDialog } from './PersonFormDialog';
import { indexById } from './listLogic';

const ALL = 'all';

/** "Cá nhân" (/danh-muc/ca-nhan): the register, and its "Có thể trùng" view of probable duplicates. */
export default function PeoplePage() {
  return (
    <Routes>
      <Route index element={<PeopleList />} />
      <Route path="co-the-trung" element={<DuplicatesPage />} />
    </Routes>
  );
}

/** The people register; fast with 10,000 people (indexed search, virtualized grid). */
function PeopleList() {
  const navigate = useNavigate();
  // Not deferred: one render per keystroke, and the live query re-subscribes in the same task as the
  // key (React flushes a discrete input's effects synchronously); the query (~10 ms) needs no deferral.
  const [query, setQuery] = useState('');
  const [unitId, setUnitId] = useState<string>(ALL);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const units = useUnits();
  const settings = useSettings();
  const people = usePeople({ query, unitId: unitId === ALL ? undefined : unitId, includeArchived: showArchived });
  const { notify, fail, feedback } = useFeedback();
  const unitById = useMemo(() => indexById(units), [units]);
  // Read once: building the Intl formatter behind it costs ~1–4 ms, on every render of the page.
  const [year] = useState(currentYear);
  const rows = useMemo(() => {
    if (!people || !settings) return [];
    // The data layer sorts by the default order; the ward may have chosen the other variant.
    return settings.nameSortOrder === 'givenMiddleFamily' ? people : sortByPersonName(people, settings.nameSortOrder);
  }, [people, settings]);
  const nameOrder = settings?.nameSortOrder ?? 'givenMiddleFamily';
  // Stable columns, grid and toolbar elements: a keystroke re-renders this page before the new rows
  // arrive, and re-rendering the grid (or the unit picker's 200 items) each time cost most of the
  // search latency with 10,000 people (docs/benchmarks.md).
  const columns = useMemo((): GridColDef<Person>[] => [
    {
      field: 'fullName', headerName: 'Họ và tên', flex: 2, minWidth: 200,
      sortComparator: (_a, _b, p1, p2) => comparePersonNames(p1.api.getRow(p1.id), p2.api.getRow(p2.id), nameOrder),
    },
    { field: 'gender', headerName: 'Giới tính', width: 100, valueGetter: (_v, row) => GENDER_LABELS[row.gender], ...viTextColumn },
    { field: 'birthYear', headerName: 'Năm sinh', width: 100, sortComparator: compareNumberNullable },
    { field: 'position', headerName: 'Chức vụ', flex: 1, minWidth: 160, ...viTextColumn },
    { field: 'unitId', headerName: 'Đơn vị', flex: 1.5, minWidth: 180, valueGetter: (_v, row) => (row.unitId ? unitById.get(row.unitId)?.name ?? '' : ''), ...viTextColumn },
    {
      field: 'rating', headerName: `Xếp loại ${year}`, flex: 1, minWidth: 180,
      valueGetter: (_v, row) => {
        const rating = row.ratings.find((r) => r.year === year)?.rating;
        return rating ? TASK_RATING_LABELS[rating] : '';
      },
      ...viTextColumn,
    },
    { field: 'archived', headerName: 'Lưu trữ', width: 90, valueGetter: (_v, row) => (row.archived ? 'Có' : '') },
  ], [nameOrder, unitById, year]);
  const loading = people === undefined;
  const grid = useMemo(
    () => <DataTable label="Danh sách cá nhân" rows={rows} columns={columns} onRowClick={setEditing} loading={loading} highlightId={justAdded} />,
    [rows, columns, loading, justAdded],
  );
  const actions = useMemo(
    () => (
      <>
        <Button startIcon={<DuplicatesIcon />} onClick={() => navigate('co-the-trung')}>Có thể trùng</Button>
        <Button startIcon={<UploadIcon />} onClick={() => setImporting(true)}>Nhập danh sách</Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>Thêm cá nhân</Button>
      </>
    ),
    [navigate],
  );
  if (!units) return <LinearProgress aria-label="Đang tải" />;

  const done = (message: string, savedId?: string) => {
    setEditing(null);
    if (savedId) setJustAdded(savedId);
    notify(message);
  };
  return (
    <>
      <PageHeader requires="editRegisters"
        title="Cá nhân"
        subtitle={people ? `${people.length.toLocaleString('vi-VN')} người` : undefined}
        actions={actions}
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <SearchField value={query} onChange={setQuery} label="Tìm theo họ tên" />
        <PeopleFilters units={units} unitId={unitId} onUnitChange={setUnitId} showArchived={showArchived} onShowArchivedChange={setShowArchived} />
      </Stack>
      {grid}
      {editing && (
        <PersonFormDialog
          person={editing === 'new' ? null : editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={done}
          extraActions={editing !== 'new' && <ArchiveActions record={editing} repo={personRepo} label={`“${editing.fullName}”`} onDone={done} onError={fail} />}
        />
      )}
      {importing && (
        <ImportDialog
          kind="people"
          onClose={() => setImporting(false)}
          onImported={(count) => {
            setImporting(false);
            notify(importSummary('people', count));
          }}
        />
      )}
      {feedback}
    </>
  );
}

interface PeopleFiltersProps {
  units: readonly Unit[];
  unitId: string;
  onUnitChange: (unitId: string) => void;
  showArchived: boolean;
  onShowArchivedChange: (show: boolean) => void;
}

/** The unit and archive filters; memoized so a search keystroke does not re-render the unit picker. */
const PeopleFilters = memo(function PeopleFilters({ units, unitId, onUnitChange, showArchived, onShowArchivedChange }: PeopleFiltersProps) {
  return (
    <>
      <TextField select label="Đơn vị" value={unitId} onChange={(e) => onUnitChange(e.target.value)} sx={{ minWidth: 240 }}>
        <MenuItem value={ALL}>Tất cả đơn vị</MenuItem>
        {units.map((u) => <MenuItem key={u.id} value={u.id}>{u.name}</MenuItem>)}
      </TextField>
      <FormControlLabel control={<Switch checked={showArchived} onChange={(e) => onShowArchivedChange(e.target.checked)} />} label="Hiện cả bản ghi đã lưu trữ" />
    </>
  );
});
