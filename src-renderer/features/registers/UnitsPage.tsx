import { useDeferredValue, useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { UNIT_KIND_LABELS } from '../../domain/vocabulary';
import type { UnitKind } from '../../domain/vocabulary';
import { blockRepo, unitRepo } from '../../data/registers';
import { useBlocks, useUnits } from '../../data/hooks';
import { UNIT_KINDS } from '../../data/schemas';
import type { Block, Unit } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
import { compareNumberNullable, viTextColumn } from '../../ui/gridColumns';
import { useFeedback } from '../../ui/useFeedback';
import { ImportDialog } from '../exchange/ImportDialog';
import { importSummary } from '../exchange/importLogic';
import { ArchiveActions } from './ArchiveActions';
import { BlockFormDialog } from './BlockFormDialog';
import { UnitFormDialog } from './UnitFormDialog';
import { indexById } from './listLogic';
import { matchesSearch, searchKey } from '../../domain/text';

const ALL = 'all';

/** "Đơn vị, khối thi đua" (/danh-muc/don-vi): units and emulation blocks. */
export default function UnitsPage() {
  const [tab, setTab] = useState<'units' | 'blocks'>('units');
  const units = useUnits({ includeArchived: true });
  const blocks = useBlocks();
  const feedback = useFeedback();
  if (!units || !blocks) return <LinearProgress aria-label="Đang tải" />;
  return (
    <>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 1 }}>
        <Tab value="units" label={`Đơn vị (${units.filter((u) => u.archived === 0).length})`} />
        <Tab value="blocks" label={`Khối thi đua (${blocks.filter((b) => b.archived === 0).length})`} />
      </Tabs>
      {tab === 'units' ? <UnitList units={units} blocks={blocks} feedback={feedback} /> : <BlockList units={units} blocks={blocks} feedback={feedback} />}
      {feedback.feedback}
    </>
  );
}

type ListProps = { units: Unit[]; blocks: Block[]; feedback: ReturnType<typeof useFeedback> };

