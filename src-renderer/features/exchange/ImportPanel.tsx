import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { useSettings } from '../../data/hooks';
import { IMPORT_FIELDS, suggestMapping } from '../../data/imports/importRows';
import type { ColumnMapping, DuplicateChoice, ImportKind, ImportPreview } from '../../data/imports/importRows';
import { parsePasted } from '../../data/imports/tabular';
import type { TabularData } from '../../data/imports/tabular';
import { formatNumber } from '../../domain/text';
import { platform } from '../../platform';
import { describeError } from '../../ui/errors';
import { FilePickButton } from '../../ui/FilePickButton';
import { SearchField } from '../../ui/SearchField';
import { BackgroundProgress, useBackgroundTask } from '../../ui/useBackgroundTask';
import { background, CancelledError } from '../../data/worker';
import {
  checkSummary, columnName, commitLabel, filterPreviewRows, IMPORT_KIND_ORDER, IMPORT_KINDS, importSummary, missingRequired,
  previewRows, ROW_FILTER_LABELS, rowsToWrite, sharedColumns, withRow, type RowFilter,
} from './importLogic';
import { PreviewGrid } from './PreviewGrid';
import { buildImportTemplate, templateFileName } from './template';

const NOT_MAPPED = -1;

interface LoadedSource {
  /** "tệp danh-sach.csv" or "dữ liệu đã dán". */
  name: string;
  data: TabularData;
}

export interface ImportPanelProps {
  /** A list page's own import: this kind only, no choice of kind. Omitted: the user picks. */
  fixedKind?: ImportKind;
  /** Told after a commit (a dialog closes itself); without it the panel shows the result and a link to the register. */
  onImported?: (kind: ImportKind, count: number) => void;
}

/**
 * Bulk intake (SPEC §2), the one import of the app — on "Trao đổi, nhập dữ liệu" with a choice of
 * kind, and on the lists of units, people and nominations for their own kind: a unit's list read
 * from .xlsx/.csv or pasted from Excel, columns mapped to fields, every row checked with its errors
 * beside it (correctable in the grid), then written all at once or not at all — rows in error only
 * ever left out on the user's explicit choice.
 */
