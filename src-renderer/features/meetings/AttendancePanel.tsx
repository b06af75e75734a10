import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import type { WardSettings } from '../../domain/settings';
import { COUNCIL_ROLE_LABELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { meetingRepo } from '../../data/meetings';
import type { CouncilMember, Meeting, Person } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';
import { ballotProblems, boardOfPresent, councilCount, meetingQuorum, type Attendance } from './meetingLogic';

/**
 * Attendance (thành phần): present or absent with a reason, and the absent members' written opinions;
 * the quorum verdict follows what is ticked, before saving.
 */
export function AttendancePanel({
  meeting, members, people, attendance: initial, settings, feedback,
}: {
  meeting: Meeting;
  members: readonly CouncilMember[];
  people: ReadonlyMap<string, Person>;
  attendance: Attendance[];
  settings: WardSettings;
  feedback: Pick<Feedback, 'notify' | 'fail'>;
}) {
  const [attendance, setAttendance] = useState(initial);
  const [touched, setTouched] = useState(false);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const count = councilCount(members.length, attendance);
  const quorum = meetingQuorum(count, settings);
  // Votes already recorded that the new attendance would contradict: said once, before saving.
  const contradicted = meeting.ballots.filter((b) => ballotProblems(b, count).length > 0).length;
  const change = (index: number, patch: Partial<Attendance>) => {
    setAttendance(attendance.map((a, i) => (i === index ? { ...a, ...patch } : a)));
    setTouched(true);
  };
  const save = () =>
    // A member marked absent leaves the counting board, which only present members sit on.
    meetingRepo.update(getDb(), meeting, { attendance, countingBoardMemberIds: boardOfPresent(meeting.countingBoardMemberIds ?? [], attendance) }).then(() => {
      setTouched(false);
      feedback.notify('Đã lưu thành phần dự họp.');
    }, feedback.fail);
  return (
    <Stack spacing={2}>
      <Alert severity={quorum.met ? 'success' : 'error'} data-testid="quorum-verdict">
        <AlertTitle>{quorum.met ? 'Đủ số thành viên để họp' : 'Chưa đủ số thành viên để họp'}</AlertTitle>
        {quorum.reason} ({quorum.reference}){count.writtenOpinions > 0 ? ` ${count.writtenOpinions} thành viên vắng mặt có ý kiến bằng văn bản.` : ''}
      </Alert>
      <Table size="small" aria-label="Thành phần dự họp">
        <TableHead>
          <TableRow>
            <TableCell>Thành viên</TableCell>
            <TableCell>Vai trò</TableCell>
            <TableCell sx={{ width: 100 }}>Có mặt</TableCell>
            <TableCell>Lý do vắng mặt</TableCell>
            <TableCell sx={{ width: 170 }}>Ý kiến bằng văn bản</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {attendance.map((a, index) => {
            const member = memberById.get(a.memberId);
            const name = member ? people.get(member.personId)?.fullName ?? '' : '';
            const missingReason = !a.present && !a.absentReason?.trim();
            return (
              <TableRow key={a.memberId}>
                <TableCell>{name}</TableCell>
                <TableCell>{member ? COUNCIL_ROLE_LABELS[member.role] : ''}</TableCell>
                <TableCell>
                  <Switch
                    checked={a.present}
                    onChange={(e) => change(index, { present: e.target.checked, writtenOpinion: e.target.checked ? false : a.writtenOpinion })}
                    slotProps={{ input: { 'aria-label': `Có mặt: ${name}` } }}
                  />
                </TableCell>
                <TableCell>
                  {!a.present && (
                    <TextField
                      value={a.absentReason ?? ''}
                      onChange={(e) => change(index, { absentReason: e.target.value })}
                      placeholder="Đi công tác, ốm…"
                      error={missingReason}
                      helperText={missingReason ? 'Phải ghi lý do vắng mặt.' : undefined}
                      fullWidth
                      slotProps={{ htmlInput: { 'aria-label': `Lý do vắng mặt: ${name}` } }}
                    />
                  )}
                </TableCell>
                <TableCell>
                  {!a.present && (
                    <Checkbox
                      checked={a.writtenOpinion ?? false}
                      onChange={(e) => change(index, { writtenOpinion: e.target.checked })}
                      slotProps={{ input: { 'aria-label': `Có ý kiến bằng văn bản: ${name}` } }}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {touched && contradicted > 0 && (
        <Alert severity="error" data-testid="attendance-contradicts-votes">
          {contradicted} kết quả biểu quyết đã lưu có nhiều phiếu hơn số thành viên có mặt ({count.presentMembers}) hoặc nhiều ý kiến bằng văn bản
          hơn số thành viên vắng mặt có ý kiến ({count.writtenOpinions}). Hãy sửa số phiếu ở phần “Biểu quyết” trước, rồi lưu thành phần dự họp.
        </Alert>
      )}
      <Box>
        <Button variant="contained" onClick={save} disabled={!touched || contradicted > 0 || attendance.some((a) => !a.present && !a.absentReason?.trim())}>
          Lưu thành phần dự họp
        </Button>
      </Box>
    </Stack>
  );
}
