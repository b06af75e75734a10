import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { GridColDef } from '@mui/x-data-grid';
import { compareVi, formatDateShort, matchesSearch, searchKey } from '../../domain/text';
import { GOOD_DEED_STATUSES, GOOD_DEED_STATUS_LABELS } from '../../domain/vocabulary';
import { useGoodDeeds, useSettings, useUnits } from '../../data/hooks';
import type { GoodDeed, Unit } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
import { compareViNullable } from '../../ui/gridColumns';
import { currentYear, todayIso } from '../../ui/formValues';
import { useFeedback } from '../../ui/useFeedback';
import { YearSelect } from '../../ui/YearSelect';
import { GoodDeedDetailDialog } from './GoodDeedDetailDialog';
import { GoodDeedFormDialog } from './GoodDeedFormDialog';
import { MONTH_STATE_COLORS, STATUS_COLORS, formatMonth } from './labels';
import { MONTH_STATE_LABELS, dueDayText, isLateReport, monthStatus, yearCounts } from './reporting';
import { GoodDeedsLetterActions } from '../documents/RecordDocumentsActions';

const ALL = '';
/** Filter selects show their "all" choice instead of an empty box. */
const SHOW_EMPTY = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

interface Row extends GoodDeed {
  unitName: string;
  late: boolean;
}

/**
 * "Người tốt, việc tốt" (SPEC §4, DOMAIN.md §8): the units' monthly reports, who is late or missing
 * against the due day, vetting, forwarding, publicity, and the year's count against the ward's target.
 */
