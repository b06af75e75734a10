/**
 * "Kiểm tra điều kiện cả năm": before its meeting the council checks every nomination of the year at
 * once. The rules run in the background worker (the window stays usable, with Hủy); the result says how
 * many pass, and lists those that fail or are on hold (tạm dừng xét: a complaint, a discipline under review)
 * with the reason, each opening its nomination.
 */
import { startTransition, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import type { TitleCatalogue } from '../../domain/titles';
import { useTitles } from '../../data/hooks';
import { formatNumber } from '../../domain/text';
import { background } from '../../data/worker';
import type { YearEvaluation } from '../../data/eligibilityInputs';
import { DataTable } from '../../ui/DataTable';
import { viTextColumn } from '../../ui/gridColumns';
import { BackgroundProgress, useBackgroundTask } from '../../ui/useBackgroundTask';
import { yearCheckRows, yearCheckSummary } from './yearCheckLogic';
import type { YearCheckRow } from './yearCheckLogic';

const columnsFor = (titles: TitleCatalogue): GridColDef<YearCheckRow>[] => [
  { field: 'name', headerName: 'Đối tượng', flex: 1.4, minWidth: 200, ...viTextColumn },
  { field: 'title', headerName: 'Danh hiệu / hình thức', flex: 1.2, minWidth: 180, valueGetter: (_v, row) => titles[row.titleCode].label, ...viTextColumn },
  {
    field: 'outcome', headerName: 'Kết quả', width: 120,
    renderCell: ({ row }) => <Chip size="small" variant="outlined" label={row.outcome} color={row.held ? 'info' : 'error'} />,
  },
  { field: 'reason', headerName: 'Lý do', flex: 3, minWidth: 300, ...viTextColumn },
];

export function YearCheck({ year, nameOf }: { year: number; nameOf: (nominationId: string) => { name: string; titleCode: YearCheckRow['titleCode'] } | null }) {
  const navigate = useNavigate();
  const titles = useTitles();
  const columns = useMemo(() => columnsFor(titles), [titles]);
  const { task, error, run } = useBackgroundTask();
  const [checked, setChecked] = useState<{ year: number; evaluation: YearEvaluation } | null>(null);
  const shown = checked?.year === year ? checked : null;
  const rows = useMemo(() => (shown ? yearCheckRows(shown.evaluation, nameOf) : []), [shown, nameOf]);
  const summary = shown ? yearCheckSummary(shown.evaluation) : null;

  const check = () =>
    run(`Đang kiểm tra điều kiện các đề nghị năm ${year}…`, async (options) => {
      const evaluation = await background.evaluateYear(year, options);
      // The result's list (a grid of up to the year's 3,000 nominations) is drawn as a transition: its
      // render is cut into short tasks, so the window answers while it appears (issue 18).
      startTransition(() => setChecked({ year, evaluation }));
    }, { cancellable: true });

  return (
    <Paper variant="outlined" component="section" aria-label="Kiểm tra điều kiện cả năm" sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" startIcon={<FactCheckIcon />} onClick={check} disabled={task !== null}>
          Kiểm tra điều kiện cả năm
        </Button>
        <Typography variant="body2" color="text.secondary">
          {summary
            ? `Năm ${year}: ${formatNumber(summary.total)} đề nghị — ${formatNumber(summary.pass)} đạt, ${formatNumber(summary.fail)} không đạt, ${formatNumber(summary.held)} tạm dừng xét, ${formatNumber(summary.judgement)} cần Hội đồng đánh giá.`
            : `Kiểm tra mọi đề nghị năm ${year} theo điều kiện của từng danh hiệu trước khi họp Hội đồng.`}
        </Typography>
      </Stack>
      <Stack sx={{ mt: task || error || shown ? 1.5 : 0 }}>
        <BackgroundProgress task={task} />
        {error && <Alert severity="error">{error}</Alert>}
        {shown && rows.length === 0 && <Alert severity="success">Không có đề nghị nào không đạt hoặc tạm dừng xét.</Alert>}
        {rows.length > 0 && (
          <DataTable label="Đề nghị không đạt hoặc tạm dừng xét" rows={rows} columns={columns} height={Math.min(520, 120 + rows.length * 36)} onRowClick={(row) => navigate(row.id)} />
        )}
      </Stack>
    </Paper>
  );
}
