import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { COUNCIL_ROLE_LABELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { meetingRepo } from '../../data/meetings';
import type { CouncilMember, Meeting, Person } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';
import { COUNTING_BOARD_MAX, boardOfPresent, toggleBoardMember, type Attendance } from './meetingLogic';

/**
 * The counting board (Ban kiểm phiếu) chosen among the members present; the first chosen heads it.
 * It signs the vote-count minutes (DOMAIN.md §5 T4).
 */
export function CountingBoardPanel({
  meeting, members, people, attendance, feedback,
}: {
  meeting: Meeting;
  members: readonly CouncilMember[];
  people: ReadonlyMap<string, Person>;
  attendance: Attendance[];
  feedback: Pick<Feedback, 'notify' | 'fail'>;
}) {
  const saved = boardOfPresent(meeting.countingBoardMemberIds ?? [], attendance);
  const [board, setBoard] = useState(saved);
  const present = members.filter((m) => attendance.some((a) => a.memberId === m.id && a.present));
  const changed = board.join('|') !== saved.join('|');
  const save = () =>
    // The attendance shown is saved with it: members added to the council since the meeting was created count as present.
    meetingRepo.update(getDb(), meeting, { attendance, countingBoardMemberIds: board }).then(
      () => feedback.notify('Đã lưu Ban kiểm phiếu.'),
      feedback.fail,
    );
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        Chọn tối đa {COUNTING_BOARD_MAX} thành viên có mặt; người chọn đầu tiên là Trưởng ban. Nếu không chọn, biên bản kiểm phiếu lấy
        tối đa 3 thành viên có mặt (trừ chủ trì và thư ký), Ủy viên thường trực trước.
      </Typography>
      <List dense aria-label="Ban kiểm phiếu" sx={{ display: 'grid', gridTemplateColumns: { md: 'repeat(3, 1fr)' } }}>
        {present.map((m) => {
          const name = people.get(m.personId)?.fullName ?? '';
          const place = board.indexOf(m.id);
          return (
            <ListItemButton key={m.id} onClick={() => setBoard(toggleBoardMember(board, m.id))}>
              <ListItemIcon>
                <Checkbox edge="start" checked={place >= 0} tabIndex={-1} slotProps={{ input: { 'aria-label': `Ban kiểm phiếu: ${name}` } }} />
              </ListItemIcon>
              <ListItemText
                primary={name}
                secondary={`${COUNCIL_ROLE_LABELS[m.role]}${place === 0 ? ' · Trưởng ban kiểm phiếu' : place > 0 ? ' · Thành viên Ban kiểm phiếu' : ''}`}
              />
            </ListItemButton>
          );
        })}
      </List>
      <Box>
        <Button variant="contained" onClick={save} disabled={!changed}>Lưu Ban kiểm phiếu</Button>
      </Box>
    </Stack>
  );
}
