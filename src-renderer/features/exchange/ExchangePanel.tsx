import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { getDb } from '../../data/db';
import { acceptExchange, exportExchange, previewExchange } from '../../data/exchange';
import type { ExchangeKind, ExchangePreview } from '../../data/exchange';
import { findGoodDeeds, findNominations } from '../../data/queries';
import { useUnits } from '../../data/hooks';
import { platform } from '../../platform';
import { DataTable } from '../../ui/DataTable';
import { FilePickButton } from '../../ui/FilePickButton';
import { currentYear, todayIso } from '../../ui/formValues';
import { viTextColumn } from '../../ui/gridColumns';
import { UnitPicker } from '../../ui/RecordPickers';
import { YearSelect } from '../../ui/YearSelect';
import { useBusyTask } from '../../ui/useBusyTask';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';
import { DuplicateMatch } from './DuplicateMatch';
import {
  acceptLabel, acceptSummary, EXCHANGE_KIND_LABELS, EXCHANGE_LIST_LABELS, exchangeFileName, exchangeRows, exportCountText, previewSummary,
  type ExchangeList, type ExchangeRow,
} from './exchangeLogic';

const LISTS: readonly ExchangeList[] = ['fresh', 'duplicates', 'invalid'];

/** How many records a package of this unit and period would carry (live, through the data layer's queries). */
function useExportCount(kind: ExchangeKind, unitId: string | null, year: number, month: string): number | undefined {
  return useLiveQuery(async () => {
    if (!unitId) return 0;
    if (kind === 'nominations') return (await findNominations(getDb(), { year, proposingUnitId: unitId })).length;
    return /^\d{4}-\d{2}$/.test(month) ? (await findGoodDeeds(getDb(), { month, unitId })).length : 0;
  }, [kind, unitId, year, month]);
}

/** (a) A unit's nominations of a year, or its good-deed reports of a month, saved as one file. */
function PreparePackage() {
  const units = useUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [kind, setKind] = useState<ExchangeKind>('nominations');
  const [year, setYear] = useState(currentYear());
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const count = useExportCount(kind, unitId, year, month);
  const { notify, fail, feedback } = useFeedback();
  const { busy, run } = useBusyAction(fail);
  const unit = units?.find((u) => u.id === unitId);
  const period = kind === 'nominations' ? year : month;

  const save = () =>
    run(async () => {
      if (!unit) return;
      const bytes = await exportExchange(getDb(), { unitId: unit.id, kind, year, month });
      const result = await platform().bridge.saveFile({
        suggestedName: exchangeFileName(kind, unit.name, period),
        bytes,
        filters: [{ name: 'Gói trao đổi ThiDua', extensions: ['json'] }],
      });
      if (result.saved) notify(`Đã lưu gói trao đổi: ${result.path}`);
    });

  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Chuẩn bị gói trao đổi
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Đơn vị lập đề nghị hoặc báo cáo trên máy của mình, lưu thành một tệp rồi gửi cho bộ phận thi đua của phường.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 2fr 1fr' }, gap: 2, alignItems: 'center' }}>
        <UnitPicker label="Đơn vị" value={unitId} onChange={setUnitId} required />
        <TextField select label="Loại dữ liệu" value={kind} onChange={(e) => setKind(e.target.value as ExchangeKind)}>
          {(Object.keys(EXCHANGE_KIND_LABELS) as ExchangeKind[]).map((k) => (
            <MenuItem key={k} value={k}>
              {EXCHANGE_KIND_LABELS[k]}
            </MenuItem>
          ))}
        </TextField>
        {kind === 'nominations' ? (
          <YearSelect value={year} onChange={setYear} />
        ) : (
          <TextField type="month" label="Tháng" value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        )}
      </Box>
      {unit && count !== undefined && (
        <Typography sx={{ mt: 2 }} role="status">
          {exportCountText(kind, count, unit.name, period)}
        </Typography>
      )}
      {busy && <LinearProgress aria-label="Đang tạo gói trao đổi" sx={{ mt: 2 }} />}
      <Button variant="contained" sx={{ mt: 2 }} onClick={save} disabled={!unit || !count || busy}>
        Lưu gói trao đổi…
      </Button>
      {feedback}
    </Paper>
  );
}

