import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatDateShort } from '../../domain/text';
import { getDb } from '../../data/db';
import { meetingRepo } from '../../data/meetings';
import { useCouncilMembers, useNominations, useNominationsByIds, usePeopleByIds, useRecord, useSettings, useUnits } from '../../data/hooks';
import type { Meeting } from '../../data/schemas';
import { PageHeader } from '../../ui/PageHeader';
import { useFeedback } from '../../ui/useFeedback';
import { indexById } from '../registers/listLogic';
import { ON_HOLD_LABEL, nomineeName, nomineePersonIds } from '../nominations/nominationView';
import { applyingHolds } from '../../domain/eligibility';
import { AttendancePanel } from './AttendancePanel';
import { BallotsPanel } from './BallotsPanel';
import { CountingBoardPanel } from './CountingBoardPanel';
import { CountingTimesPanel } from './CountingTimesPanel';
import { GuestsPanel } from './GuestsPanel';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MeetingDocumentsActions } from '../documents/MeetingDocumentsActions';
import { UpwardDossierPanel } from '../upwardDossier/UpwardDossierPanel';
import { MEETING_STATUS_LABELS } from './MeetingList';
import { attendanceFor, councilCount, meetingNominations, meetingQuorum, membersOn } from './meetingLogic';

/** The meeting page's parts, in the order of the meeting; `?muc=` in the address opens one. */
const PARTS = [
  { id: 'thanh-phan', label: 'Thành phần' },
  { id: 'kiem-phieu', label: 'Kiểm phiếu' },
  { id: 'bieu-quyet', label: 'Biểu quyết' },
  { id: 'ket-luan', label: 'Kết luận' },
  { id: 'van-ban', label: 'Văn bản' },
] as const;
type PartId = (typeof PARTS)[number]['id'];

/** How a part not shown is kept: laid out (so virtualized tables keep their measures) but invisible. */
const HIDDEN_PART = { position: 'absolute', top: 0, left: 0, right: 0, height: 0, overflow: 'hidden', visibility: 'hidden' } as const;

/**
 * One part of the page. A part is drawn the first time it is opened (opening the page draws only the
 * part asked for, not a 500-ballot table behind another tab); once drawn it stays mounted while
 * hidden, so figures typed but not yet saved in one part survive a look at another.
 */
