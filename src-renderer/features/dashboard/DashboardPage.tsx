import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { NOMINATION_STATUS_LABELS } from '../../domain/lifecycle';
import type { NominationStatus } from '../../domain/lifecycle';
import type { AwardCode } from '../../domain/vocabulary';
import { useCriteriaSets, useDocuments, useGoodDeeds, useMeetings, useNominations, useSettings, useUnits, useWardProfile, useTitles } from '../../data/hooks';
import type { WardProfile } from '../../data/schemas';
import { PageHeader } from '../../ui/PageHeader';
import { currentYear, todayIso } from '../../ui/formValues';
import { YearSelect } from '../../ui/YearSelect';
import FirstRun from '../ward/FirstRun';
import { AwardsPerYearChart, BlockScoresChart } from './DashboardCharts';
import { buildTodos, countByTitleAndStatus } from './overview';
import { upwardDeadlines } from '../../domain/deadlines';
import { AnnualReportActions } from '../documents/RecordDocumentsActions';
import { DrawnLater } from '../../ui/useDrawnInSlices';

/** '/': the first run when no ward exists yet, otherwise the standing member's overview. */
export default function DashboardPage() {
  const profile = useWardProfile();
  if (profile === undefined) return <LinearProgress aria-label="Đang tải" />;
  if (profile === null) return <FirstRun />;
  return <Overview profile={profile} />;
}

const STATUS_ORDER: NominationStatus[] = ['draft', 'received', 'appraised', 'voted', 'decided', 'forwarded', 'awarded', 'not_awarded', 'withdrawn'];

/**
 * What needs doing now, the year's nominations by title and state, and the charts. The charts and the
 * annual report (its date picker) are drawn in tasks of their own after the rest (the start screen, issue 18).
 */
function Overview({ profile }: { profile: WardProfile }) {
  const titles = useTitles();
  const [year, setYear] = useState(currentYear());
  const today = todayIso();
  const settings = useSettings();
  const units = useUnits();
  const goodDeeds = useGoodDeeds({ year });
  const nominations = useNominations({ year });
  const meetings = useMeetings(year);
  const documents = useDocuments(year);
  const sets = useCriteriaSets(year);

  const todos = useMemo(
    () =>
      settings && units && goodDeeds && nominations && meetings && documents
        ? buildTodos({
            today,
            year,
            dueDay: settings.goodDeedsDueDay,
            upwardDeadline: settings.upwardDeadline,
            titleDeadlines: upwardDeadlines(settings).filter((d) => d.codes.length > 0).map((d) => ({ ...d, titles: d.codes.map((c) => titles[c].shortLabel) })),
            units: units.filter((u) => u.active),
            goodDeeds,
            nominations,
            meetings,
            documents,
          })
        : undefined,
    [settings, units, goodDeeds, nominations, meetings, documents, today, year, titles],
  );
  const byTitle = useMemo(() => (nominations ? countByTitleAndStatus(nominations, Object.keys(titles) as AwardCode[]) : []), [nominations, titles]);

  if (!todos || !nominations || !sets || !units) return <LinearProgress aria-label="Đang tải" />;
  const statuses = STATUS_ORDER.filter((s) => byTitle.some((row) => row.byStatus[s]));

  return (
    <Box>
      <PageHeader title="Tổng quan" subtitle={`${profile.name} — năm ${year}`} actions={<YearSelect value={year} onChange={setYear} />} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <Paper sx={{ p: 2 }} component="section" aria-labelledby="todo-title">
          <Typography id="todo-title" variant="h6" component="h2" gutterBottom>
            Việc cần làm
          </Typography>
          {todos.length === 0 ? (
            <Alert severity="success">Không có việc nào đến hạn hoặc đang chờ xử lý.</Alert>
          ) : (
            <List dense disablePadding aria-label="Việc cần làm">
              {todos.map((todo) => (
                <ListItem key={todo.key} disableGutters>
                  <Alert
                    severity={todo.severity}
                    sx={{ width: '100%' }}
                    action={
                      <Button component={RouterLink} to={todo.to} size="small" color="inherit">
                        Mở
                      </Button>
                    }
                  >
                    {todo.text}
                  </Alert>
                </ListItem>
              ))}
            </List>
          )}
        </Paper>
        <Paper sx={{ p: 2 }} component="section" aria-labelledby="awards-chart-title">
          <Typography id="awards-chart-title" variant="h6" component="h2" gutterBottom>
            Khen thưởng qua các năm
          </Typography>
          <DrawnLater after={1}>
            <AwardsPerYearChart lastYear={year} />
          </DrawnLater>
          <Typography variant="caption" color="text.secondary">
            Theo lịch sử khen thưởng: khen thưởng nhập tay và khen thưởng từ các đề nghị đã có quyết định, theo năm khen thưởng.
          </Typography>
        </Paper>
        <Paper sx={{ p: 2, overflow: 'auto', gridColumn: { lg: 'span 2' } }} component="section" aria-labelledby="titles-title">
          <Typography id="titles-title" variant="h6" component="h2" gutterBottom>
            Đề nghị khen thưởng năm {year} theo danh hiệu và trạng thái
          </Typography>
          {byTitle.length === 0 ? (
            <Typography color="text.secondary">Chưa có đề nghị khen thưởng nào trong năm {year}.</Typography>
          ) : (
            <Table size="small" aria-label="Đề nghị theo danh hiệu và trạng thái">
              <TableHead>
                <TableRow>
                  <TableCell>Danh hiệu, hình thức</TableCell>
                  {statuses.map((s) => (
                    <TableCell key={s} align="right">
                      {NOMINATION_STATUS_LABELS[s]}
                    </TableCell>
                  ))}
                  <TableCell align="right">Tổng</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {byTitle.map((row) => (
                  <TableRow key={row.titleCode}>
                    <TableCell component="th" scope="row" sx={{ minWidth: 220 }}>
                      {titles[row.titleCode].label}
                    </TableCell>
                    {statuses.map((s) => (
                      <TableCell key={s} align="right">
                        {row.byStatus[s] ?? ''}
                      </TableCell>
                    ))}
                    <TableCell align="right">
                      <strong>{row.total}</strong>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Paper>
        <Paper sx={{ p: 2, gridColumn: { lg: 'span 2' } }} component="section" aria-labelledby="scores-chart-title">
          <Typography id="scores-chart-title" variant="h6" component="h2" gutterBottom>
            Điểm thi đua năm {year} theo khối
          </Typography>
          {sets.length === 0 ? (
            <Typography color="text.secondary">Năm {year} chưa có bộ tiêu chí chấm điểm.</Typography>
          ) : (
            <DrawnLater after={2}>
              {sets.map((set) => <BlockScoresChart key={set.id} set={set} units={units} />)}
            </DrawnLater>
          )}
        </Paper>
        <DrawnLater after={3}>
          <AnnualReportActions year={year} />
        </DrawnLater>
      </Box>
    </Box>
  );
}
