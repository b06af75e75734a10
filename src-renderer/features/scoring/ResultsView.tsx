import { memo, useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { capNotes } from '../../domain/scoring';
import type { CriteriaSetDefinition, ScoreEntry, SetBands } from '../../domain/scoring';
import type { WardSettings } from '../../domain/settings';
import { formatNumber } from '../../domain/text';
import { blockResults } from './results';
import type { ResultRow } from './results';
import type { UnitGroup } from './ScoringPage';
import { useTitles } from '../../data/hooks';
import { useDrawnInSlices } from '../../ui/useDrawnInSlices';

/** Result rows drawn per slice: a ward's 200 units appear in a few frames, none of which freezes the window. */
const ROWS_PER_SLICE = 25;

/** The score summary of each block (bảng tổng hợp điểm, T8 in DOMAIN.md §5): ranks, bands, suggestions. */
export function ResultsView({
  definition, groups, entries, settings,
}: {
  definition: CriteriaSetDefinition;
  groups: readonly UnitGroup[];
  entries: ReadonlyMap<string, readonly ScoreEntry[]>;
  settings: WardSettings;
}) {
  const results = useMemo(
    () => groups.map(({ block, units }) => ({ block, result: blockResults(definition, units, entries, settings) })),
    [definition, groups, entries, settings],
  );
  const drawn = useDrawnInSlices(results.reduce((n, r) => n + r.result.rows.length, 0), ROWS_PER_SLICE);
  if (groups.length === 0) return <Alert severity="info">Chưa có đơn vị nào để xếp hạng.</Alert>;
  // The rows drawn so far, block after block in the order shown.
  let left = drawn;
  return (
    <Stack spacing={3}>
      {results.map(({ block, result }) => {
        const rows = result.rows.slice(0, Math.max(0, left));
        left -= rows.length;
        if (rows.length === 0) return null;
        const title = block ? block.name : 'Đơn vị chưa xếp khối';
        return (
          <Paper key={block?.id ?? 'none'} sx={{ p: 2, overflow: 'auto' }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {title}
            </Typography>
            <Table size="small" aria-label={`Kết quả xếp hạng ${title}`}>
              <TableHead>
                <TableRow>
                  <TableCell>STT</TableCell>
                  <TableCell>Đơn vị</TableCell>
                  <TableCell align="right">Tự chấm</TableCell>
                  <TableCell align="right">Hội đồng chấm</TableCell>
                  <TableCell align="right">Điểm thưởng</TableCell>
                  <TableCell align="right">Điểm trừ</TableCell>
                  <TableCell align="right">Tổng</TableCell>
                  <TableCell>Xếp hạng</TableCell>
                  <TableCell>Xếp loại</TableCell>
                  <TableCell>Đề nghị khen (tham khảo)</TableCell>
                  <TableCell>Ghi chú</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row, i) => (
                  <ResultLine key={row.unit.id} row={row} index={i} />
                ))}
              </TableBody>
            </Table>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {result.tieBreakRule}
            </Typography>
            <BandsNote bands={result.bands} />
            <Typography variant="caption" color="text.secondary">
              Đề nghị khen chỉ là gợi ý theo thứ hạng và xếp loại; mỗi danh hiệu vẫn phải xét đủ điều kiện theo quy định.
            </Typography>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Which bands classified the block, so the printed ranking can be checked by hand. */
function BandsNote({ bands }: { bands: SetBands }) {
  const list = bands.bands.map((b) => `${b.label} từ ${formatNumber(b.minScore)}`).join('; ');
  if (bands.own) return <Typography variant="body2">Xếp loại theo các mức riêng của bộ tiêu chí: {list}.</Typography>;
  if (bands.scaleMax === 100 || bands.scaleMax <= 0) return null;
  return (
    <Typography variant="body2">
      Xếp loại theo các mức của phường trên thang 100 điểm: tổng điểm được quy đổi = tổng × 100 ÷ {formatNumber(bands.scaleMax)}.
    </Typography>
  );
}

/** One unit's result; memoized, so drawing the next slice leaves the rows drawn alone. */
const ResultLine = memo(function ResultLine({ row, index }: { row: ResultRow; index: number }) {
  const titles = useTitles();
  const { totals, ranked } = row;
  const notes = [
    ranked?.note,
    !ranked && 'Chưa có điểm Hội đồng chấm.',
    ranked && totals.missing.length > 0 && `Còn ${totals.missing.length} tiêu chí chưa chấm.`,
    // Where a cap cut the entered bonus or deductions, next to the unit: "Cộng điểm: nhập 7, tính 5 (tối đa 5)."
    ...capNotes(totals),
  ].filter(Boolean);
  return (
    <TableRow>
      <TableCell>{index + 1}</TableCell>
      <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
        {row.unit.name}
      </TableCell>
      <TableCell align="right">{formatNumber(totals.selfTotal)}</TableCell>
      <TableCell align="right">{formatNumber(totals.councilBase)}</TableCell>
      <TableCell align="right">{formatNumber(totals.bonus)}</TableCell>
      <TableCell align="right">{formatNumber(totals.deductions)}</TableCell>
      <TableCell align="right">
        <strong>{ranked ? formatNumber(totals.total) : '—'}</strong>
      </TableCell>
      <TableCell>
        {ranked ? (
          <span aria-label={`Hạng của ${row.unit.name}`} style={{ whiteSpace: 'nowrap' }}>
            {ranked.rank}
            {ranked.tied && <Chip size="small" label="đồng hạng" sx={{ ml: 1 }} color="info" variant="outlined" />}
          </span>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>{row.band?.label ?? '—'}</TableCell>
      <TableCell>
        {row.suggestions.map((code) => (
          <Tooltip key={code} title={`${titles[code].label} — ${titles[code].reference}`}>
            <Chip size="small" label={titles[code].shortLabel} sx={{ mr: 0.5 }} />
          </Tooltip>
        ))}
      </TableCell>
      <TableCell sx={{ minWidth: 200, maxWidth: 360 }}>
        {notes.map((note) => (
          <div key={String(note)}>{note}</div>
        ))}
      </TableCell>
    </TableRow>
  );
});
