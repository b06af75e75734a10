import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { GENDER_LABELS } from '../../domain/vocabulary';
import { describeNamesake } from '../../domain/duplicates';
import { useRefusal } from '../../data/currentUser';
import { getDb } from '../../data/db';
import { markNotDuplicate, mergePeople } from '../../data/duplicates';
import type { PersonFootprint } from '../../data/duplicates';
import { useProbableDuplicates, useUnits } from '../../data/hooks';
import type { Person, Unit } from '../../data/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';
import { mergeSummary } from './duplicatesLogic';
import { indexById } from './listLogic';

/**
 * "Có thể trùng" (/danh-muc/ca-nhan/co-the-trung, issue 12.5): people of the same name (whatever the
 * tone placement), birth year and unit. "Không trùng" stops a pair showing; "Gộp" keeps one record,
 * which takes over the other's award history, nominations and every other reference.
 */
export default function DuplicatesPage() {
  const navigate = useNavigate();
  const found = useProbableDuplicates();
  const units = useUnits({ includeArchived: true });
  const refused = useRefusal('editRegisters') !== null;
  const { notify, fail, feedback } = useFeedback();
  const { busy, run } = useBusyAction(fail);
  const [merging, setMerging] = useState<[Person, Person] | null>(null);
  const unitById = indexById(units);
  const pairs = found?.pairs;
  return (
    <>
      <PageHeader
        requires="editRegisters"
        title="Có thể trùng"
        subtitle="Cá nhân cùng họ tên (kể cả khác cách bỏ dấu, ví dụ “Hòa”, “Hoà”), cùng năm sinh và cùng đơn vị."
        actions={<Button onClick={() => navigate('..')}>Về danh sách cá nhân</Button>}
      />
      {(pairs === undefined || busy) && <LinearProgress aria-label="Đang xử lý" sx={{ mb: 2 }} />}
      {pairs?.length === 0 && <Alert severity="success">Không có cặp hồ sơ nào có thể trùng.</Alert>}
      {pairs && pairs.length > 0 && (
        <Typography variant="body2" sx={{ mb: 2 }}>
          {pairs.length} cặp hồ sơ có thể là cùng một người. Hãy kiểm tra từng cặp: “Không trùng” nếu là hai người khác nhau, “Gộp…” nếu là một người.
        </Typography>
      )}
      <Stack spacing={2}>
        {pairs?.map(([a, b]) => (
          <Paper key={`${a.id}|${b.id}`} sx={{ p: 2 }} component="section" aria-label={`Cặp ${a.fullName} – ${b.fullName}`}>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
              {[a, b].map((p) => <PersonFacts key={p.id} person={p} unitById={unitById} footprint={found?.footprints.get(p.id)} />)}
            </Box>
            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
              <Button variant="contained" disabled={refused || busy} onClick={() => setMerging([a, b])}>Gộp…</Button>
              <Button
                disabled={refused || busy}
                onClick={() => run(async () => {
                  await markNotDuplicate(getDb(), a, b);
                  notify(`Đã ghi nhận “${a.fullName}” và “${b.fullName}” là hai người khác nhau.`);
                })}
              >
                Không trùng
              </Button>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {merging && (
        <MergeDialog
          pair={merging}
          unitById={unitById}
          footprints={found?.footprints}
          onCancel={() => setMerging(null)}
          onConfirm={(kept, merged) => {
            setMerging(null);
            void run(async () => {
              const result = await mergePeople(getDb(), kept, merged);
              notify(mergeSummary(merged.fullName, kept.fullName, result));
            });
          }}
        />
      )}
      {feedback}
    </>
  );
}

function PersonFacts({ person, unitById, footprint }: { person: Person; unitById: Map<string, Unit>; footprint: PersonFootprint | undefined }) {
  const unit = person.unitId ? unitById.get(person.unitId)?.name : null;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{person.fullName}</Typography>
      <Typography variant="body2">
        {[GENDER_LABELS[person.gender], person.birthYear === null ? 'chưa có năm sinh' : `sinh ${person.birthYear}`, unit ?? 'chưa có đơn vị', person.position].filter(Boolean).join(' · ')}
      </Typography>
      {person.phone && <Typography variant="body2">Điện thoại: {person.phone}</Typography>}
      <Typography variant="body2" color="text.secondary">
        Khen thưởng: {footprint && footprint.awards.length > 0 ? footprint.awards.join('; ') : 'chưa có'} · Đề nghị: {footprint?.nominations ?? 0}
      </Typography>
    </Box>
  );
}

/** Asks which record to keep; the other is archived and points at it. */
function MergeDialog({
  pair, unitById, footprints, onCancel, onConfirm,
}: {
  pair: [Person, Person];
  unitById: Map<string, Unit>;
  footprints: Map<string, PersonFootprint> | undefined;
  onCancel: () => void;
  onConfirm: (kept: Person, merged: Person) => void;
}) {
  const [keptId, setKeptId] = useState(pair[0].id);
  const kept = pair.find((p) => p.id === keptId)!;
  const merged = pair.find((p) => p.id !== keptId)!;
  const label = (p: Person) => {
    const awards = footprints?.get(p.id)?.awards.length ?? 0;
    return `${describeNamesake(p, p.unitId && unitById.get(p.unitId)?.name)} – ${awards} khen thưởng`;
  };
  return (
    <ConfirmDialog
      open
      title="Gộp hai hồ sơ"
      confirmLabel="Gộp"
      onCancel={onCancel}
      onConfirm={() => onConfirm(kept, merged)}
      message={
        <>
          Giữ lại hồ sơ:
          <RadioGroup value={keptId} onChange={(e) => setKeptId(e.target.value)} aria-label="Hồ sơ giữ lại">
            {pair.map((p) => <FormControlLabel key={p.id} value={p.id} control={<Radio />} label={label(p)} />)}
          </RadioGroup>
          Hồ sơ “{merged.fullName}” sẽ được lưu trữ (không xóa). Lịch sử khen thưởng, đề nghị, báo cáo người tốt, việc tốt, tư cách thành viên
          Hội đồng của hồ sơ này chuyển sang hồ sơ giữ lại; nhật ký thay đổi của cả hai hồ sơ vẫn được giữ.
        </>
      }
    />
  );
}
