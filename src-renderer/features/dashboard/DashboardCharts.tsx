import { useMemo } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { TITLES } from '../../domain/titles';
import { useBlocks, useNominations, useScoreSheets } from '../../data/hooks';
import type { CriteriaSet, Nomination, Unit } from '../../data/schemas';
import { pointsLabel, scoresByBlock } from './overview';

const YEARS_SHOWN = 5;

/** Awarded nominations of one year, split by who decided: the ward, or the upper level. */
function useAwardedSplit(year: number): { ward: number; upward: number } | undefined {
  const awarded = useNominations({ year, status: 'awarded' });
  return useMemo(() => {
    if (!awarded) return undefined;
    const upward = awarded.filter((n: Nomination) => TITLES[n.titleCode].level === 'upward').length;
    return { ward: awarded.length - upward, upward };
  }, [awarded]);
}

/** Awards (nominations that ended "được khen thưởng") over the last five years. */
export function AwardsPerYearChart({ lastYear }: { lastYear: number }) {
  // A fixed number of years, so the hooks run in the same order on every render.
  const counts = [
    useAwardedSplit(lastYear - 4),
    useAwardedSplit(lastYear - 3),
    useAwardedSplit(lastYear - 2),
    useAwardedSplit(lastYear - 1),
    useAwardedSplit(lastYear),
  ];
  if (counts.some((c) => c === undefined)) return <LinearProgress aria-label="Đang tải" />;
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => String(lastYear - YEARS_SHOWN + 1 + i));
  const loaded = counts as { ward: number; upward: number }[];
  if (loaded.every((c) => c.ward + c.upward === 0)) {
    return <Typography color="text.secondary">Chưa có đề nghị nào được khen thưởng trong {YEARS_SHOWN} năm gần đây.</Typography>;
  }
  return (
    <Box aria-label="Biểu đồ khen thưởng theo năm" role="img">
      <BarChart
        height={260}
        xAxis={[{ scaleType: 'band', data: years }]}
        yAxis={[{ tickMinStep: 1 }]}
        series={[
          { data: loaded.map((c) => c.ward), label: 'Cấp phường quyết định', stack: 'awards' },
          { data: loaded.map((c) => c.upward), label: 'Cấp trên khen thưởng', stack: 'awards' },
        ]}
      />
    </Box>
  );
}

/** Council totals of one criteria set's scored units, bars coloured by block. */
export function BlockScoresChart({ set, units }: { set: CriteriaSet; units: readonly Unit[] }) {
  const sheets = useScoreSheets(set.id);
  const blocks = useBlocks(set.year);
  const data = useMemo(
    () => (sheets && blocks ? scoresByBlock(set.definition, units, blocks, sheets) : undefined),
    [set.definition, units, blocks, sheets],
  );
  if (!data) return <LinearProgress aria-label="Đang tải" />;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="h3">
        {set.name}
      </Typography>
      {data.units.length === 0 ? (
        <Typography color="text.secondary">Chưa có đơn vị nào được Hội đồng chấm điểm.</Typography>
      ) : (
        <Box aria-label={`Biểu đồ điểm thi đua — ${set.name}`} role="img">
          <BarChart
            layout="horizontal"
            height={70 + data.units.length * 26}
            yAxis={[{ scaleType: 'band', data: data.units, width: 170 }]}
            xAxis={[{ min: 0 }]}
            series={data.series.map((s) => ({ ...s, stack: 'total', valueFormatter: pointsLabel }))}
          />
        </Box>
      )}
    </Box>
  );
}
