import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Action } from '../domain/roles';
import { RoleNotice } from './RoleNotice';

/**
 * The title of a screen (one h1 per page) with its main actions on the right. `requires` names what
 * the screen's changes need: a role without it is told why before it tries (the data layer refuses too).
 */
export function PageHeader({ title, subtitle, actions, requires }: { title: string; subtitle?: ReactNode; actions?: ReactNode; requires?: Action }) {
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary">
              {subtitle}
            </Typography>
          )}
        </Stack>
        {actions && (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {actions}
          </Stack>
        )}
      </Stack>
      {requires && <RoleNotice action={requires} />}
    </>
  );
}