function Part({ id, shown, opened, children }: { id: PartId; shown: PartId; opened: ReadonlySet<PartId>; children: ReactNode }) {
  return (
    <Stack spacing={2} role="tabpanel" id={`muc-${id}`} aria-labelledby={`the-${id}`} sx={id === shown ? undefined : HIDDEN_PART}>
      {opened.has(id) || id === shown ? children : null}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper sx={{ p: 2 }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>{title}</Typography>
      {children}
    </Paper>
  );
}

/** One council meeting: attendance and quorum, agenda and votes, conclusions, documents. */
export function MeetingDetail() {
  const { id } = useParams();
  const meeting = useRecord<Meeting>('meetings', id);
  const allMembers = useCouncilMembers();
  const units = useUnits({ includeArchived: true });
  const settings = useSettings();
  // The meeting's own nominations (agenda and ballots) by key, and the year's appraised ones that may
  // join the agenda through [year+status]: the rest of the year (3,000 in the big ward) is never read.
  const onMeeting = useNominationsByIds(meeting?.nominationIds ?? []);
  const appraised = useNominations({ year: meeting?.year ?? 0, status: 'appraised' });
  const [editing, setEditing] = useState(false);
  const [search, setSearch] = useSearchParams();
  const part: PartId = PARTS.find((p) => p.id === search.get('muc'))?.id ?? 'thanh-phan';
  // The parts opened so far (added during render: the part shown is drawn in the same pass).
  const [opened, setOpened] = useState<ReadonlySet<PartId>>(() => new Set([part]));
  if (!opened.has(part)) setOpened(new Set([...opened, part]));
  const { notify, fail, feedback } = useFeedback();
  const shown = useMemo(() => meetingNominations(onMeeting ?? [], appraised ?? []), [onMeeting, appraised]);
  const personIds = useMemo(
    () => [
      ...(allMembers ?? []).map((m) => m.personId),
      ...[meeting?.chairPersonId, meeting?.secretaryPersonId].flatMap((p) => (p ? [p] : [])),
      ...nomineePersonIds(shown),
    ],
    [allMembers, meeting, shown],
  );
  const peopleById = usePeopleByIds(personIds);
  const unitsById = useMemo(() => indexById(units), [units]);
  const nominationsById = useMemo(() => indexById(shown), [shown]);
  const names = useMemo(
    // A nomination on hold on the meeting day is shown as such on the agenda (NĐ 152/2025 Đ4.4).
    () => new Map(shown.map((n) => [n.id, `${nomineeName(n, peopleById ?? new Map(), unitsById)}${applyingHolds({ holds: n.holds, asOf: meeting?.date }).length > 0 ? ` — ${ON_HOLD_LABEL.toLocaleLowerCase('vi')}` : ''}`])),
    [shown, peopleById, unitsById, meeting?.date],
  );
  if (meeting === undefined || !allMembers || !peopleById || !units || !settings || !onMeeting || !appraised) return <LinearProgress aria-label="Đang tải" />;
  if (meeting === null) {
    return (
      <Alert severity="warning" action={<Button component={RouterLink} to="/phien-hop">Về danh sách</Button>}>
        Không tìm thấy phiên họp này.
      </Alert>
    );
  }
  const members = membersOn(allMembers, meeting.date);
  const attendance = attendanceFor(members, meeting.attendance);
  const count = councilCount(members.length, attendance);
  const quorum = meetingQuorum(count, settings);
  const candidates = shown.filter((n) => n.status === 'appraised' && !meeting.agendaNominationIds.includes(n.id));
  const chair = meeting.chairPersonId ? peopleById.get(meeting.chairPersonId)?.fullName : null;
  const secretary = meeting.secretaryPersonId ? peopleById.get(meeting.secretaryPersonId)?.fullName : null;
  return (
    <>
      <PageHeader requires="editMeetings"
        title={meeting.title}
        subtitle={`Ngày ${formatDateShort(meeting.date)}${meeting.startTime ? `, ${meeting.startTime}` : ''} tại ${meeting.place}${chair ? ` · Chủ trì: ${chair}` : ''}${secretary ? ` · Thư ký: ${secretary}` : ''}`}
        actions={
          <>
            <Chip label={MEETING_STATUS_LABELS[meeting.status]} />
            <Button component={RouterLink} to="/phien-hop">Về danh sách</Button>
            <Button variant="outlined" onClick={() => setEditing(true)}>Sửa thông tin</Button>
          </>
        }
      />
      <Tabs
        value={part}
        onChange={(_, v: PartId) => setSearch({ muc: v }, { replace: true })}
        aria-label="Các phần của phiên họp"
        variant="scrollable"
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {PARTS.map((p) => (
          <Tab key={p.id} value={p.id} id={`the-${p.id}`} aria-controls={`muc-${p.id}`} label={p.label} />
        ))}
      </Tabs>
      <Box sx={{ position: 'relative' }}>
        <Part id="thanh-phan" shown={part} opened={opened}>
          <Section title="Thành phần dự họp">
            {members.length === 0 ? (
              <Alert severity="warning">Chưa có thành viên Hội đồng nào trong nhiệm kỳ vào ngày họp. Hãy thêm ở mục “Hội đồng”.</Alert>
            ) : (
              <AttendancePanel
                key={meeting.updatedAt}
                meeting={meeting}
                members={members}
                people={peopleById}
                attendance={attendance}
                settings={settings}
                feedback={{ notify, fail }}
              />
            )}
          </Section>
          <Section title="Khách mời">
            <GuestsPanel meeting={meeting} feedback={{ notify, fail }} />
          </Section>
        </Part>
        <Part id="kiem-phieu" shown={part} opened={opened}>
          <Section title="Ban kiểm phiếu">
            {members.length === 0 ? (
              <Alert severity="warning">Ban kiểm phiếu được chọn trong số thành viên Hội đồng có mặt; hãy thêm thành viên ở mục “Hội đồng”.</Alert>
            ) : (
              <CountingBoardPanel key={meeting.updatedAt} meeting={meeting} members={members} people={peopleById} attendance={attendance} feedback={{ notify, fail }} />
            )}
          </Section>
          <Section title="Giờ kiểm phiếu">
            <CountingTimesPanel meeting={meeting} feedback={{ notify, fail }} />
          </Section>
        </Part>
        <Part id="bieu-quyet" shown={part} opened={opened}>
          <Section title="Chương trình và kết quả biểu quyết">
            {!quorum.met && members.length > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }} data-testid="votes-no-quorum">
                {quorum.reason} Khi chưa đủ số thành viên dự họp, kết quả biểu quyết không có giá trị và không đề nghị nào được chuyển theo
                kết quả; hãy kiểm tra phần “Thành phần” hoặc họp lại khi đủ thành viên.
              </Alert>
            )}
            <BallotsPanel
              key={`${meeting.updatedAt}-${meeting.agendaNominationIds.join(',')}`}
              meeting={meeting}
              nominations={nominationsById}
              names={names}
              candidates={candidates}
              count={count}
              settings={settings}
              feedback={{ notify, fail }}
            />
          </Section>
        </Part>
        <Part id="ket-luan" shown={part} opened={opened}>
          <Section title="Kết luận của Hội đồng">
            <Conclusions key={meeting.updatedAt} meeting={meeting} feedback={{ notify, fail }} />
          </Section>
        </Part>
        <Part id="van-ban" shown={part} opened={opened}>
          <Section title="Văn bản">
            <MeetingDocumentsActions meetingId={meeting.id} />
            <UpwardDossierPanel meetingId={meeting.id} />
          </Section>
        </Part>
      </Box>
      {editing && (
        <MeetingFormDialog
          meeting={meeting}
          members={allMembers}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notify('Đã lưu thông tin phiên họp.');
          }}
        />
      )}
      {feedback}
    </>
  );
}

function Conclusions({ meeting, feedback }: { meeting: Meeting; feedback: { notify: (t: string) => void; fail: (e: unknown) => void } }) {
  const [text, setText] = useState(meeting.conclusions);
  return (
    <Stack spacing={1}>
      <TextField label="Kết luận" value={text} onChange={(e) => setText(e.target.value)} multiline minRows={3} fullWidth />
      <Box>
        <Button
          variant="contained"
          disabled={text === meeting.conclusions}
          onClick={() => meetingRepo.update(getDb(), meeting, { conclusions: text }).then(() => feedback.notify('Đã lưu kết luận.'), feedback.fail)}
        >
          Lưu kết luận
        </Button>
      </Box>
    </Stack>
  );
}