export default function GoodDeedsPage() {
  const [year, setYear] = useState(currentYear());
  const [tab, setTab] = useState(0);
  const [month, setMonth] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [unitFilter, setUnitFilter] = useState(ALL);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<GoodDeed | 'new' | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const feedback = useFeedback();
  const deeds = useGoodDeeds({ year });
  const units = useUnits({ includeArchived: true });
  const settings = useSettings();

  const unitNames = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
  const reportingUnits = useMemo(() => (units ?? []).filter((u) => u.archived === 0 && u.active), [units]);
  const rows = useMemo((): Row[] => {
    if (!deeds || !settings) return [];
    const words = searchKey(query);
    return deeds
      .filter(
        (d) =>
          (month === ALL || d.month === `${year}-${month}`) &&
          (status === ALL || d.status === status) &&
          (unitFilter === ALL || d.unitId === unitFilter) &&
          (!words || matchesSearch(searchKey(`${d.subjectName} ${d.field} ${d.deed}`), words)),
      )
      .map((d) => ({ ...d, unitName: unitNames.get(d.unitId) ?? '', late: isLateReport(d, settings.goodDeedsDueDay) }));
  }, [deeds, settings, query, month, status, unitFilter, year, unitNames]);

  if (!deeds || !units || !settings) return <LinearProgress aria-label="Đang tải" />;

  const dueDay = settings.goodDeedsDueDay;
  const counts = yearCounts(deeds, year, dueDay, settings.goodDeedsYearlyTarget);
  const waiting = deeds.filter((d) => d.status === 'submitted').length;
  const open = openId ? deeds.find((d) => d.id === openId) : undefined;

  const columns: GridColDef<Row>[] = [
    { field: 'month', headerName: 'Tháng', width: 80, valueFormatter: (value: string) => formatMonth(value) },
    { field: 'unitName', headerName: 'Đơn vị', flex: 1, minWidth: 140, sortComparator: compareViNullable },
    { field: 'subjectName', headerName: 'Cá nhân/tập thể', flex: 1, minWidth: 140, sortComparator: compareViNullable },
    { field: 'field', headerName: 'Lĩnh vực', width: 140, sortComparator: compareViNullable },
    { field: 'deed', headerName: 'Việc làm, cách làm hay', flex: 2, minWidth: 160, sortable: false },
    {
      field: 'submittedAt',
      headerName: 'Ngày nộp',
      // Date and the late marker side by side, never cut (issue 12.14).
      width: 170,
      renderCell: ({ row }) => (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, whiteSpace: 'nowrap' }} data-testid="submitted-cell">
          {formatDateShort(row.submittedAt)}
          {row.late && <Chip size="small" color="warning" label="Muộn" />}
        </Box>
      ),
    },
    {
      field: 'status',
      headerName: 'Trạng thái',
      width: 150,
      renderCell: ({ row }) => <Chip size="small" label={GOOD_DEED_STATUS_LABELS[row.status]} color={STATUS_COLORS[row.status]} />,
    },
    { field: 'publications', headerName: 'Tuyên truyền', width: 100, type: 'number', valueGetter: (_v, row) => row.publications.length },
  ];

  return (
    <Box>
      <PageHeader requires="editGoodDeeds"
        title="Người tốt, việc tốt"
        subtitle={`Các đơn vị báo cáo hằng tháng, hạn nộp ${dueDayText(dueDay)}; Thường trực Hội đồng thẩm định trước khi tuyên truyền.`}
        actions={
          <>
            <YearSelect value={year} onChange={setYear} />
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} disabled={reportingUnits.length === 0}>
              Thêm báo cáo
            </Button>
          </>
        }
      />
      {reportingUnits.length === 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Chưa có đơn vị nào đang hoạt động. Hãy thêm đơn vị ở mục “Đơn vị, khối thi đua” trước khi ghi nhận báo cáo.
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <Paper sx={{ p: 2, flex: 2 }} aria-label="Chỉ tiêu điển hình trong năm">
          <Typography variant="body2" color="text.secondary">
            Điển hình đã thẩm định đạt năm {year} so với chỉ tiêu
          </Typography>
          <Typography variant="h5" component="p" data-testid="yearly-count">
            {counts.vetted} / {settings.goodDeedsYearlyTarget}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={Math.min(100, (counts.vetted * 100) / Math.max(1, settings.goodDeedsYearlyTarget))}
            color={counts.shortOfTarget === 0 ? 'success' : 'primary'}
            aria-label="Tiến độ chỉ tiêu điển hình"
            sx={{ mt: 1 }}
          />
          <Typography variant="caption" color="text.secondary">
            {counts.shortOfTarget === 0 ? 'Đã đạt chỉ tiêu của năm.' : `Còn thiếu ${counts.shortOfTarget} điển hình.`}
          </Typography>
        </Paper>
        <SummaryBox label="Báo cáo đã nhận" value={counts.submitted} />
        <SummaryBox label="Chờ thẩm định" value={waiting} />
        <SummaryBox label="Đã trả lại" value={counts.returned} />
      </Stack>
      <Tabs value={tab} onChange={(_, value: number) => setTab(value)} sx={{ mb: 2 }}>
        <Tab label="Danh sách báo cáo" />
        <Tab label="Tình hình nộp theo tháng" />
        <Tab label="Tổng hợp theo đơn vị" />
      </Tabs>
      {tab === 0 && (
        <>
          <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 2 }}>
            <SearchField value={query} onChange={setQuery} />
            <TextField select label="Tháng" slotProps={SHOW_EMPTY} value={month} onChange={(e) => setMonth(e.target.value)} sx={{ minWidth: 130 }}>
              <MenuItem value={ALL}>Cả năm</MenuItem>
              {MONTHS.map((m) => (
                <MenuItem key={m} value={m}>
                  Tháng {Number(m)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label="Trạng thái" slotProps={SHOW_EMPTY} value={status} onChange={(e) => setStatus(e.target.value)} sx={{ minWidth: 190 }}>
              <MenuItem value={ALL}>Tất cả</MenuItem>
              {GOOD_DEED_STATUSES.map((s) => (
                <MenuItem key={s} value={s}>
                  {GOOD_DEED_STATUS_LABELS[s]}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label="Đơn vị" slotProps={SHOW_EMPTY} value={unitFilter} onChange={(e) => setUnitFilter(e.target.value)} sx={{ minWidth: 220 }}>
              <MenuItem value={ALL}>Tất cả đơn vị</MenuItem>
              {reportingUnits.map((u) => (
                <MenuItem key={u.id} value={u.id}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {rows.length === 0 ? (
            <Alert severity="info">
              {deeds.length === 0 ? `Chưa có báo cáo nào trong năm ${year}.` : 'Không có báo cáo nào khớp bộ lọc.'}
            </Alert>
          ) : (
            <DataTable rows={rows} columns={columns} label="Danh sách báo cáo người tốt, việc tốt" onRowClick={(row) => setOpenId(row.id)} height="calc(100vh - 420px)" />
          )}
        </>
      )}
      {tab === 1 && <DeadlineMatrix year={year} units={reportingUnits} deeds={deeds} dueDay={dueDay} />}
      {tab === 2 && <GoodDeedsLetterActions year={year} />}
      {tab === 2 && <UnitCounts units={reportingUnits} counts={counts.byUnit} />}
      {editing && (
        <GoodDeedFormDialog
          deed={editing === 'new' ? null : editing}
          month={`${year}-${month === ALL ? todayIso().slice(5, 7) : month}`}
          unitId={unitFilter === ALL ? null : unitFilter}
          units={reportingUnits}
          onClose={() => setEditing(null)}
          onSaved={(message, savedId) => {
            // A new report opens at once, so the clerk sees it was recorded and where (issue 12.14).
            if (editing === 'new') setOpenId(savedId);
            setEditing(null);
            feedback.notify(message);
          }}
        />
      )}
      {open && !editing && (
        <GoodDeedDetailDialog
          deed={open}
          unitName={unitNames.get(open.unitId) ?? ''}
          dueDay={dueDay}
          onEdit={() => setEditing(open)}
          onClose={() => setOpenId(null)}
          feedback={feedback}
        />
      )}
      {feedback.feedback}
    </Box>
  );
}

function SummaryBox({ label, value }: { label: string; value: number }) {
  return (
    <Paper sx={{ p: 2, flex: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p">
        {value}
      </Typography>
    </Paper>
  );
}

const STATE_SHORT = { onTime: 'Đúng hạn', late: 'Muộn', missing: 'Thiếu', notYetDue: '—' } as const;

/** Units × months of the year: on time, late, missing (past the due day) or not yet due. */
function DeadlineMatrix({ year, units, deeds, dueDay }: { year: number; units: readonly Unit[]; deeds: readonly GoodDeed[]; dueDay: number }) {
  const today = todayIso();
  const unitIds = units.map((u) => u.id);
  const byMonth = MONTHS.map((m) => monthStatus(unitIds, deeds, `${year}-${m}`, dueDay, today));
  if (units.length === 0) return <Alert severity="info">Chưa có đơn vị nào phải báo cáo.</Alert>;
  const lateOrMissing = byMonth.map((statuses) => statuses.filter((s) => s.state === 'late' || s.state === 'missing').length);
  return (
    <Paper sx={{ overflow: 'auto' }}>
      <Box
        component="table"
        aria-label={`Tình hình nộp báo cáo năm ${year}`}
        sx={{
          borderCollapse: 'collapse',
          width: '100%',
          fontSize: 13,
          '& th, & td': { border: 1, borderColor: 'divider', px: 0.5, py: 0.5, textAlign: 'center', whiteSpace: 'nowrap' },
          '& .MuiChip-root': { height: 20, fontSize: 11 },
          '& .MuiChip-label': { px: 0.75 },
          '& th[scope="row"]': { textAlign: 'left', position: 'sticky', left: 0, bgcolor: 'background.paper' },
        }}
      >
        <thead>
          <tr>
            <th>Đơn vị</th>
            {MONTHS.map((m) => (
              <th key={m}>Tháng {Number(m)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit, row) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              {byMonth.map((statuses, i) => {
                const s = statuses[row];
                return (
                  <td key={MONTHS[i]} title={`${MONTH_STATE_LABELS[s.state]}${s.reports > 0 ? ` — ${s.reports} báo cáo` : ''}`}>
                    {s.state === 'notYetDue' ? (
                      '—'
                    ) : (
                      <Chip size="small" variant={s.state === 'onTime' ? 'outlined' : 'filled'} color={MONTH_STATE_COLORS[s.state]} label={STATE_SHORT[s.state]} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">Số đơn vị muộn/thiếu</th>
            {lateOrMissing.map((n, i) => (
              <td key={MONTHS[i]}>{n}</td>
            ))}
          </tr>
        </tbody>
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', p: 1 }}>
        Hạn nộp: {dueDayText(dueDay)}; quá hạn mà chưa nộp là thiếu.
      </Typography>
    </Paper>
  );
}

/** Per-unit counts of the year; they feed the units' year-end scores (DOMAIN.md §7–8). */
function UnitCounts({ units, counts }: { units: readonly Unit[]; counts: ReturnType<typeof yearCounts>['byUnit'] }) {
  const rows = [...units]
    .sort((a, b) => compareVi(a.name, b.name))
    .map((u) => ({ id: u.id, name: u.name, ...(counts.get(u.id) ?? { submitted: 0, vetted: 0, returned: 0, late: 0 }) }));
  const columns: GridColDef<(typeof rows)[number]>[] = [
    { field: 'name', headerName: 'Đơn vị', flex: 1, minWidth: 200, sortComparator: compareViNullable },
    { field: 'submitted', headerName: 'Báo cáo đã nộp', type: 'number', width: 150 },
    { field: 'vetted', headerName: 'Thẩm định đạt', type: 'number', width: 150 },
    { field: 'returned', headerName: 'Bị trả lại', type: 'number', width: 130 },
    { field: 'late', headerName: 'Nộp muộn', type: 'number', width: 130 },
  ];
  return <DataTable rows={rows} columns={columns} label="Tổng hợp theo đơn vị" height="calc(100vh - 380px)" />;
}
