import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import type { GridColDef } from '@mui/x-data-grid';
import { CULTURE_STAGE_LABELS, type CultureSchedule } from '../../domain/culture';
import { compareVi, formatDateShort } from '../../domain/text';
import { cultureReviewRepo } from '../../data/culture';
import { getDb } from '../../data/db';
import { useCultureReviews, useSettings } from '../../data/hooks';
import type { CultureReview, Unit } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../ui/YearSelect';
import { currentYear, todayIso } from '../../ui/formValues';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';
import { postingPeriodText, reviewSchedule, yearTimetable } from './cultureView';

interface Row {
  id: string;
  unit: Unit;
  review: CultureReview | null;
  schedule: CultureSchedule | null;
}

const STAGE_COLORS = { preparing: 'default', posted: 'info', dossier: 'warning', awaitingDecision: 'primary', decided: 'success' } as const;

/** The year's reviews, one row per tổ dân phố: where each stands, its dates and what needs attention. */
export function CultureList() {
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('nam')) || currentYear();
  const rows = useCultureReviews(year);
  const settings = useSettings();
  const navigate = useNavigate();
  const { fail, feedback } = useFeedback();
  const { busy, run } = useBusyAction(fail);
  const today = todayIso();

  const tableRows = useMemo((): Row[] => {
    if (!rows || !settings) return [];
    return rows
      .map(({ unit, review }) => ({ id: unit.id, unit, review, schedule: review ? reviewSchedule(review, settings, today) : null }))
      .sort((a, b) => compareVi(a.unit.name, b.unit.name));
  }, [rows, settings, today]);

  if (!rows || !settings) return <LinearProgress aria-label="Đang tải" />;

  const start = (unit: Unit) =>
    run(async () => {
      const created = await cultureReviewRepo.create(getDb(), { unitId: unit.id, year });
      navigate(created.id);
    });

  const columns: GridColDef<Row>[] = [
    { field: 'name', headerName: 'Tổ dân phố', flex: 1, minWidth: 160, valueGetter: (_v, row) => row.unit.name, sortComparator: compareVi },
    {
      field: 'households', headerName: 'Hộ đề nghị', width: 110, type: 'number',
      valueGetter: (_v, row) => (row.review ? row.review.households.filter((h) => h.proposed).length : null),
    },
    {
      field: 'posting', headerName: 'Niêm yết lấy ý kiến', width: 210, sortable: false,
      valueGetter: (_v, row) => (row.review && row.schedule ? postingPeriodText(row.schedule, row.review.postedOn) : ''),
    },
    {
      field: 'stage', headerName: 'Tình trạng', width: 230, sortable: false,
      renderCell: ({ row }) =>
        row.schedule ? (
          <Chip size="small" label={CULTURE_STAGE_LABELS[row.schedule.stage]} color={STAGE_COLORS[row.schedule.stage]} />
        ) : (
          <Button size="small" variant="outlined" disabled={busy} onClick={(e) => { e.stopPropagation(); start(row.unit); }}>
            Lập bình xét
          </Button>
        ),
    },
    {
      field: 'decisionDue', headerName: 'Hạn quyết định', width: 140,
      valueGetter: (_v, row) => (row.review?.decisionDate ? `QĐ ${formatDateShort(row.review.decisionDate)}` : row.schedule?.decisionDueOn ? formatDateShort(row.schedule.decisionDueOn) : ''),
    },
    {
      field: 'warnings', headerName: 'Lưu ý', width: 120, sortable: false,
      renderCell: ({ row }) => (row.schedule && row.schedule.warnings.length > 0 ? <Chip size="small" color="warning" label="Cần xử lý" title={row.schedule.warnings.join(' ')} /> : null),
    },
  ];

  return (
    <Box>
      <PageHeader
        requires="editNominations"
        title="Gia đình văn hóa"
        subtitle="Mỗi tổ dân phố bình xét, niêm yết danh sách hộ lấy ý kiến người dân và gửi hồ sơ (Mẫu 01–03) để Chủ tịch UBND phường quyết định."
        actions={<YearSelect value={year} onChange={(y) => setSearch({ nam: String(y) }, { replace: true })} />}
      />
      <Alert severity="info" sx={{ mb: 2 }}>
        {yearTimetable(year, settings)}
      </Alert>
      {tableRows.length === 0 ? (
        <Alert severity="info">Chưa có tổ dân phố nào. Hãy thêm tổ dân phố ở mục “Đơn vị, khối thi đua” (loại “Tổ dân phố, khu phố, thôn”).</Alert>
      ) : (
        <DataTable
          rows={tableRows}
          columns={columns}
          label={`Bình xét Gia đình văn hóa năm ${year}`}
          onRowClick={(row) => (row.review ? navigate(row.review.id) : undefined)}
          height="calc(100vh - 300px)"
        />
      )}
      {busy && <LinearProgress aria-label="Đang lập bình xét" sx={{ mt: 1 }} />}
      {feedback}
    </Box>
  );
}
