/**
 * "Văn bản" (/van-ban): the register of issued documents (sổ đăng ký văn bản, SPEC §6) with its
 * number, date, type and source; opening one rebuilds it from the stored model with the same number.
 */
import { useMemo, useState } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useDocuments } from '../../data/hooks';
import type { RegisteredDocument } from '../../data/schemas';
import { formatDateShort } from '../../domain/text';
import type { DocumentKind } from '../../domain/vocabulary';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { SearchField } from '../../ui/SearchField';
import { YearSelect } from '../../ui/YearSelect';
import { currentYear } from '../../ui/formValues';
import { viTextColumn } from '../../ui/gridColumns';
import { useFeedback } from '../../ui/useFeedback';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, SOURCE_LABELS } from './documentKinds';
import { registerRows } from './registerLogic';

const ALL = 'all';

/** A number issued after a backup that was later restored stays in the register, said so. */
function documentState(row: RegisteredDocument): string {
  const state = row.archived ? 'Đã hủy' : row.numberRequest ? 'Chờ cấp số' : 'Đã cấp số';
  return row.issuedAfterBackup ? `${state} (cấp sau bản sao lưu)` : state;
}

const COLUMNS: GridColDef<RegisteredDocument>[] = [
  { field: 'numberText', headerName: 'Số, ký hiệu', width: 150, valueGetter: (_v, row) => (row.numberRequest ? 'Chờ cấp số' : row.numberText || '(không số)'), ...viTextColumn },
  { field: 'date', headerName: 'Ngày', width: 110, renderCell: ({ row }) => formatDateShort(row.date) },
  { field: 'kind', headerName: 'Loại văn bản', width: 210, valueGetter: (_v, row) => DOCUMENT_KIND_LABELS[row.kind], ...viTextColumn },
  { field: 'title', headerName: 'Trích yếu', flex: 1, minWidth: 280, ...viTextColumn },
  {
    field: 'sourceTable', headerName: 'Tạo từ', width: 170,
    valueGetter: (_v, row) => (row.sourceTable ? (SOURCE_LABELS[row.sourceTable as keyof typeof SOURCE_LABELS] ?? '') : ''),
    ...viTextColumn,
  },
  { field: 'createdBy', headerName: 'Người lập', width: 160, valueGetter: (_v, row) => row.createdBy || '—', ...viTextColumn },
  { field: 'archived', headerName: 'Tình trạng', width: 190, valueGetter: (_v, row) => documentState(row) },
];

export default function DocumentsPage() {
  const [year, setYear] = useState(currentYear);
  const [kind, setKind] = useState<DocumentKind | typeof ALL>(ALL);
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<RegisteredDocument | null>(null);
  const docs = useDocuments(year);
  const { notify, feedback } = useFeedback();
  const rows = useMemo(() => registerRows(docs ?? [], { kind: kind === ALL ? null : kind, query }), [docs, kind, query]);
  return (
    <>
      <PageHeader
        title="Văn bản đã tạo"
        subtitle="Sổ đăng ký văn bản: số không bao giờ cấp lại; mở một văn bản để xem, in, lưu .docx hoặc xuất danh sách .xlsx."
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <YearSelect value={year} onChange={setYear} />
        <TextField select size="small" label="Loại văn bản" value={kind} onChange={(e) => setKind(e.target.value as DocumentKind | typeof ALL)} sx={{ minWidth: 240 }}>
          <MenuItem value={ALL}>Tất cả loại</MenuItem>
          {DOCUMENT_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {DOCUMENT_KIND_LABELS[k]}
            </MenuItem>
          ))}
        </TextField>
        <SearchField value={query} onChange={setQuery} label="Tìm số, trích yếu" />
      </Stack>
      {docs === undefined ? (
        <LinearProgress aria-label="Đang tải sổ đăng ký" />
      ) : docs.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
          Chưa có văn bản nào trong năm {year}. Văn bản được tạo từ phiên họp, đề nghị khen thưởng, kết quả chấm điểm hoặc sổ “Người tốt, việc tốt”.
        </Typography>
      ) : (
        <DataTable rows={rows} columns={COLUMNS} label="Danh sách văn bản đã tạo" onRowClick={setOpened} />
      )}
      <DocumentPreviewDialog doc={opened} onClose={() => setOpened(null)} notify={notify} />
      {feedback}
    </>
  );
}
