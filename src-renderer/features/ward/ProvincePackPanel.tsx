import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb } from '../../data/db';
import { applyProvincePack, packFileName, packFromProfile, packReplacement, readProvincePack, removeProvincePack } from '../../data/provincePack';
import { SHIPPED_PACKS } from '../../data/provincePacks';
import type { WardProfile } from '../../data/schemas';
import { encodeJson } from '../../data/fileFormat';
import { DISCIPLINE_LABELS } from '../../domain/eligibility/types';
import { provinceLevelWord } from '../../domain/province';
import type { ProvincePack } from '../../domain/provincePack';
import { formatDateShort, formatNumber, formatPercent } from '../../domain/text';
import { SUBJECT_KIND_LABELS, type SubjectKind } from '../../domain/vocabulary';
import { platform } from '../../platform';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FilePickButton } from '../../ui/FilePickButton';
import { useBusyAction } from '../../ui/useBusyAction';
import type { Feedback } from '../../ui/useFeedback';
import { MovementQuotasEditor } from './MovementQuotasEditor';

const FORMAT_LABELS = { docx: 'Word (.docx)', pdf: 'PDF', paper: 'bản giấy' } as const;

/** One pack's contents as the ward reads them: its regulation, what must still be checked, its own titles. */
function PackSummary({ pack }: { pack: ProvincePack }) {
  const level = provinceLevelWord(pack.province.kind);
  const { regulation } = pack;
  return (
    <Stack spacing={1.5}>
      <Typography>
        Đang áp dụng quy định của {level} {pack.province.name} (gói lần {pack.revision}, lập ngày {formatDateShort(pack.issuedOn)}): Quyết định số{' '}
        {regulation.number} ngày {formatDateShort(regulation.date)} của {regulation.issuer} “{regulation.title}”.
      </Typography>
      {pack.verificationNote && <Alert severity="warning">{pack.verificationNote}</Alert>}
      <Typography variant="body2">
        Cách gửi hồ sơ: {pack.submission.channel} Định dạng: {pack.submission.formats.map((f) => FORMAT_LABELS[f]).join(', ')}.
      </Typography>
      {pack.localTitles.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3">Danh hiệu, hình thức riêng của {level}</Typography>
          <List dense aria-label="Danh hiệu riêng của tỉnh">
            {pack.localTitles.map((t) => (
              <ListItem key={t.id} disableGutters>
                <ListItemText
                  primary={`${t.label} — ${t.conferredBy === 'ward' ? 'Chủ tịch UBND cấp xã tặng' : 'đề nghị cấp trên'}`}
                  secondary={[
                    `phiếu đồng ý ${t.voteThresholdPercent === null ? 'quá bán' : `từ ${formatPercent(t.voteThresholdPercent)}`} ${t.voteBase === 'totalMembers' ? 'tổng số thành viên Hội đồng' : 'số thành viên dự họp'}`,
                    t.disciplineBar ? `không xét khi bị kỷ luật từ ${DISCIPLINE_LABELS[t.disciplineBar]}` : null,
                    t.capPerYear !== null ? `tối đa ${t.capPerYear} mỗi năm` : null,
                    t.oncePerLifetime ? 'chỉ tặng một lần' : null,
                    t.posthumous ? 'có truy tặng' : 'không truy tặng',
                    ...Object.entries(t.coefficient).map(([k, c]) => `${SUBJECT_KIND_LABELS[k as SubjectKind]}: ${formatNumber(c!)} × lương cơ sở`),
                    t.certificate ? 'có giấy chứng nhận' : null,
                    t.fromGoodDeeds ? 'xét từ sổ Người tốt, việc tốt' : null,
                    `căn cứ ${t.citation}`,
                  ].filter(Boolean).join('; ')}
                />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Stack>
  );
}

/**
 * "Quy định của tỉnh": the province pack in force, a shipped or imported pack applied after the ward
 * has seen what it changes, the ward's rules exported as a pack for the province's other wards.
 */
export function ProvincePackPanel({ profile, feedback }: { profile: WardProfile; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const current = profile.provincePack as ProvincePack | undefined;
  const { busy, run } = useBusyAction(feedback.fail);
  const [shipped, setShipped] = useState('');
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [pending, setPending] = useState<{ pack: ProvincePack; changes: string[] } | null>(null);
  const [removing, setRemoving] = useState(false);

  const propose = (pack: ProvincePack) => {
    const replacement = packReplacement(current, pack);
    if (!replacement.ok) setRefusal(replacement.reasons);
    else {
      setRefusal(null);
      setPending({ pack, changes: replacement.changes });
    }
  };

  const readFile = (file: File) =>
    run(async () => {
      const read = readProvincePack(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) setRefusal(read.reasons);
      else propose(read.pack);
    });

  const exportPack = () =>
    run(async () => {
      const pack = packFromProfile(profile);
      const result = await platform().bridge.saveFile({
        suggestedName: packFileName(pack),
        bytes: encodeJson(pack),
        filters: [{ name: 'Gói quy định của tỉnh', extensions: ['json'] }],
      });
      if (result.saved) feedback.notify(`Đã lưu gói quy định (lần ${pack.revision}): ${result.path}`);
    });

  return (
    <Stack spacing={2} component="section" aria-label="Quy định của tỉnh">
      {current ? (
        <>
          <PackSummary pack={current} />
          <MovementQuotasEditor pack={current} feedback={feedback} />
        </>
      ) : (
        <Typography>
          Đang dùng mặc định toàn quốc: chưa chọn quy định của tỉnh, thành phố. Các quy định do tỉnh, thành phố chi tiết được ghi căn cứ là “Quy chế làm việc của Hội đồng”.
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary">
        Gói quy định là một tệp do cơ quan thi đua, khen thưởng của tỉnh, thành phố lập cho mọi phường, xã: quy chế, các mức, hạn, thành phần hồ sơ và danh hiệu riêng. Sửa các mức ở “Thiết lập quy định”, rồi xuất gói để gửi các phường, xã khác.
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label="Gói có sẵn" value={shipped} onChange={(e) => setShipped(e.target.value)} sx={{ minWidth: 260 }}>
          {SHIPPED_PACKS.map((p) => (
            <MenuItem key={p.province.name} value={p.province.name}>
              {p.province.name} — QĐ {p.regulation.number}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained" disabled={!shipped || busy}
          onClick={() => { const pack = SHIPPED_PACKS.find((p) => p.province.name === shipped); if (pack) propose(pack); }}
        >
          Xem thay đổi và áp dụng
        </Button>
        <FilePickButton accept=".json,application/json" inputLabel="Chọn tệp gói quy định" onFile={readFile} disabled={busy}>
          Nhập gói từ tệp…
        </FilePickButton>
        <Button onClick={exportPack} disabled={busy}>Xuất gói ra tệp</Button>
        {current && <Button color="warning" onClick={() => setRemoving(true)} disabled={busy}>Bỏ gói, dùng mặc định toàn quốc</Button>}
      </Box>
      {busy && <LinearProgress aria-label="Đang xử lý gói quy định" />}
      {refusal && (
        <Alert severity="error" onClose={() => setRefusal(null)}>
          <Typography component="h3" variant="subtitle2">Không áp dụng gói; không có gì thay đổi:</Typography>
          <ul aria-label="Lý do từ chối gói">
            {refusal.map((r) => <li key={r}>{r}</li>)}
          </ul>
        </Alert>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Áp dụng gói quy định"
        message={
          <>
            Những gì sẽ thay đổi:
            <ul aria-label="Thay đổi của gói">
              {pending?.changes.map((c) => <li key={c}>{c}</li>)}
            </ul>
            Các mức phường đã tự sửa trùng với mục trong gói sẽ theo gói.
          </>
        }
        confirmLabel="Áp dụng"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const next = pending;
          setPending(null);
          if (next) {
            void run(async () => {
              await applyProvincePack(getDb(), next.pack);
              feedback.notify(`Đã áp dụng quy định của ${next.pack.province.name} (gói lần ${next.pack.revision}).`);
            });
          }
        }}
      />
      <ConfirmDialog
        open={removing}
        title="Bỏ gói quy định"
        message="Các quy định của tỉnh trong gói không còn áp dụng; phường dùng mặc định toàn quốc. Quy chế đã ghi ở “Thông tin chung” vẫn giữ."
        confirmLabel="Bỏ gói"
        danger
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          void run(async () => {
            await removeProvincePack(getDb());
            feedback.notify('Đã bỏ gói quy định; đang dùng mặc định toàn quốc.');
          });
        }}
      />
    </Stack>
  );
}
