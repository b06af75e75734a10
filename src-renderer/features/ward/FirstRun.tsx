import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getDb } from '../../data/db';
import { loadDemoWard } from '../../data/demo';
import { describeError } from '../../ui/errors';
import { RoleNotice } from '../../ui/RoleNotice';
import { WardProfileForm } from './WardProfileForm';
import { emptyWardProfile } from './wardProfileForm';

type Choice = 'ask' | 'empty' | 'demo';

/**
 * The first screen when no ward profile exists (SPEC §9): start with an empty ward (the profile form;
 * saving creates the profile) or load the demo ward. The dashboard renders this; once a profile exists
 * its live query re-renders and this screen goes away by itself.
 */
export default function FirstRun() {
  const [choice, setChoice] = useState<Choice>('ask');
  const [error, setError] = useState<string | null>(null);

  const loadDemo = async () => {
    setChoice('demo');
    setError(null);
    try {
      await loadDemoWard(getDb());
    } catch (e) {
      setError(describeError(e));
      setChoice('ask');
    }
  };

  return (
    <Box sx={{ maxWidth: 760, mx: 'auto', mt: 2 }}>
      <Paper sx={{ p: 4 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          Chào mừng đến với ThiDua
        </Typography>
        <Typography sx={{ mb: 3 }}>
          Phần mềm giúp Hội đồng Thi đua - Khen thưởng phường/xã quản lý danh mục, đề nghị khen thưởng, phiên họp
          và văn bản. Dữ liệu chỉ lưu trên máy này.
        </Typography>
        <RoleNotice action="editSettings" />
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {choice === 'ask' && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Button variant="contained" size="large" onClick={() => setChoice('empty')} autoFocus>
              Bắt đầu với phường trống
            </Button>
            <Button variant="outlined" size="large" onClick={loadDemo}>
              Dùng dữ liệu mẫu (phường Ninh Hà)
            </Button>
          </Stack>
        )}
        {choice === 'demo' && (
          <Box role="status">
            <Typography sx={{ mb: 1 }}>Đang tạo dữ liệu mẫu của phường Ninh Hà…</Typography>
            <LinearProgress aria-label="Đang tạo dữ liệu mẫu" />
          </Box>
        )}
        {choice === 'empty' && (
          <>
            <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
              Thông tin phường/xã
            </Typography>
            <WardProfileForm
              initial={emptyWardProfile()}
              readVersion={null}
              compact
              submitLabel="Lưu và bắt đầu"
            />
            <Button sx={{ mt: 2 }} onClick={() => setChoice('ask')}>
              Quay lại
            </Button>
          </>
        )}
      </Paper>
    </Box>
  );
}
