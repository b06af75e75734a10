import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { GridColDef } from '@mui/x-data-grid';
import { REGISTRATION_BASIS, REGISTRATION_STATE_LABELS } from '../../domain/registration';
import { formatDateShort } from '../../domain/text';
import { useBlocks, useCriteriaSets, usePledges, useRegistrations, useUnits } from '../../data/hooks';
import type { Block, Pledge, Registration, Unit } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../ui/YearSelect';
import { currentYear } from '../../ui/formValues';
import { viTextColumn } from '../../ui/gridColumns';
import { useFeedback } from '../../ui/useFeedback';
import { PledgeDialog } from './PledgeDialog';
import { RegistrationDialog } from './RegistrationDialog';

interface UnitRow {
  id: string;
  unit: Unit;
  registration: Registration | null;
}

interface BlockRow {
  id: string;
  block: Block;
  pledge: Pledge | null;
}

/** "Đã nhận 15/3/2026", "Trả lại", "Chưa có": a registration's state as the list shows it. */
function stateText(r: Registration | null): string {
  if (!r) return 'Chưa có';
  const label = REGISTRATION_STATE_LABELS[r.state];
  return r.state === 'received' && r.receivedOn ? `${label} ${formatDateShort(r.receivedOn)}` : label;
}

/**
 * "Đăng ký thi đua, giao ước" (/dang-ky-thi-dua): each unit's registration for the year and each block's
 * giao ước — recorded and shown beside nominations, never a condition (Luật TĐKT 2022 Điều 7).
 */
export default function RegistrationsPage() {
  const [year, setYear] = useState(currentYear());
  const [tab, setTab] = useState<'units' | 'blocks'>('units');
  const units = useUnits();
  const blocks = useBlocks(year);
  const registrations = useRegistrations(year);
  const pledges = usePledges(year);
  const criteriaSets = useCriteriaSets(year);
  const [editingUnit, setEditingUnit] = useState<UnitRow | null>(null);
  const [editingBlock, setEditingBlock] = useState<BlockRow | null>(null);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const { notify, fail, feedback } = useFeedback();
  const unitRows = useMemo<UnitRow[]>(() => {
    const byUnit = new Map((registrations ?? []).map((r) => [r.unitId, r]));
    return (units ?? []).map((unit) => ({ id: unit.id, unit, registration: byUnit.get(unit.id) ?? null }));
  }, [units, registrations]);
  const blockRows = useMemo<BlockRow[]>(() => {
    const byBlock = new Map((pledges ?? []).map((p) => [p.blockId, p]));
    return (blocks ?? []).map((block) => ({ id: block.id, block, pledge: byBlock.get(block.id) ?? null }));
  }, [blocks, pledges]);
  if (!units || !blocks || !registrations || !pledges || !criteriaSets) return <LinearProgress aria-label="Đang tải" />;
  const setName = new Map(criteriaSets.map((s) => [s.id, s.name]));
  const unitColumns: GridColDef<UnitRow>[] = [
    { field: 'unit', headerName: 'Đơn vị', flex: 2, minWidth: 220, valueGetter: (_v, row) => row.unit.name, ...viTextColumn },
    { field: 'state', headerName: 'Tình trạng', width: 170, valueGetter: (_v, row) => stateText(row.registration), ...viTextColumn },
    { field: 'entries', headerName: 'Số danh hiệu đăng ký', width: 170, type: 'number', valueGetter: (_v, row) => row.registration?.entries.length ?? 0 },
    { field: 'minutes', headerName: 'Biên bản họp đơn vị', flex: 1, minWidth: 180, valueGetter: (_v, row) => row.registration?.minutes?.name ?? '', ...viTextColumn },
  ];
  const blockColumns: GridColDef<BlockRow>[] = [
    { field: 'block', headerName: 'Khối thi đua', flex: 1.5, minWidth: 200, valueGetter: (_v, row) => row.block.name, ...viTextColumn },
    { field: 'set', headerName: 'Bộ tiêu chí thống nhất', flex: 1.5, minWidth: 200, valueGetter: (_v, row) => (row.pledge?.criteriaSetId ? setName.get(row.pledge.criteriaSetId) ?? '' : ''), ...viTextColumn },
    { field: 'signedOn', headerName: 'Ngày ký', width: 130, valueGetter: (_v, row) => (row.pledge?.signedOn ? formatDateShort(row.pledge.signedOn) : 'Chưa ký') },
    { field: 'signers', headerName: 'Số đơn vị ký', width: 130, type: 'number', valueGetter: (_v, row) => row.pledge?.signingUnitIds.length ?? 0 },
  ];
  const saved = (message: string, id: string) => {
    setEditingUnit(null);
    setEditingBlock(null);
    setJustSaved(id);
    notify(message);
  };
  return (
    <>
      <PageHeader requires="editNominations" title="Đăng ký thi đua, giao ước" actions={<YearSelect value={year} onChange={setYear} />} />
      <Alert severity="info" sx={{ mb: 2 }}>
        Đăng ký thi đua của đơn vị và giao ước của khối được ghi nhận để theo dõi và hiện bên cạnh đề nghị khen thưởng; không phải là điều kiện xét khen thưởng ({REGISTRATION_BASIS}).
      </Alert>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="units" label="Đăng ký của đơn vị" />
        <Tab value="blocks" label="Giao ước của khối" />
      </Tabs>
      {tab === 'units' ? (
        <DataTable label={`Đăng ký thi đua năm ${year}`} rows={unitRows} columns={unitColumns} onRowClick={setEditingUnit} highlightId={justSaved} />
      ) : (
        <DataTable label={`Giao ước thi đua năm ${year}`} rows={blockRows} columns={blockColumns} onRowClick={setEditingBlock} highlightId={justSaved} />
      )}
      {editingUnit && (
        <RegistrationDialog
          unit={editingUnit.unit}
          year={year}
          registration={editingUnit.registration}
          onClose={() => setEditingUnit(null)}
          onSaved={(message) => saved(message, editingUnit.id)}
          onError={fail}
        />
      )}
      {editingBlock && (
        <PledgeDialog
          block={editingBlock.block}
          year={year}
          pledge={editingBlock.pledge}
          units={units.filter((u) => u.blockId === editingBlock.block.id)}
          criteriaSets={criteriaSets.filter((s) => s.blockId === null || s.blockId === editingBlock.block.id)}
          onClose={() => setEditingBlock(null)}
          onSaved={(message) => saved(message, editingBlock.id)}
        />
      )}
      {feedback}
    </>
  );
}
