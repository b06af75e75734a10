import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb } from '../data/db';
import { commitImport, IMPORT_FIELDS, previewImport, suggestMapping } from '../data/imports/importRows';
import type { ColumnMapping, ImportKind, ImportPreview } from '../data/imports/importRows';
import { parsePasted, parseTabular } from '../data/imports/tabular';
import type { TabularData } from '../data/imports/tabular';
import { describeError } from './errors';

const NOT_MAPPED = -1;
const PREVIEW_ROWS = 500;

/**
 * Bulk intake (SPEC §2): a unit's list pasted from Excel or read from .xlsx/.csv, columns mapped to
 * fields, every row checked; rows with errors are listed with their line, never silently dropped, and
 * the valid rows are written all at once (or nothing).
 */
export function ImportWizard({ kind, onDone }: { kind: ImportKind; onDone: (count: number) => void }) {
  const [source, setSource] = useState<'paste' | 'file'>('paste');
  const [pasted, setPasted] = useState('');
  const [data, setData] = useState<TabularData | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fields = IMPORT_FIELDS[kind];

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const load = (table: TabularData) => {
    if (table.rows.length === 0) throw new Error('Không có dòng dữ liệu nào dưới dòng tiêu đề.');
    setData(table);
    setMapping(suggestMapping(kind, table.headers));
    setPreview(null);
  };

  const check = () => run(async () => setPreview(await previewImport(getDb(), kind, data as TabularData, mapping)));
  const commit = () =>
    run(async () => {
      const count = await commitImport(getDb(), preview as ImportPreview, { skipInvalid });
      // Start over, so the same list cannot be written twice by a second click.
      setData(null);
      setPreview(null);
      setPasted('');
      setSkipInvalid(false);
      onDone(count);
    });

  const errorRows = useMemo(() => preview?.rows.filter((r) => r.errors.length > 0) ?? [], [preview]);

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2">1. Dữ liệu nguồn</Typography>
        <Tabs value={source} onChange={(_, v) => setSource(v)} sx={{ mb: 2 }}>
          <Tab value="paste" label="Dán từ Excel" />
          <Tab value="file" label="Chọn tệp .xlsx hoặc .csv" />
        </Tabs>
        {source === 'paste' ? (
          <Stack spacing={1}>
            <TextField
              label="Dán các ô đã sao chép (dòng đầu là tiêu đề cột)"
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              multiline
              minRows={6}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
            <Box>
              <Button variant="outlined" disabled={!pasted.trim() || busy} onClick={() => run(async () => load(parsePasted(pasted)))}>
                Đọc dữ liệu đã dán
              </Button>
            </Box>
          </Stack>
        ) : (
          <Button variant="outlined" component="label" disabled={busy}>
            Chọn tệp…
            <input
              type="file"
              hidden
              accept=".xlsx,.csv,.txt"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) run(async () => load(await parseTabular(new Uint8Array(await file.arrayBuffer()), file.name)));
              }}
            />
          </Button>
        )}
      </Paper>
      {data && (
        <Paper sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h2" gutterBottom>
            2. Ghép cột ({data.rows.length} dòng dữ liệu)
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
            {fields.map((field) => (
              <TextField
                key={field.key}
                select
                label={`${field.label}${field.required ? ' *' : ''}`}
                value={mapping[field.key] ?? NOT_MAPPED}
                onChange={(e) => {
                  const index = Number(e.target.value);
                  setMapping({ ...mapping, [field.key]: index === NOT_MAPPED ? null : index });
                  setPreview(null);
                }}
              >
                <MenuItem value={NOT_MAPPED}><em>Không có</em></MenuItem>
                {data.headers.map((h, i) => <MenuItem key={`${h}-${i}`} value={i}>{h || `Cột ${i + 1}`}</MenuItem>)}
              </TextField>
            ))}
          </Box>
          <Button variant="contained" sx={{ mt: 2 }} onClick={check} disabled={busy}>
            Kiểm tra dữ liệu
          </Button>
        </Paper>
      )}
      {busy && <LinearProgress aria-label="Đang xử lý" />}
      {error && <Alert severity="error">{error}</Alert>}
      {preview && (
        <Paper sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h2" gutterBottom>3. Kết quả kiểm tra</Typography>
          <Alert severity={preview.invalid > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
            {preview.valid} dòng hợp lệ, {preview.invalid} dòng có lỗi.
          </Alert>
          {errorRows.length > 0 && (
            <Table size="small" aria-label="Các dòng có lỗi" sx={{ mb: 2 }}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 80 }}>Dòng</TableCell>
                  <TableCell>Nội dung</TableCell>
                  <TableCell>Lỗi</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {errorRows.slice(0, PREVIEW_ROWS).map((row) => (
                  <TableRow key={row.line}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{data?.rows[row.line - 2]?.filter(Boolean).join(' | ')}</TableCell>
                    <TableCell>{row.errors.join(' ')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {preview.invalid > 0 && (
            <FormControlLabel
              control={<Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />}
              label="Bỏ qua các dòng có lỗi, chỉ nhập các dòng hợp lệ"
            />
          )}
          <Box>
            <Button variant="contained" onClick={commit} disabled={busy || preview.valid === 0 || (preview.invalid > 0 && !skipInvalid)}>
              Nhập {preview.valid} dòng hợp lệ
            </Button>
          </Box>
        </Paper>
      )}
    </Stack>
  );
}
