import { useMemo, useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import AddIcon from '@mui/icons-material/Add';
import CopyIcon from '@mui/icons-material/ContentCopyOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { maxPointsOf } from '../../domain/scoring';
import { compareVi, formatDateShort, formatNumber } from '../../domain/text';
import { useBlocks, useCriteriaSets } from '../../data/hooks';
import type { CriteriaSet } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { compareViNullable } from '../../ui/gridColumns';
import { currentYear } from '../../ui/formValues';
import { useFeedback } from '../../ui/useFeedback';
import { YearSelect } from '../../ui/YearSelect';
import { CopyCriteriaSetDialog, NewCriteriaSetDialog } from './CriteriaSetDialogs';
import CriteriaEditor from './CriteriaEditor';

/** Criteria sets (bộ tiêu chí chấm điểm thi đua, SPEC §3): the list by year, and the tree editor. */
export default function CriteriaPage() {
  return (
    <Routes>
      <Route index element={<CriteriaSetList />} />
      <Route path=":setId" element={<CriteriaEditor />} />
    </Routes>
  );
}

interface Row {
  id: string;
  name: string;
  blockName: string;
  revision: number;
  locked: boolean;
  itemsMax: number;
  note: string;
  updatedAt: string;
}

function CriteriaSetList() {
  const [year, setYear] = useState(currentYear());
  const [dialog, setDialog] = useState<'new' | 'copy' | null>(null);
  const navigate = useNavigate();
  const feedback = useFeedback();
  const sets = useCriteriaSets(year);
  const blocks = useBlocks(year);

  const rows = useMemo(
    (): Row[] =>
      (sets ?? [])
        .map((set: CriteriaSet) => ({
          id: set.id,
          name: set.name,
          blockName: set.blockId ? (blocks?.find((b) => b.id === set.blockId)?.name ?? '') : 'Tất cả các khối',
          revision: set.revision,
          locked: set.locked,
          itemsMax: maxPointsOf(set.definition.nodes, 'item'),
          note: set.note,
          updatedAt: set.updatedAt,
        }))
        .sort((a, b) => compareVi(a.name, b.name)),
    [sets, blocks],
  );

  if (!sets || !blocks) return <LinearProgress aria-label="Đang tải" />;

  const columns: GridColDef<Row>[] = [
    { field: 'name', headerName: 'Tên bộ tiêu chí', flex: 2, minWidth: 220, sortComparator: compareViNullable },
    { field: 'blockName', headerName: 'Khối thi đua', flex: 1, minWidth: 160, sortComparator: compareViNullable },
    { field: 'itemsMax', headerName: 'Tổng điểm chuẩn', type: 'number', width: 150, valueFormatter: (v: number) => formatNumber(v) },
    { field: 'revision', headerName: 'Lần sửa', type: 'number', width: 100 },
    {
      field: 'locked',
      headerName: 'Trạng thái',
      width: 170,
      renderCell: ({ row }) =>
        row.locked ? <Chip size="small" color="warning" label="Đã khóa (đang chấm)" /> : <Chip size="small" label="Đang soạn" />,
    },
    { field: 'note', headerName: 'Ghi chú', flex: 1, minWidth: 160, sortable: false },
    { field: 'updatedAt', headerName: 'Cập nhật', width: 120, valueFormatter: (v: string) => formatDateShort(v.slice(0, 10)) },
  ];

  return (
    <Box>
      <PageHeader requires="editScoring"
        title="Tiêu chí chấm điểm thi đua"
        subtitle="Mỗi năm một bộ tiêu chí (hoặc một bộ cho từng khối thi đua). Bộ tiêu chí bị khóa khi bắt đầu chấm điểm."
        actions={
          <>
            <YearSelect value={year} onChange={setYear} />
            <Button startIcon={<CopyIcon />} onClick={() => setDialog('copy')}>
              Sao chép từ năm trước
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog('new')}>
              Tạo bộ tiêu chí
            </Button>
          </>
        }
      />
      {rows.length === 0 ? (
        <Alert severity="info">
          Năm {year} chưa có bộ tiêu chí nào. Hãy tạo bộ tiêu chí mới hoặc sao chép bộ tiêu chí của năm trước rồi chỉnh sửa.
        </Alert>
      ) : (
        <DataTable rows={rows} columns={columns} label={`Các bộ tiêu chí năm ${year}`} onRowClick={(row) => navigate(row.id)} height={Math.min(560, 120 + rows.length * 40)} />
      )}
      {dialog === 'new' && (
        <NewCriteriaSetDialog
          year={year}
          blocks={blocks}
          onClose={() => setDialog(null)}
          onCreated={(set) => {
            setDialog(null);
            navigate(set.id);
          }}
        />
      )}
      {dialog === 'copy' && (
        <CopyCriteriaSetDialog
          toYear={year}
          onClose={() => setDialog(null)}
          onCopied={(set) => {
            setDialog(null);
            feedback.notify(`Đã sao chép thành “${set.name}” năm ${set.year}.`);
            navigate(set.id);
          }}
        />
      )}
      {feedback.feedback}
    </Box>
  );
}
