/**
 * "Giấy khen" (/giay-khen): certificates printed from a signed decision (issue 17.1) — print them in
 * colour or onto the ward's blanks, the register of certificates issued (sổ cấp phát), and the
 * templates, printers and emblem the ward keeps.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { PageHeader } from '../../ui/PageHeader';
import { RoleNotice } from '../../ui/RoleNotice';
import { PrintPanel } from './PrintPanel';
import { RegisterPanel } from './RegisterPanel';
import { SetupPanel } from './SetupPanel';

const TABS = [
  { key: 'print', label: 'In giấy khen' },
  { key: 'register', label: 'Sổ cấp phát' },
  { key: 'setup', label: 'Mẫu, máy in, quốc huy' },
] as const;

export default function CertificatesPage() {
  const [tab, setTab] = useState<(typeof TABS)[number]['key']>('print');
  return (
    <>
      <PageHeader
        title="Giấy khen, giấy chứng nhận"
        subtitle="In từ quyết định đã có số và ngày ký: mỗi người, tập thể một tờ; số sổ vàng là số thứ tự trong danh sách của quyết định."
      />
      <RoleNotice action="issueDocuments" />
      <Tabs value={tab} onChange={(_, v) => setTab(v)} aria-label="Các phần của giấy khen" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        {TABS.map((t) => (
          <Tab key={t.key} value={t.key} label={t.label} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-label={TABS.find((t) => t.key === tab)!.label}>
        {tab === 'print' && <PrintPanel />}
        {tab === 'register' && <RegisterPanel />}
        {tab === 'setup' && <SetupPanel />}
      </Box>
    </>
  );
}