export function ImportPanel({ fixedKind, onImported }: ImportPanelProps) {
  const [kind, setKind] = useState<ImportKind>(fixedKind ?? 'people');
  const settings = useSettings();
  const [pasted, setPasted] = useState('');
  const [source, setSource] = useState<LoadedSource | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [query, setQuery] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateChoice | null>(null);
  const { busy, task, error, run } = useBackgroundTask();
  const [checkError, setCheckError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ kind: ImportKind; count: number } | null>(null);

  const missing = missingRequired(kind, mapping);
  const data = source?.data ?? null;

  // Every change of file, correction, kind or mapping re-checks all rows, in the background worker
  // (10,000 rows would hold the window); a check overtaken by a newer one is stopped.
  const [stopCheck, setStopCheck] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!data || missingRequired(kind, mapping).length > 0) {
      setPreview(null);
      return undefined;
    }
    let current = true;
    const abort = new AbortController();
    setChecking(true);
    setCheckError(null);
    setStopCheck(() => () => abort.abort());
    background
      .checkImport(kind, data, mapping, { signal: abort.signal })
      // Drawn as a transition: React renders the check grid (10,000 rows) in slices between which the
      // window answers, instead of one long task.
      .then((result) => current && startTransition(() => setPreview(result)))
      .catch((e: unknown) => current && !(e instanceof CancelledError) && setCheckError(describeError(e)))
      .finally(() => {
        if (!current) return;
        setChecking(false);
        setStopCheck(null);
      });
    return () => {
      // Stopping the worker is only worth it while the old check is still running.
      if (current) abort.abort();
      current = false;
    };
  }, [data, kind, mapping]);

  const rows = useMemo(() => (data ? previewRows(data, preview) : []), [data, preview]);
  // Stable while the file is unchanged, so the check table keeps its columns (and its order).
  const correctRow = useCallback(
    (index: number, cells: readonly string[]) => source && data && setSource({ ...source, data: withRow(data, index, cells) }),
    [source, data],
  );
  const shown = useMemo(() => filterPreviewRows(rows, filter, query), [rows, filter, query]);

  const load = (name: string, table: TabularData) => {
    if (table.rows.length === 0) throw new Error('Không có dòng dữ liệu nào dưới dòng tiêu đề.');
    setImported(null);
    setSource({ name, data: table });
    setMapping(suggestMapping(kind, table.headers));
    setPreview(null);
    setFilter('all');
    setQuery('');
    setSkipInvalid(false);
    setDuplicates(null);
  };

  const readFile = (file: File) =>
    run(
      'Đang đọc tệp…',
      async (options) => load(`tệp ${file.name}`, await background.readImportFile(new Uint8Array(await file.arrayBuffer()), file.name, options)),
      { cancellable: true },
    );

  const changeKind = (next: ImportKind) => {
    setKind(next);
    setImported(null);
    if (data) setMapping(suggestMapping(next, data.headers));
  };

  const downloadTemplate = () =>
    run('Đang tạo tệp mẫu…', async () => {
      await platform().bridge.saveFile({
        suggestedName: templateFileName(kind),
        bytes: await buildImportTemplate(kind, settings && { naming: settings.naming, localTitles: settings.localTitles }),
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
      });
    });

  // In the worker, in one transaction: Hủy stops it with nothing written.
  const commit = () =>
    run(`Đang nhập ${IMPORT_KINDS[kind].noun}…`, async (options) => {
      const count = await background.writeImport(preview as ImportPreview, { skipInvalid, duplicates: duplicates ?? undefined }, options);
      // Start over, so the same list cannot be written twice by a second click.
      setSource(null);
      setPreview(null);
      setPasted('');
      setSkipInvalid(false);
      setDuplicates(null);
      if (onImported) onImported(kind, count);
      else setImported({ kind, count });
    }, { cancellable: true });

  const warnings = data ? sharedColumns(kind, mapping, data.headers) : [];
  const canCommit =
    preview !== null && !checking && busy === null && rowsToWrite(preview, duplicates) > 0 && (preview.invalid === 0 || skipInvalid) &&
    (preview.probableDuplicates === 0 || duplicates !== null) && warnings.length === 0;

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {fixedKind ? '1. Nguồn dữ liệu' : '1. Loại dữ liệu và nguồn'}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
          {!fixedKind && (
            <ToggleButtonGroup
              exclusive
              color="primary"
              value={kind}
              aria-label="Loại dữ liệu cần nhập"
              onChange={(_, next: ImportKind | null) => next && changeKind(next)}
            >
              {IMPORT_KIND_ORDER.map((k) => (
                <ToggleButton key={k} value={k}>
                  {IMPORT_KINDS[k].label}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          )}
          <Button startIcon={<DownloadIcon />} onClick={downloadTemplate} disabled={busy !== null}>
            Tải tệp mẫu {IMPORT_KINDS[kind].label.toLocaleLowerCase('vi')} (.xlsx)
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Cột cần có: {IMPORT_FIELDS[kind].filter((f) => f.required).map((f) => f.label).join(', ')}; có thể thêm{' '}
          {IMPORT_FIELDS[kind].filter((f) => !f.required).map((f) => f.label).join(', ')}.
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(220px, 1fr) 3fr' }, gap: 2, alignItems: 'start' }}>
          <Stack spacing={1}>
            <FilePickButton
              variant="contained"
              startIcon={<UploadIcon />}
              accept=".xlsx,.csv,.txt"
              inputLabel="Chọn tệp dữ liệu"
              onFile={readFile}
              disabled={busy !== null}
            >
              Chọn tệp .xlsx hoặc .csv…
            </FilePickButton>
            <Typography variant="caption" color="text.secondary">
              Tệp CSV cần lưu với mã UTF-8 (trong Excel chọn “CSV UTF-8”). Dòng đầu là tiêu đề cột.
            </Typography>
          </Stack>
          <Stack spacing={1}>
            <TextField
              label="Hoặc dán các ô đã sao chép từ Excel (dòng đầu là tiêu đề cột)"
              // A list page's own import opens ready for Ctrl+V.
              autoFocus={fixedKind !== undefined}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              multiline
              minRows={3}
              maxRows={10}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
            <Box>
              <Button variant="outlined" disabled={!pasted.trim() || busy !== null} onClick={() => run('Đang đọc dữ liệu…', async () => load('dữ liệu đã dán', parsePasted(pasted)))}>
                Đọc dữ liệu đã dán
              </Button>
            </Box>
          </Stack>
        </Box>
      </Paper>

      <BackgroundProgress task={task} />
      {[error, checkError].map((message) => message && <Alert key={message} severity="error">{message}</Alert>)}
      {imported && (
        <Alert
          severity="success"
          action={
            <Button color="inherit" size="small" component={RouterLink} to={IMPORT_KINDS[imported.kind].listPath}>
              {IMPORT_KINDS[imported.kind].listLabel}
            </Button>
          }
        >
          {importSummary(imported.kind, imported.count)}
        </Alert>
      )}

      {source && data && (
        <Paper sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            2. Ghép cột
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            Đã đọc {source.name}: {formatNumber(data.rows.length)} dòng dữ liệu, {data.headers.length} cột.
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 2 }} aria-label="Các cột trong tệp">
            {data.headers.map((_, i) => (
              <Chip key={i} size="small" variant="outlined" label={columnName(data.headers, i)} />
            ))}
          </Stack>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' }, gap: 2 }}>
            {IMPORT_FIELDS[kind].map((field) => (
              <TextField
                key={field.key}
                select
                size="small"
                label={`Cột “${field.label}”${field.required ? ' *' : ''}`}
                value={mapping[field.key] ?? NOT_MAPPED}
                onChange={(e) => {
                  const index = Number(e.target.value);
                  setMapping({ ...mapping, [field.key]: index === NOT_MAPPED ? null : index });
                }}
              >
                <MenuItem value={NOT_MAPPED}>
                  <em>Không có trong tệp</em>
                </MenuItem>
                {data.headers.map((_, i) => (
                  <MenuItem key={i} value={i}>
                    {columnName(data.headers, i)}
                  </MenuItem>
                ))}
              </TextField>
            ))}
          </Box>
          {missing.length > 0 && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              Chưa chọn cột cho: {missing.join(', ')}.
            </Alert>
          )}
          {warnings.map((w) => (
            <Alert key={w} severity="warning" sx={{ mt: 2 }}>
              {w}
            </Alert>
          ))}
        </Paper>
      )}

      {source && data && preview && (
        <Paper sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            3. Kiểm tra từng dòng
          </Typography>
          {checking && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }} role="status">
              <LinearProgress aria-label="Đang kiểm tra dữ liệu" sx={{ flex: 1 }} />
              <Typography variant="body2" color="text.secondary">
                Đang kiểm tra từng dòng; cửa sổ vẫn dùng được trong lúc chờ.
              </Typography>
              {stopCheck && (
                <Button size="small" onClick={() => { stopCheck(); setSource(null); }}>
                  Hủy
                </Button>
              )}
            </Stack>
          )}
          <Alert severity={preview.invalid > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
            {checkSummary(preview)}
          </Alert>
          <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <SearchField value={query} onChange={setQuery} label="Tìm trong các dòng" />
            <TextField select size="small" label="Hiển thị" value={filter} onChange={(e) => setFilter(e.target.value as RowFilter)} sx={{ minWidth: 200 }}>
              {(Object.keys(ROW_FILTER_LABELS) as RowFilter[]).map((f) => (
                <MenuItem key={f} value={f}>
                  {ROW_FILTER_LABELS[f]}
                </MenuItem>
              ))}
            </TextField>
            <Typography variant="body2" color="text.secondary">
              Đang hiện {formatNumber(shown.length)}/{formatNumber(rows.length)} dòng
            </Typography>
          </Stack>
          <PreviewGrid
            headers={data.headers}
            rows={shown}
            onRowChange={correctRow}
          />
          {preview.invalid > 0 && (
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />}
              label={`Bỏ qua ${formatNumber(preview.invalid)} dòng có lỗi, chỉ nhập các dòng hợp lệ`}
            />
          )}
          {preview.probableDuplicates > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {formatNumber(preview.probableDuplicates)} dòng có thể trùng với người đã có trong danh mục (cùng họ tên, năm sinh và đơn vị;
              xem cột “Lỗi, lưu ý”). Hãy chọn:
              <RadioGroup value={duplicates ?? ''} onChange={(e) => setDuplicates(e.target.value as DuplicateChoice)} aria-label="Các dòng có thể trùng">
                <FormControlLabel value="skip" control={<Radio size="small" />} label="Bỏ qua các dòng này (người đã có trong danh mục)" />
                <FormControlLabel value="import" control={<Radio size="small" />} label="Vẫn nhập các dòng này (là người khác)" />
              </RadioGroup>
            </Alert>
          )}
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button variant="contained" onClick={commit} disabled={!canCommit}>
              {commitLabel(kind, preview, duplicates)}
            </Button>
            <Button
              onClick={() => {
                setSource(null);
                setPreview(null);
              }}
              disabled={busy !== null}
            >
              Hủy, chọn dữ liệu khác
            </Button>
          </Stack>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
            Tất cả các dòng được ghi cùng lúc: nếu có trục trặc thì không dòng nào được ghi.
          </Typography>
        </Paper>
      )}
    </Stack>
  );
}
