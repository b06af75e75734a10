import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import type { GridColDef } from '@mui/x-data-grid';
import { formatDateShort } from '../../domain/text';
import { useCouncilMembers, useMeetings } from '../../data/hooks';
import type { Meeting } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { currentYear } from '../../ui/formValues';
import { compareNumberNullable, viTextColumn } from '../../ui/gridColumns';
import { MeetingFormDialog } from './MeetingFormDialog';

export const MEETING_STATUS_LABELS: Record<Meeting['status'], string> = {
  planned: 'Dự kiến',
  held: 'Đã họp',
  closed: 'Đã kết thúc',
};

/** "Phiên họp" (/phien-hop): the council's meetings of a year. */
export function MeetingList() {
  const navigate = useNavigate();
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const [creating, setCreating] = useState(false);
  const meetings = useMeetings(year);
  // The council is needed only to create a meeting: the page shows at once (during a restore the
  // database answers only once it is written), the list says it is loading.
  const members = useCouncilMembers();
  const columns: GridColDef<Meeting>[] = [
    { field: 'date', headerName: 'Ngày họp', width: 120, valueFormatter: (v: string) => formatDateShort(v) },
    { field: 'title', headerName: 'Nội dung', flex: 2, minWidth: 260, ...viTextColumn },
    { field: 'place', headerName: 'Địa điểm', flex: 1, minWidth: 200, ...viTextColumn },
    { field: 'agenda', headerName: 'Số đề nghị', width: 120, valueGetter: (_v, row) => row.agendaNominationIds.length, sortComparator: compareNumberNullable },
    { field: 'status', headerName: 'Trạng thái', width: 140, valueGetter: (_v, row) => MEETING_STATUS_LABELS[row.status], ...viTextColumn },
  ];
  return (
    <>
      <PageHeader requires="editMeetings"
        title="Phiên họp Hội đồng"
        actions={<Button variant="contained" startIcon={<AddIcon />} disabled={!members} onClick={() => setCreating(true)}>Tạo phiên họp</Button>}
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField select label="Năm" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 120 }}>
          {Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
      </Stack>
      <DataTable label="Danh sách phiên họp" rows={meetings ?? []} columns={columns} loading={meetings === undefined} onRowClick={(row) => navigate(row.id)} height={520} />
      {creating && members && (
        <MeetingFormDialog
          meeting={null}
          members={members}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate(saved.id);
          }}
        />
      )}
    </>
  );
}
