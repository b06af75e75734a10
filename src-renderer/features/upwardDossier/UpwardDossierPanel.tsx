/**
 * "Hồ sơ gửi cấp trên" on a meeting's Văn bản tab (SPEC §11): for each title passed upward, the
 * dossier's parts as issued (number, date) or still missing, what the province's channel asks,
 * the package made as a .zip (.docx and PDF per part, manifest), "Sẵn sàng gửi" (refused while a
 * part is missing, naming it) and the signed PDFs brought back. The app never signs.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import PrintIcon from '@mui/icons-material/Print';
import { getDb } from '../../data/db';
import { RefusedError } from '../../data/errors';
import { useMeetingOutcome, useUpwardState } from '../../data/dispatch/hooks';
import { useTitles, useWardProfile } from '../../data/hooks';
import { effectiveSettings, saveWardProfile } from '../../data/registers';
import {
  NO_SUBMISSION, addUpwardAttachment, dossierFor, issueMissingPart, markUpwardReady, recordSignedPdf, removeUpwardAttachment,
  type Attachment, type UpwardPackage,
} from '../../data/upwardDossiers';
import type { PaperSets } from '../../documents/pdf/paperSets';
import { background, type Progress } from '../../data/worker';
import { todayIso } from '../../ui/formValues';
import { ATTACHMENT_KINDS, UPWARD_FORMAT_LABELS, packageName, type UpwardFormat, type UpwardPart } from '../../domain/upwardDossier';
import { formatDateShort } from '../../domain/text';
import type { AwardCode } from '../../domain/vocabulary';
import { platform } from '../../platform';
import { FilePickButton } from '../../ui/FilePickButton';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';
import { profileToForm } from '../ward/wardProfileForm';

async function attachmentOf(file: File): Promise<Attachment> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_KINDS).map((ext) => `.${ext}`).join(',');

function sizeText(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

function localTime(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** What the province's channel asks: a province setting, changed here where it is used. */
function ChannelSetting({ onFail }: { onFail: (e: unknown) => void }) {
  const profile = useWardProfile();
  const { format, paperCopies } = effectiveSettings(profile ?? undefined).upwardDossier;
  const save = async (next: { format: UpwardFormat; paperCopies: number }) => {
    if (!profile) return;
    try {
      await saveWardProfile(getDb(), { ...profileToForm(profile), settingsOverrides: { ...profile.settingsOverrides, upwardDossier: next } }, { readVersion: profile.version });
    } catch (error) {
      onFail(error);
    }
  };
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1.5, my: 1.5 }}>
      <TextField
        select size="small" label="Cấp trên yêu cầu" value={format} sx={{ minWidth: 300 }}
        onChange={(e) => void save({ format: e.target.value as UpwardFormat, paperCopies })}
      >
        {(Object.keys(UPWARD_FORMAT_LABELS) as UpwardFormat[]).map((f) => <MenuItem key={f} value={f}>{UPWARD_FORMAT_LABELS[f]}</MenuItem>)}
      </TextField>
      <TextField
        size="small" type="number" label="Số bộ bản giấy" value={paperCopies} sx={{ width: 140 }}
        slotProps={{ htmlInput: { min: 0, max: 20 } }}
        onChange={(e) => {
          const copies = Number(e.target.value);
          if (Number.isInteger(copies) && copies >= 0 && copies <= 20) void save({ format, paperCopies: copies });
        }}
      />
    </Stack>
  );
}