function UnitList({ blocks, feedback }: ListProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [kind, setKind] = useState<UnitKind | typeof ALL>(ALL);
  const [blockId, setBlockId] = useState<string>(ALL);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const blockById = useMemo(() => indexById(blocks), [blocks]);
  const units = useUnits({ query: deferredQuery, blockId: blockId === ALL ? undefined : blockId, includeArchived: showArchived });
  const rows = useMemo(() => (units ?? []).filter((u) => kind === ALL || u.kind === kind), [units, kind]);
  const columns: GridColDef<Unit>[] = [
    { field: 'name', headerName: 'Tên đơn vị', flex: 2, minWidth: 220, ...viTextColumn },
    { field: 'kind', headerName: 'Loại', flex: 1, minWidth: 160, valueGetter: (_v, row) => UNIT_KIND_LABELS[row.kind], ...viTextColumn },
    { field: 'blockId', headerName: 'Khối thi đua', flex: 1, minWidth: 160, valueGetter: (_v, row) => (row.blockId ? blockById.get(row.blockId)?.name ?? '' : ''), ...viTextColumn },
    { field: 'headName', headerName: 'Người đứng đầu', flex: 1, minWidth: 160, ...viTextColumn },
    {
      field: 'active', headerName: 'Trạng thái', width: 150,
      valueGetter: (_v, row) => (row.archived ? 'Đã lưu trữ' : row.active ? 'Đang hoạt động' : 'Ngừng hoạt động'),
      renderCell: ({ value, row }) => <Chip size="small" label={value} color={row.archived ? 'default' : row.active ? 'success' : 'warning'} variant="outlined" />,
    },
  ];
  return (
    <>
      <PageHeader requires="editRegisters"
        title="Đơn vị, tập thể"
        actions={
          <>
            <Button startIcon={<UploadIcon />} onClick={() => setImporting(true)}>Nhập danh sách</Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>Thêm đơn vị</Button>
          </>
        }
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <SearchField value={query} onChange={setQuery} label="Tìm đơn vị" />
        <TextField select label="Loại đơn vị" value={kind} onChange={(e) => setKind(e.target.value as UnitKind | typeof ALL)} sx={{ minWidth: 200 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {UNIT_KINDS.map((k) => <MenuItem key={k} value={k}>{UNIT_KIND_LABELS[k]}</MenuItem>)}
        </TextField>
        <TextField select label="Khối thi đua" value={blockId} onChange={(e) => setBlockId(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {blocks.map((b) => <MenuItem key={b.id} value={b.id}>{`${b.name} (${b.year})`}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />} label="Hiện cả bản ghi đã lưu trữ" />
      </Stack>
      <DataTable label="Danh sách đơn vị" rows={rows} columns={columns} onRowClick={setEditing} loading={units === undefined} highlightId={justAdded} />
      {editing && (
        <UnitFormDialogWithActions
          unit={editing === 'new' ? null : editing}
          blocks={blocks}
          onClose={() => setEditing(null)}
          onSaved={setJustAdded}
          feedback={feedback}
        />
      )}
      {importing && (
        <ImportDialog
          kind="units"
          onClose={() => setImporting(false)}
          onImported={(count) => {
            setImporting(false);
            feedback.notify(importSummary('units', count));
          }}
        />
      )}
    </>
  );
}

function UnitFormDialogWithActions({
  unit, blocks, onClose, onSaved, feedback,
}: { unit: Unit | null; blocks: Block[]; onClose: () => void; onSaved: (id: string) => void; feedback: ReturnType<typeof useFeedback> }) {
  const done = (message: string, savedId?: string) => {
    onClose();
    feedback.notify(message);
    if (savedId) onSaved(savedId);
  };
  return (
    <UnitFormDialog
      unit={unit}
      blocks={blocks}
      onClose={onClose}
      onSaved={done}
      extraActions={unit && <ArchiveActions record={unit} repo={unitRepo} label={`đơn vị “${unit.name}”`} onDone={done} onError={feedback.fail} />}
    />
  );
}

function BlockList({ units, blocks, feedback }: ListProps) {
  const [query, setQuery] = useState('');
  const [year, setYear] = useState<string>(ALL);
  const [editing, setEditing] = useState<Block | 'new' | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const years = useMemo(() => [...new Set(blocks.map((b) => b.year))].sort((a, b) => b - a), [blocks]);
  const unitCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const u of units) if (u.blockId && u.archived === 0) counts.set(u.blockId, (counts.get(u.blockId) ?? 0) + 1);
    return counts;
  }, [units]);
  const rows = useMemo(
    () => blocks.filter((b) => (year === ALL || String(b.year) === year) && matchesSearch(searchKey(b.name), query)),
    [blocks, year, query],
  );
  const columns: GridColDef<Block>[] = [
    { field: 'year', headerName: 'Năm', width: 100, sortComparator: compareNumberNullable },
    { field: 'name', headerName: 'Tên khối thi đua', flex: 2, minWidth: 220, ...viTextColumn },
    { field: 'units', headerName: 'Số đơn vị', width: 120, valueGetter: (_v, row) => unitCount.get(row.id) ?? 0, sortComparator: compareNumberNullable },
    { field: 'note', headerName: 'Ghi chú', flex: 2, minWidth: 200, ...viTextColumn },
  ];
  const done = (message: string, savedId?: string) => {
    setEditing(null);
    feedback.notify(message);
    if (savedId) setJustAdded(savedId);
  };
  return (
    <>
      <PageHeader requires="editRegisters"
        title="Khối thi đua"
        subtitle="Nhóm các đơn vị có chức năng tương đồng để chấm điểm và so sánh trong năm."
        actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>Thêm khối</Button>}
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <SearchField value={query} onChange={setQuery} label="Tìm khối" />
        <TextField select label="Năm" value={year} onChange={(e) => setYear(e.target.value)} sx={{ minWidth: 140 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {years.map((y) => <MenuItem key={y} value={String(y)}>{y}</MenuItem>)}
        </TextField>
      </Stack>
      <DataTable label="Danh sách khối thi đua" rows={rows} columns={columns} onRowClick={setEditing} highlightId={justAdded} />
      {editing && (
        <BlockFormDialog
          block={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={done}
          extraActions={editing !== 'new' && <ArchiveActions record={editing} repo={blockRepo} label={`khối “${editing.name}”`} onDone={done} onError={feedback.fail} />}
        />
      )}
    </>
  );
}
