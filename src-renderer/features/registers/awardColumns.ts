/** Grid columns of the award history, shared by the per-subject and the year-wide lists. */
import type { GridColDef } from '@mui/x-data-grid';
import { formatDateShort } from '../../domain/text';
import { AWARD_KIND_LABELS, SUBJECT_KIND_LABELS } from '../../domain/vocabulary';
import type { AwardListItem } from '../../data/awardQueries';
import type { Award } from '../../data/schemas';
import { compareNumberNullable, viTextColumn } from '../../ui/gridColumns';

/** What one award row says: year, title, kind, the decision as issued, and whether the app produced it. */
export const AWARD_COLUMNS: GridColDef<Award>[] = [
  { field: 'year', headerName: 'Năm', width: 90, sortComparator: compareNumberNullable },
  { field: 'titleLabel', headerName: 'Danh hiệu / hình thức', flex: 2, minWidth: 170, ...viTextColumn },
  { field: 'awardKind', headerName: 'Loại hình', flex: 1, minWidth: 130, valueGetter: (_v, row) => AWARD_KIND_LABELS[row.awardKind], ...viTextColumn },
  { field: 'decisionNo', headerName: 'Số quyết định', width: 130, ...viTextColumn },
  { field: 'decisionDate', headerName: 'Ngày', width: 100, valueFormatter: (v: string | null) => (v ? formatDateShort(v) : '') },
  { field: 'issuer', headerName: 'Cơ quan ban hành', flex: 1.5, minWidth: 160, ...viTextColumn },
  { field: 'nominationId', headerName: 'Nguồn', width: 110, valueGetter: (_v, row) => (row.nominationId ? 'Từ đề nghị' : 'Nhập tay') },
];

/**
 * The year-wide list names the subject instead of the year it is filtered by; its rows arrive sorted
 * by the ward's name order.
 */
export const AWARD_LIST_COLUMNS: GridColDef<AwardListItem>[] = [
  { field: 'subjectName', headerName: 'Cá nhân / tập thể / hộ', flex: 1.6, minWidth: 170, sortable: false },
  { field: 'subjectKind', headerName: 'Đối tượng', width: 100, valueGetter: (_v, row) => SUBJECT_KIND_LABELS[row.subjectKind], ...viTextColumn },
  ...(AWARD_COLUMNS.filter((c) => c.field !== 'year') as GridColDef<AwardListItem>[]),
];
