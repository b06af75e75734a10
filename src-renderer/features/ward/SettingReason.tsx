import Typography from '@mui/material/Typography';
import { SETTING_REASONS, settingReference } from '../../domain/settings';
import type { WardSettings } from '../../domain/settings';

/** Why a setting exists and the rule it comes from, above the screen that edits it. */
export function SettingReason({ settings, setting }: { settings: WardSettings; setting: keyof WardSettings }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {SETTING_REASONS[setting].reason} ({settingReference(settings, setting)})
    </Typography>
  );
}