function columnsFor(list: ExchangeList, kind: ExchangeKind): GridColDef<ExchangeRow>[] {
  const base: GridColDef<ExchangeRow>[] = [
    { field: 'id', headerName: 'Dòng', width: 70, type: 'number' },
    { field: 'subject', headerName: 'Đối tượng', flex: 1, minWidth: 200, ...viTextColumn },
    { field: 'content', headerName: 'Nội dung', flex: 1.2, minWidth: 220, ...viTextColumn },
  ];
  if (list === 'duplicates') {
    return [
      ...base,
      {
        field: 'duplicateOf',
        headerName: 'Trùng với bản ghi đã có',
        flex: 1.5,
        minWidth: 320,
        sortable: false,
        renderCell: ({ row }) => (row.duplicateOf ? <DuplicateMatch kind={kind} id={row.duplicateOf} /> : null),
      },
    ];
  }
  const note = list === 'invalid' ? 'Lý do' : 'Ghi chú';
  return [...base, { field: 'note', headerName: note, flex: 2, minWidth: 320, ...viTextColumn }];
}

/** The file picked, read and classified; nothing is written until the user accepts. */
interface PendingPackage {
  fileName: string;
  preview: ExchangePreview;
}

/** (b) A package from a unit: three lists (mới / trùng / không hợp lệ), the new ones accepted in one step. */
function ImportPackage() {
  const [pending, setPending] = useState<PendingPackage | null>(null);
  const [list, setList] = useState<ExchangeList>('fresh');
  const { busy, error, run } = useBusyTask();
  const [accepted, setAccepted] = useState<string | null>(null);

  const read = (file: File) =>
    run('Đang đọc gói trao đổi…', async () => {
      setPending(null);
      setAccepted(null);
      const preview = await previewExchange(getDb(), new Uint8Array(await file.arrayBuffer()));
      setPending({ fileName: file.name, preview });
      setList(LISTS.find((l) => preview[l].length > 0) ?? 'fresh');
    });

  const accept = () => {
    const { preview } = pending!;
    return run('Đang nhận dữ liệu…', async () => {
      const count = await acceptExchange(getDb(), preview);
      setPending(null);
      setAccepted(acceptSummary(preview, count));
    });
  };

  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Nhập gói trao đổi
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Tệp được kiểm tra trước khi nhập: bản ghi trùng (cùng người, cùng danh hiệu, cùng năm) và bản ghi không hợp lệ
        không được nhập; tệp hỏng bị từ chối và dữ liệu giữ nguyên.
      </Typography>
      <FilePickButton variant="outlined" accept=".json,application/json" inputLabel="Chọn tệp gói trao đổi" onFile={read} disabled={busy !== null}>
        Chọn gói trao đổi…
      </FilePickButton>
      {busy && <LinearProgress aria-label={busy} sx={{ mt: 2 }} />}
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          Không nhập được gói trao đổi. {error}
        </Alert>
      )}
      {accepted && (
        <Alert severity="success" sx={{ mt: 2 }}>
          {accepted}
        </Alert>
      )}
      {pending && (
        <Box sx={{ mt: 2 }}>
          <Alert severity="info" sx={{ mb: 1 }}>
            Tệp {pending.fileName}. {previewSummary(pending.preview)}
          </Alert>
          <Tabs value={list} onChange={(_, next: ExchangeList) => setList(next)} aria-label="Phân loại bản ghi trong gói">
            {LISTS.map((l) => (
              <Tab key={l} value={l} label={`${EXCHANGE_LIST_LABELS[l]} (${pending.preview[l].length})`} />
            ))}
          </Tabs>
          <DataTable
            key={list}
            label={`Danh sách bản ghi ${EXCHANGE_LIST_LABELS[list].toLocaleLowerCase('vi')}`}
            rows={exchangeRows(pending.preview[list])}
            columns={columnsFor(list, pending.preview.kind)}
            height={360}
          />
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button variant="contained" onClick={accept} disabled={busy !== null || pending.preview.fresh.length === 0}>
              {acceptLabel(pending.preview)}
            </Button>
            <Button onClick={() => setPending(null)} disabled={busy !== null}>
              Hủy
            </Button>
          </Stack>
        </Box>
      )}
    </Paper>
  );
}

/** Tab 2: exchange packages between the units and the ward (SPEC §7). */
export function ExchangePanel() {
  return (
    <Stack spacing={2}>
      <PreparePackage />
      <ImportPackage />
    </Stack>
  );
}