function UpwardDossierCard({ meetingId, titleCode, meetingDate }: { meetingId: string; titleCode: AwardCode; meetingDate: string }) {
  const titles = useTitles();
  const state = useUpwardState(meetingId, titleCode);
  const { notify, fail, feedback } = useFeedback();
  const { busy, run } = useBusyAction(fail);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [printed, setPrinted] = useState<PaperSets | null>(null);
  const label = `Hồ sơ gửi cấp trên: ${titles[titleCode].label}`;
  if (!state) return <LinearProgress aria-label="Đang tải hồ sơ gửi cấp trên" />;
  const { dossier, parts, paperCopies } = state;

  /**
   * The package made now from the register, for a .zip (made with it), a folder or the paper sets: in
   * the background worker, with progress, so the window answers while a 500-row list becomes a PDF.
   */
  const buildPackage = async (withZip = false): Promise<{ pkg: UpwardPackage; zip: Uint8Array | null }> => {
    const target = dossier ?? (await dossierFor(getDb(), meetingId, titleCode));
    setProgress({ label: 'Đang lập gói hồ sơ…', fraction: 0 });
    try {
      return await background.makeUpwardPackage(target.id, withZip, { onProgress: setProgress });
    } finally {
      setProgress(null);
    }
  };

  const saveZip = () =>
    run(async () => {
      setRefusal(null);
      const { pkg, zip } = await buildPackage(true);
      const result = await platform().bridge.saveFile({ suggestedName: `${pkg.name}.zip`, bytes: zip!, filters: [{ name: 'Tệp nén', extensions: ['zip'] }] });
      if (result.saved) notify(`Đã lập gói hồ sơ gồm ${pkg.files.length} tệp: ${result.path}`);
    });

  const saveFolder = platform().bridge.saveFolder;
  const saveAsFolder = (save: NonNullable<typeof saveFolder>) =>
    run(async () => {
      setRefusal(null);
      const submission = parts.find((p) => p.role === 'submission' && p.documentId);
      if (!submission) throw new RefusedError('incomplete', NO_SUBMISSION);
      let count = 0;
      // The folder is asked for first: nothing is made for a cancelled dialog.
      const result = await save(packageName(submission), async () => {
        const { pkg } = await buildPackage();
        count = pkg.files.length;
        return pkg.files.map(({ name, bytes }) => ({ name, bytes }));
      });
      if (result.saved) notify(`Đã lưu ${count} tệp của hồ sơ vào thư mục ${result.path}`);
    });

  const printSets = (copies: number) =>
    run(async () => {
      setRefusal(null);
      setPrinted(null);
      const { pkg } = await buildPackage();
      const [{ paperSetsPdf }, { printPdf }] = await Promise.all([import('../../documents/pdf/paperSets'), import('../certificates/certificateOutput')]);
      const sets = await paperSetsPdf(pkg.files, copies);
      await printPdf(sets.bytes, `Hồ sơ gửi cấp trên: ${copies} bộ`);
      setPrinted(sets);
    });

  const markReady = () =>
    run(async () => {
      setRefusal(null);
      const target = dossier ?? (await dossierFor(getDb(), meetingId, titleCode));
      try {
        await markUpwardReady(getDb(), target.id);
        notify('Hồ sơ đã sẵn sàng gửi cấp trên.');
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'incomplete') setRefusal(error.message);
        else throw error;
      }
    });

  const issueMissing = (part: UpwardPart) =>
    run(async () => {
      setRefusal(null);
      // Never dated before the meeting it rests on.
      const doc = await issueMissingPart(getDb(), meetingId, titleCode, part, [todayIso(), meetingDate].sort().at(-1)!);
      notify(`Đã tạo ${part.label}${doc.numberText ? ` số ${doc.numberText}` : ''}.`);
    });

  const addAttachment = (file: File) =>
    run(async () => {
      setRefusal(null);
      const target = dossier ?? (await dossierFor(getDb(), meetingId, titleCode));
      await addUpwardAttachment(getDb(), target.id, await attachmentOf(file));
      notify(`Đã thêm tài liệu kèm theo ${file.name}.`);
    });

  const removeAttachment = (index: number, sha256: string) =>
    run(async () => {
      if (!dossier) return;
      const name = dossier.attachments[index]?.name ?? '';
      await removeUpwardAttachment(getDb(), dossier.id, index, sha256);
      notify(`Đã bỏ tài liệu kèm theo ${name}.`);
    });

  const recordSigned = (documentId: string, file: File) =>
    run(async () => {
      const target = dossier ?? (await dossierFor(getDb(), meetingId, titleCode));
      await recordSignedPdf(getDb(), target.id, documentId, await attachmentOf(file));
      notify(`Đã ghi nhận bản đã ký ${file.name}.`);
    });

  return (
    <Paper variant="outlined" component="section" aria-label={label} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, mr: 'auto' }}>{label}</Typography>
        {dossier?.status === 'ready' && dossier.readyAt ? (
          <Chip color="success" label={`Sẵn sàng gửi (${localTime(dossier.readyAt)}, ${dossier.readyBy})`} />
        ) : (
          <Chip label="Đang chuẩn bị" />
        )}
      </Stack>
      <Box component="ol" aria-label="Thành phần hồ sơ" sx={{ pl: 3, my: 1 }}>
        {parts.filter((p) => p.role !== 'attachment').map((part) => {
          const signed = dossier?.signed.filter((s) => s.documentId === part.documentId && part.role !== 'list') ?? [];
          return (
            <li key={`${part.role}-${part.label}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', minHeight: 36 }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>{part.label}</Typography>
                {part.documentId ? (
                  <Typography variant="body2" color="text.secondary">
                    {part.numberText ? `số ${part.numberText}, ` : ''}ngày {formatDateShort(part.date)}
                  </Typography>
                ) : (
                  <>
                    <Typography variant="body2" color="warning.main">chưa tạo</Typography>
                    {part.role !== 'list' && (
                      <Button size="small" disabled={busy} aria-label={`Tạo ${part.label}`} onClick={() => void issueMissing(part)}>Tạo</Button>
                    )}
                  </>
                )}
                {part.documentId && part.role !== 'list' && (
                  <FilePickButton accept=".pdf,application/pdf" inputLabel={`Bản PDF đã ký: ${part.label}`} onFile={(f) => void recordSigned(part.documentId!, f)} disabled={busy}>
                    Ghi nhận bản đã ký
                  </FilePickButton>
                )}
                {signed.map((s) => (
                  <Chip key={s.sha256 + s.recordedAt} size="small" variant="outlined" title={`SHA-256 ${s.sha256}`}
                    label={`Đã ký: ${s.fileName} (${localTime(s.recordedAt)}, ${s.recordedBy})`} />
                ))}
              </Stack>
            </li>
          );
        })}
        {dossier?.attachments.map((a, i) => (
          <li key={`${a.sha256}-${i}`}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 36 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>Tài liệu kèm theo: {a.name}</Typography>
              <Typography variant="body2" color="text.secondary">{sizeText(a.size)}</Typography>
              <IconButton size="small" aria-label={`Bỏ ${a.name}`} disabled={busy} onClick={() => void removeAttachment(i, a.sha256)}>
                <CloseIcon fontSize="small" />
              </IconButton>
            </Stack>
          </li>
        ))}
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <FilePickButton accept={ATTACHMENT_ACCEPT} inputLabel="Thêm tài liệu kèm theo" variant="outlined" disabled={busy} onFile={(f) => void addAttachment(f)}>
          Thêm tài liệu kèm theo
        </FilePickButton>
        <Button variant="contained" disabled={busy} onClick={() => void saveZip()}>Lập gói hồ sơ (.zip)</Button>
        {saveFolder && <Button variant="outlined" disabled={busy} onClick={() => void saveAsFolder(saveFolder)}>Lưu thành thư mục</Button>}
        {paperCopies > 0 && (
          <Button variant="outlined" startIcon={<PrintIcon />} disabled={busy} onClick={() => void printSets(paperCopies)}>In {paperCopies} bộ</Button>
        )}
        <Button variant="outlined" color="success" disabled={busy} onClick={() => void markReady()}>Sẵn sàng gửi</Button>
      </Stack>
      {!saveFolder && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Trình duyệt này không cho lưu thẳng vào một thư mục, nên gói hồ sơ chỉ lưu được thành tệp .zip (giải nén ra là được thư mục). Ứng dụng trên máy tính, Chrome hoặc Edge lưu được thành thư mục.
        </Typography>
      )}
      {printed && (
        <Alert severity={printed.leftOut.length > 0 ? 'warning' : 'info'} sx={{ mt: 1.5 }} onClose={() => setPrinted(null)}>
          Đã gửi lệnh in {printed.copies} bộ, mỗi bộ {printed.setPages} trang (tổng {printed.copies * printed.setPages} trang).
          {printed.leftOut.length > 0 && ` Không có trong bản in: ${printed.leftOut.join('; ')}.`}
        </Alert>
      )}
      {progress && (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="body2" color="text.secondary">{progress.label}</Typography>
          <LinearProgress aria-label="Đang lập gói hồ sơ" variant="determinate" value={100 * (progress.fraction ?? 0)} />
        </Box>
      )}
      {refusal && <Alert severity="warning" sx={{ mt: 1.5 }}>{refusal}</Alert>}
      {dossier?.lastPackage && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          Gói gần nhất: {dossier.lastPackage.files.length} tệp, lập lúc {localTime(dossier.lastPackage.madeAt)} ({dossier.lastPackage.madeBy}).
        </Typography>
      )}
      {feedback}
    </Paper>
  );
}

/** One dossier per title passed upward at the meeting. */
export function UpwardDossierPanel({ meetingId }: { meetingId: string }) {
  const outcome = useMeetingOutcome(meetingId);
  const { fail, feedback } = useFeedback();
  if (!outcome) return null;
  const codes = [...new Set(outcome.passedUpward.map((n) => n.titleCode))];
  if (codes.length === 0) return null;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>Hồ sơ gửi cấp trên</Typography>
        <Typography variant="body2" color="text.secondary">
          Mỗi thành phần được lập thành tệp Word và tệp PDF, đặt tên theo thứ tự, kèm bảng kê (mã SHA-256). Ứng dụng không ký số: bản đã ký được ghi nhận lại theo số văn bản.
        </Typography>
        <ChannelSetting onFail={fail} />
        {feedback}
      </Box>
      {codes.map((code) => <UpwardDossierCard key={code} meetingId={meetingId} titleCode={code} meetingDate={outcome.meeting.date} />)}
    </Stack>
  );
}
