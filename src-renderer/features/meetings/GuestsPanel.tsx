import { useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { getDb } from '../../data/db';
import { meetingRepo } from '../../data/meetings';
import type { Meeting } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';

/** Invited guests (khách mời): named in the minutes' "Thành phần" (DOMAIN.md §5 T2); they do not vote. */
export function GuestsPanel({ meeting, feedback }: { meeting: Meeting; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [missingName, setMissingName] = useState(false);
  /** True when saved; a refusal is shown and the typed guest kept. */
  const saveGuests = async (guests: Meeting['guests'], message: string) => {
    try {
      await meetingRepo.update(getDb(), meeting, { guests });
      feedback.notify(message);
      return true;
    } catch (e) {
      feedback.fail(e);
      return false;
    }
  };
  const add = async () => {
    if (!name.trim()) {
      setMissingName(true);
      return;
    }
    if (await saveGuests([...meeting.guests, { name: name.trim(), position: position.trim() }], 'Đã thêm khách mời.')) {
      setName('');
      setPosition('');
    }
  };
  return (
    <Stack spacing={2}>
      {meeting.guests.length === 0 ? (
        <Typography color="text.secondary">Chưa có khách mời.</Typography>
      ) : (
        <Table size="small" aria-label="Khách mời">
          <TableHead>
            <TableRow>
              <TableCell>Họ và tên</TableCell>
              <TableCell>Chức vụ, đơn vị</TableCell>
              <TableCell sx={{ width: 64 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {meeting.guests.map((g, index) => (
              <TableRow key={`${index}-${g.name}`}>
                <TableCell>{g.name}</TableCell>
                <TableCell>{g.position}</TableCell>
                <TableCell>
                  <IconButton
                    aria-label={`Xóa khách mời ${g.name}`}
                    onClick={() => saveGuests(meeting.guests.filter((_, i) => i !== index), 'Đã xóa khách mời.')}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack
        component="form"
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'flex-start' } }}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextField
          label="Họ tên khách mời"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setMissingName(false);
          }}
          error={missingName}
          helperText={missingName ? 'Phải nhập họ tên khách mời.' : undefined}
          sx={{ minWidth: 260 }}
        />
        <TextField label="Chức vụ, đơn vị khách mời" value={position} onChange={(e) => setPosition(e.target.value)} sx={{ flexGrow: 1 }} />
        <Button type="submit" variant="outlined" sx={{ mt: { md: 1 } }}>Thêm khách mời</Button>
      </Stack>
    </Stack>
  );
}
