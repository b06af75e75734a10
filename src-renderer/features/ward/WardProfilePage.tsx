import { useState } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { effectiveSettings } from '../../data/registers';
import { useWardProfile } from '../../data/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { useFeedback } from '../../ui/useFeedback';
import { DocumentTextsForm } from './DocumentTextsForm';
import { DossierChecklistsForm } from './DossierChecklistsForm';
import { ProvincePackPanel } from './ProvincePackPanel';
import { namingOf, provinceLevelWord } from '../../domain/province';
import FirstRun from './FirstRun';
import { WardProfileForm } from './WardProfileForm';
import { WardSettingsForm } from './WardSettingsForm';
import { profileToForm } from './wardProfileForm';

/** "Thông tin đơn vị" (/don-vi): the ward profile and its rule settings. */
export default function WardProfilePage() {
  const profile = useWardProfile();
  const [tab, setTab] = useState<'profile' | 'province' | 'settings' | 'dossier' | 'documents'>('profile');
  const { notify, fail, feedback } = useFeedback();
  if (profile === undefined) return <LinearProgress aria-label="Đang tải" />;
  if (profile === null) return <FirstRun />;
  return (
    <>
      <PageHeader requires="editSettings" title="Thông tin đơn vị" subtitle={profile.name} />
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="profile" label="Thông tin chung" />
        <Tab value="province" label={`Quy định của ${provinceLevelWord(namingOf(profile).provinceKind)}`} />
        <Tab value="settings" label="Thiết lập quy định" />
        <Tab value="dossier" label="Thành phần hồ sơ" />
        <Tab value="documents" label="Văn bản" />
      </Tabs>
      <Paper sx={{ p: 3 }}>
        {tab === 'profile' && (
          <WardProfileForm
            key={profile.updatedAt}
            initial={profileToForm(profile)}
            readVersion={profile.version}
            onSaved={() => notify('Đã lưu thông tin đơn vị.')}
          />
        )}
        {tab === 'province' && <ProvincePackPanel profile={profile} feedback={{ notify, fail }} />}
        {tab === 'settings' && (
          <WardSettingsForm
            key={profile.updatedAt}
            profile={profile}
            settings={effectiveSettings(profile)}
            feedback={{ notify, fail }}
          />
        )}
        {tab === 'dossier' && <DossierChecklistsForm profile={profile} settings={effectiveSettings(profile)} feedback={{ notify, fail }} />}
        {tab === 'documents' && <DocumentTextsForm profile={profile} settings={effectiveSettings(profile)} feedback={{ notify, fail }} />}
      </Paper>
      {feedback}
    </>
  );
}
