import { useEffect, useState } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { platform, type AppInfo } from '../../platform';

/** Start page of the shell: which host runs the app and its version. */
export default function HomePage() {
  const [info, setInfo] = useState<AppInfo | undefined>();
  useEffect(() => {
    platform().bridge.getAppInfo().then(setInfo);
  }, []);
  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        Hội đồng Thi đua - Khen thưởng
      </Typography>
      <Typography>
        Quản lý danh mục, đề nghị khen thưởng, chấm điểm thi đua, “Người tốt, việc tốt” và phiên họp Hội đồng.
      </Typography>
      {info && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="app-info">
          {info.name} phiên bản {info.version} — {info.electron ? `ứng dụng máy tính (Electron ${info.electron})` : 'bản web'}
        </Typography>
      )}
    </Paper>
  );
}
