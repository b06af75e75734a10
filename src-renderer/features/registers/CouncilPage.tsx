import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import AddIcon from '@mui/icons-material/Add';
import type { GridColDef } from '@mui/x-data-grid';
import { checkQuorum, minimumAgree, voteRequirementFor } from '../../domain/council';
import { formatDateShort, formatPercent } from '../../domain/text';
import { COUNCIL_ROLE_LABELS } from '../../domain/vocabulary';
import type { WardSettings } from '../../domain/settings';
import { getDb } from '../../data/db';
import { councilMemberRepo } from '../../data/registers';
import { useCouncilMembers, usePeopleByIds, useSettings } from '../../data/hooks';
import { COUNCIL_ROLES, councilMemberInputSchema } from '../../data/schemas';
import type { CouncilMember, CouncilMemberInput } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/formFields';
import { FormPersonField } from '../../ui/RecordPickers';
import { PageHeader } from '../../ui/PageHeader';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { todayIso } from '../../ui/formValues';
import { viTextColumn } from '../../ui/gridColumns';
import { useFeedback } from '../../ui/useFeedback';
import { membersOn, sortByRole } from '../meetings/meetingLogic';
import { ArchiveActions } from './ArchiveActions';

/** The data schema, with a plain message when no person was picked yet. */
export const councilMemberFormSchema = councilMemberInputSchema.extend({
  personId: z.string().min(1, 'Phải chọn cá nhân là thành viên Hội đồng.'),
});
type MemberOutput = z.output<typeof councilMemberFormSchema>;
const ROLE_OPTIONS = COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_LABELS[r] }));

/** "12 thành viên: họp khi có ít nhất 8; CSTĐCS cần ít nhất 10 phiếu đồng ý (80 %)." */
export function councilSummary(total: number, settings: WardSettings): string {
  if (total === 0) return 'Chưa có thành viên Hội đồng trong nhiệm kỳ hiện tại.';
  const quorum = checkQuorum({ totalMembers: total, presentMembers: total }, settings);
  const cstdcs = voteRequirementFor('CSTDCS', settings);
  return `Hội đồng có ${total} thành viên trong nhiệm kỳ: phiên họp cần ít nhất ${quorum.requiredPresent} người dự; danh hiệu Chiến sĩ thi đua cơ sở cần ít nhất ${minimumAgree(total, cstdcs)} phiếu đồng ý (${formatPercent(cstdcs.percent)} tổng số thành viên).`;
}

/** "Hội đồng" (/hoi-dong): council members, their roles and terms. */
export default function CouncilPage() {
  const members = useCouncilMembers();
  const personById = usePeopleByIds(useMemo(() => (members ?? []).map((m) => m.personId), [members]));
  const settings = useSettings();
  const [editing, setEditing] = useState<CouncilMember | 'new' | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const { notify, fail, feedback } = useFeedback();
  const rows = useMemo(() => sortByRole(members ?? []), [members]);
  if (!members || !personById || !settings) return <LinearProgress aria-label="Đang tải" />;
  const inTerm = membersOn(members, todayIso());
  const columns: GridColDef<CouncilMember>[] = [
    { field: 'personId', headerName: 'Họ và tên', flex: 1.5, minWidth: 200, valueGetter: (_v, row) => personById.get(row.personId)?.fullName ?? '', ...viTextColumn },
    { field: 'role', headerName: 'Vai trò', flex: 1, minWidth: 180, valueGetter: (_v, row) => COUNCIL_ROLE_LABELS[row.role], ...viTextColumn },
    { field: 'position', headerName: 'Chức vụ', flex: 1.5, minWidth: 200, valueGetter: (_v, row) => personById.get(row.personId)?.position ?? '', ...viTextColumn },
    { field: 'termFrom', headerName: 'Nhiệm kỳ từ', width: 120, valueFormatter: (v: string) => formatDateShort(v) },
    { field: 'termTo', headerName: 'Đến', width: 120, valueFormatter: (v: string | null) => (v ? formatDateShort(v) : '') },
  ];
  const done = (message: string, savedId?: string) => {
    setEditing(null);
    if (savedId) setJustAdded(savedId);
    notify(message);
  };
  return (
    <>
      <PageHeader requires="editRegisters"
        title="Hội đồng Thi đua - Khen thưởng"
        actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>Thêm thành viên</Button>}
      />
      <Alert severity="info" sx={{ mb: 2 }} data-testid="council-summary">
        {councilSummary(inTerm.length, settings)}
      </Alert>
      <DataTable label="Thành viên Hội đồng" rows={rows} columns={columns} onRowClick={setEditing} height={480} highlightId={justAdded} />
      {editing && (
        <CouncilMemberDialog
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={done}
          extraActions={editing !== 'new' && (
            <ArchiveActions record={editing} repo={councilMemberRepo} label="thành viên này" onDone={done} onError={fail} />
          )}
        />
      )}
      {feedback}
    </>
  );
}

function memberToForm(member: CouncilMember): CouncilMemberInput {
  return { personId: member.personId, role: member.role, termFrom: member.termFrom, termTo: member.termTo, note: member.note };
}

function CouncilMemberDialog({
  member, onClose, onSaved, extraActions,
}: { member: CouncilMember | null; onClose: () => void; onSaved: (message: string, savedId?: string) => void; extraActions?: ReactNode }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<CouncilMemberInput, unknown, MemberOutput>({
    defaultValues: member ? memberToForm(member) : { personId: '', role: 'member', termFrom: todayIso(), termTo: null, note: '' },
    resolver: zodResolver(councilMemberFormSchema),
  });
  const edited = useEditedRecord(member, councilMemberRepo, (fresh) => reset(memberToForm(fresh)));
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: MemberOutput) => {
    const saved = edited.read ? await councilMemberRepo.update(getDb(), edited.read, values) : await councilMemberRepo.create(getDb(), values);
    onSaved('Đã lưu thành viên Hội đồng.', saved.id);
  }, { reload: edited.reload });
  return (
    <FormDialog
      open
      title={member ? 'Sửa thành viên Hội đồng' : 'Thêm thành viên Hội đồng'}
      onClose={onClose}
      {...submit}
      extraActions={extraActions}
    >
      <FormPersonField control={control} name="personId" label="Cá nhân" required autoFocus />
      <FormSelectField control={control} name="role" label="Vai trò trong Hội đồng" options={ROLE_OPTIONS} required />
      <FormDateField control={control} name="termFrom" label="Nhiệm kỳ từ ngày" required />
      <FormDateField control={control} name="termTo" label="Đến ngày" />
      <FormTextField control={control} name="note" label="Ghi chú" />
    </FormDialog>
  );
}
