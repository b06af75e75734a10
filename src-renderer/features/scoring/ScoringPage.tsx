import { memo, useCallback, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import type { ScoreEntry } from '../../domain/scoring';
import { compareVi } from '../../domain/text';
import { getDb } from '../../data/db';
import { useBlocks, useCriteriaSets, useScoreSheets, useSettings, useUnits } from '../../data/hooks';
import { setScores } from '../../data/scoring';
import type { Block, CriteriaSet, ScoreSheet, Unit } from '../../data/schemas';
import { PageHeader } from '../../ui/PageHeader';
import { currentYear } from '../../ui/formValues';
import { YearSelect } from '../../ui/YearSelect';
import { ResultsView } from './ResultsView';
import { ScoreTableActions } from '../documents/RecordDocumentsActions';
import { ScoreGrid } from './ScoreGrid';
import type { CellChange } from './ScoreGrid';

/** A block of units scored together; `block` is null for units not placed in a block of the year. */
export interface UnitGroup {
  block: Block | null;
  units: Unit[];
}

/** Units of the set's block, or every block of the year for a set that applies to all, grouped by block. */
function groupUnits(units: readonly Unit[], blocks: readonly Block[], blockId: string | null): UnitGroup[] {
  const chosen = blockId ? blocks.filter((b) => b.id === blockId) : [...blocks].sort((a, b) => compareVi(a.name, b.name));
  const groups: UnitGroup[] = chosen.map((block) => ({ block, units: units.filter((u) => u.blockId === block.id) }));
  if (!blockId) {
    const known = new Set(blocks.map((b) => b.id));
    const loose = units.filter((u) => !u.blockId || !known.has(u.blockId));
    if (loose.length > 0) groups.push({ block: null, units: loose });
  }
  return groups.filter((g) => g.units.length > 0);
}

/**
 * Chấm điểm thi đua (SPEC §3): pick the year and criteria set, score the units in the grid (the
 * set locks at the first score), and read the results per block.
 */
export default function ScoringPage() {
  const [year, setYear] = useState(currentYear());
  const [chosenSetId, setChosenSetId] = useState<string | null>(null);
  const [tab, setTab] = useState(0);
  const sets = useCriteriaSets(year);
  const blocks = useBlocks(year);
  const units = useUnits();
  const settings = useSettings();
  const set = sets?.find((s) => s.id === chosenSetId) ?? sets?.[0];
  const sheets = useScoreSheets(set?.id ?? null);

  const groups = useMemo(
    () => (set && units && blocks ? groupUnits(units.filter((u) => u.active), blocks, set.blockId) : []),
    [set, units, blocks],
  );
  const entries = useMemo(() => new Map<string, ScoreEntry[]>((sheets ?? []).map((s) => [s.unitId, s.entries])), [sheets]);
  const gridUnits = useMemo(() => groups.flatMap((g) => g.units), [groups]);

  // One transaction per edit or paste: the data layer creates the sheets it needs, and a refused
  // cell leaves everything as it was (setScores is all or nothing).
  const write = useCallback(
    async (changes: CellChange[]) => {
      if (set) await setScores(getDb(), set.id, changes);
    },
    [set],
  );

  if (!sets || !blocks || !units || !settings) return <LinearProgress aria-label="Đang tải" />;

  return (
    <Box>
      <PageHeader requires="editScoring"
        title="Chấm điểm thi đua"
        subtitle="Đơn vị tự chấm, Hội đồng chấm; tổng điểm = điểm Hội đồng chấm + điểm thưởng − điểm trừ."
        actions={
          <>
            <YearSelect value={year} onChange={(y) => { setYear(y); setChosenSetId(null); }} />
            {sets.length > 0 && (
              <TextField select size="small" label="Bộ tiêu chí" value={set?.id ?? ''} onChange={(e) => setChosenSetId(e.target.value)} sx={{ minWidth: 280 }}>
                {sets.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                    {s.blockId ? ` — ${blocks.find((b) => b.id === s.blockId)?.name ?? ''}` : ''}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </>
        }
      />
      {!set ? (
        <Alert severity="info">
          Năm {year} chưa có bộ tiêu chí nào.{' '}
          <Link component={RouterLink} to="/tieu-chi">
            Tạo bộ tiêu chí
          </Link>{' '}
          trước khi chấm điểm.
        </Alert>
      ) : (
        <Stack spacing={2}>
          {!set.locked && (
            <Alert severity="info">
              Bộ tiêu chí sẽ được khóa khi nhập điểm đầu tiên; sau đó mọi thay đổi tiêu chí là một lần sửa đổi có ghi lý do.
            </Alert>
          )}
          {sheets && <OlderRevisionNote set={set} sheets={sheets} units={units} />}
          {/* The tabs are laid out (MUI measures its indicator) before the grid is drawn, not in the grid's task. */}
          <ScoringTabs tab={tab} onChange={setTab} />
          {sheets === undefined ? (
            <LinearProgress aria-label="Đang tải điểm" />
          ) : tab === 0 ? (
            <ScoreGrid definition={set.definition} units={gridUnits} entries={entries} onChange={write} />
          ) : (
            <>
              <ScoreTableActions criteriaSetId={set.id} />
              <ResultsView definition={set.definition} groups={groups} entries={entries} settings={settings} />
            </>
          )}
        </Stack>
      )}
    </Box>
  );
}

/**
 * The page's two tabs, apart: MUI Tabs measures its indicator after every render of its own, and
 * re-rendered with the page when the scores arrived it forced a layout of the freshly drawn grid.
 */
const ScoringTabs = memo(function ScoringTabs({ tab, onChange }: { tab: number; onChange: (tab: number) => void }) {
  return (
    <Tabs value={tab} onChange={(_, value: number) => onChange(value)}>
      <Tab label="Bảng chấm điểm" />
      <Tab label="Kết quả, xếp hạng" />
    </Tabs>
  );
});

/** Sheets last scored on an earlier revision of the set: their scores stand, new scores record the current one. */
function OlderRevisionNote({ set, sheets, units }: { set: CriteriaSet; sheets: readonly ScoreSheet[]; units: readonly Unit[] }) {
  const older = sheets.filter((s) => s.archived === 0 && (s.revision ?? set.revision) < set.revision);
  if (older.length === 0) return null;
  const names = older
    .map((s) => ({ name: units.find((u) => u.id === s.unitId)?.name ?? 'Đơn vị đã xóa', revision: s.revision }))
    .sort((a, b) => compareVi(a.name, b.name))
    .map((s) => `${s.name} (lần sửa ${s.revision})`);
  return (
    <Alert severity="info">
      Bộ tiêu chí đang ở lần sửa {set.revision}. Phiếu chấm theo lần sửa trước: {names.join(', ')}. Điểm đã chấm vẫn giữ nguyên; khi sửa điểm,
      phiếu được ghi theo lần sửa hiện tại.
    </Alert>
  );
}
