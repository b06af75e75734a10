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
import { sortByPersonName } from '../../domain/text';
import { GENDER_LABELS, TASK_RATING_LABELS } from '../../domain/vocabulary';
import { personRepo } from '../../data/registers';
import { usePeople, useSettings, useUnits } from '../../data/hooks';
import type { Person, Unit } from '../../data/schemas';
import { VirtualTable, type TableColumn } from '../../ui/VirtualTable';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
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
  const columns = useMemo((): TableColumn<Person>[] => [
    { key: 'fullName', header: 'Họ và tên', width: 200, flex: 2, text: (p) => p.fullName, sort: (list) => sortByPersonName(list, nameOrder) },
    { key: 'gender', header: 'Giới tính', width: 100, text: (p) => GENDER_LABELS[p.gender] },
    { key: 'birthYear', header: 'Năm sinh', width: 100, text: (p) => (p.birthYear == null ? '' : String(p.birthYear)) },
    { key: 'position', header: 'Chức vụ', width: 160, flex: 1, text: (p) => p.position ?? '' },
    { key: 'unitId', header: 'Đơn vị', width: 180, flex: 1.5, text: (p) => (p.unitId ? unitById.get(p.unitId)?.name ?? '' : '') },
    {
      key: 'rating', header: `Xếp loại ${year}`, width: 180, flex: 1,
      text: (p) => {
        const rating = p.ratings.find((r) => r.year === year)?.rating;
        return rating ? TASK_RATING_LABELS[rating] : '';
      },
    },
    { key: 'archived', header: 'Lưu trữ', width: 90, text: (p) => (p.archived ? 'Có' : '') },
  ], [nameOrder, unitById, year]);
  const loading = people === undefined;
  // A table of our own, not the MUI X grid: the grid's first mount in a session (its styles, its
  // layout measures) froze the window for 0.5–0.7 s with 10,000 people (docs/benchmarks.md).
  const grid = useMemo(
    () => <VirtualTable label="Danh sách cá nhân" rows={rows} columns={columns} onRowClick={setEditing} loading={loading} highlightId={justAdded} />,
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
