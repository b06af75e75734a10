import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import { getDb } from '../../data/db';
import { meetingRepo } from '../../data/meetings';
import { meetingInputSchema } from '../../data/schemas';
import type { CouncilMember, Meeting, MeetingInput } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormNumberField, FormTextField } from '../../ui/formFields';
import { FormPersonField } from '../../ui/RecordPickers';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { currentYear, todayIso } from '../../ui/formValues';
import { attendanceFor, membersOn } from './meetingLogic';

type MeetingOutput = z.output<typeof meetingInputSchema>;

function meetingToForm(m: Meeting | null, year = currentYear()): MeetingInput {
  if (!m) {
    return {
      title: `Họp xét khen thưởng tổng kết năm ${year}`, year, date: todayIso(), startTime: '08:00', endTime: '', place: 'Hội trường Ủy ban nhân dân phường',
      chairPersonId: null, secretaryPersonId: null, attendance: [], guests: [], agendaNominationIds: [], agendaScoreSetIds: [],
      ballots: [], conclusions: '', status: 'planned',
    };
  }
  const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, demo: _d, nominationIds: _n, memberIds: _m, ...input } = m;
  return input;
}

/**
 * Create a meeting or edit its date, place, chair and secretary. A new meeting lists every member in
 * term on its date as present; attendance is marked on the meeting's page.
 */
export function MeetingFormDialog({
  meeting, members, onClose, onSaved,
}: { meeting: Meeting | null; members: readonly CouncilMember[]; onClose: () => void; onSaved: (saved: Meeting) => void }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<MeetingInput, unknown, MeetingOutput>({
    defaultValues: meetingToForm(meeting),
    resolver: zodResolver(meetingInputSchema),
  });
  const edited = useEditedRecord(meeting, meetingRepo, (fresh) => reset(meetingToForm(fresh)));
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: MeetingOutput) => {
    const attendance = attendanceFor(membersOn(members, values.date), values.attendance);
    const saved = edited.read
      ? await meetingRepo.update(getDb(), edited.read, { ...values, attendance })
      : await meetingRepo.create(getDb(), { ...values, attendance });
    onSaved(saved);
  }, { reload: edited.reload });
  return (
    <FormDialog
      open
      title={meeting ? 'Sửa thông tin phiên họp' : 'Tạo phiên họp'}
      onClose={onClose}
      {...submit}
      maxWidth="md"
    >
      <FormTextField control={control} name="title" label="Nội dung phiên họp" required autoFocus />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1.4fr 1fr 1fr' }, gap: 2 }}>
        <FormNumberField control={control} name="year" label="Năm xét" required />
        <FormDateField control={control} name="date" label="Ngày họp" required />
        <FormTextField control={control} name="startTime" label="Giờ bắt đầu" placeholder="08:00" />
        <FormTextField control={control} name="endTime" label="Giờ kết thúc" placeholder="11:00" />
      </Box>
      <FormTextField control={control} name="place" label="Địa điểm" required />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <FormPersonField control={control} name="chairPersonId" label="Chủ trì" />
        <FormPersonField control={control} name="secretaryPersonId" label="Thư ký" />
      </Box>
    </FormDialog>
  );
}
