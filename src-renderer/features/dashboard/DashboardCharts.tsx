import { useMemo } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useAwardCountsByYear, useBlocks, useScoreSheets, useTitles } from '../../data/hooks';
import type { CriteriaSet, Unit } from '../../data/schemas';
import { awardYearSeries, pointsLabel, scoresByBlock } from './overview';

const YEARS_SHOWN = 5;

/** The award history (lịch sử khen thưởng) of the last five years, by who decided. */
export function AwardsPerYearChart({ lastYear }: { lastYear: number }) {
  const fromYear = lastYear - YEARS_SHOWN + 1;
  const counts = useAwardCountsByYear(fromYear, lastYear);
  const titles = useTitles();
  const data = useMemo(() => (counts ? awardYearSeries(counts, fromYear, lastYear, titles) : undefined), [counts, fromYear, lastYear, titles]);
  if (!data) return <LinearProgress aria-label="Đang tải" />;
  if (data.total === 0) {
    return <Typography color="text.secondary">Lịch sử khen thưởng chưa có khen thưởng nào trong {YEARS_SHOWN} năm gần đây.</Typography>;
  }
  return (
    <Box aria-label="Biểu đồ khen thưởng theo năm" role="img">
      <BarChart
        height={260}
        xAxis={[{ scaleType: 'band', data: data.years }]}
        yAxis={[{ tickMinStep: 1 }]}
        series={data.series.map((s) => ({ ...s, stack: 'awards' }))}
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
