import { useCallback, useMemo, useRef, useState } from 'react';
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
import { createScoreSheet, setScore } from '../../data/scoring';
import type { Block, ScoreSheet, Unit } from '../../data/schemas';
import { DemoBanner } from '../../ui/DemoBanner';
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

  // Writes run one after another, so a unit's first two scores never both create its sheet.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const sheetsRef = useRef<readonly ScoreSheet[]>([]);
  sheetsRef.current = sheets ?? [];
  /** Sheets this page created, known before the live query reports them. */
  const created = useRef(new Map<string, string>());
  const write = useCallback(
    (changes: CellChange[]) => {
      if (!set) return Promise.resolve();
      const task = queue.current.then(async () => {
        const db = getDb();
        for (const { unitId, criterionId, changes: cell } of changes) {
          const key = `${set.id}|${unitId}`;
          let sheetId = sheetsRef.current.find((s) => s.unitId === unitId && s.setId === set.id)?.id ?? created.current.get(key);
          if (!sheetId) {
            sheetId = (await createScoreSheet(db, set.id, unitId)).id;
            created.current.set(key, sheetId);
          }
          await setScore(db, sheetId, criterionId, cell);
        }
      });
      queue.current = task.catch(() => undefined);
      return task;
    },
    [set],
  );

  if (!sets || !blocks || !units || !settings || sheets === undefined) return <LinearProgress aria-label="Đang tải" />;

  return (
    <Box>
      <DemoBanner />
      <PageHeader
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
              Bộ tiêu chí sẽ được khóa khi nhập điểm đầu tiên; sau đó mọi thay đổi tiêu chí phải tạo phiên bản mới có ghi lý do.
            </Alert>
          )}
          <Tabs value={tab} onChange={(_, value: number) => setTab(value)}>
            <Tab label="Bảng chấm điểm" />
            <Tab label="Kết quả, xếp hạng" />
          </Tabs>
          {tab === 0 ? (
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
