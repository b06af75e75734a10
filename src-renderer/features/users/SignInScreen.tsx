/**
 * Who is working on this PC (issue 13): the first screen until someone signs in. A name and a role;
 * people who signed in here before are one click away. The audit trail, lifecycle history and the
 * register's "người lập" carry the name; the role decides what the screens allow.
 */
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { knownUsers, signIn } from '../../data/currentUser';
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from '../../domain/roles';
import { describeError } from '../../ui/errors';

export function SignInScreen() {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('standing');
  const [error, setError] = useState<string | null>(null);
  const known = knownUsers();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      signIn(name, role);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 3 }}>
      <Paper sx={{ p: 4, maxWidth: 640, width: '100%' }} component="form" onSubmit={submit} noValidate aria-label="Người dùng trên máy này">
        <Typography variant="h5" component="h1" gutterBottom>
          Ai đang làm việc trên máy này?
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          Mỗi thay đổi được ghi tên người làm vào nhật ký và lịch sử hồ sơ. Vai trò quyết định những việc được phép làm.
        </Typography>
        {known.length > 0 && (
          <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }} aria-label="Người dùng đã làm việc trên máy này">
            {known.map((u) => (
              <Button key={u.name} variant="outlined" onClick={() => signIn(u.name, u.role)}>
                {u.name} · {ROLE_LABELS[u.role]}
              </Button>
            ))}
          </Stack>
        )}
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <TextField
          label="Họ và tên"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          fullWidth
          autoFocus
          sx={{ mb: 2 }}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <FormLabel id="role-label">Vai trò</FormLabel>
        <RadioGroup aria-labelledby="role-label" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <FormControlLabel
              key={r}
              value={r}
              control={<Radio />}
              label={
                <span>
                  <b>{ROLE_LABELS[r]}</b> — {ROLE_DESCRIPTIONS[r]}
                </span>
              }
            />
          ))}
        </RadioGroup>
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button type="submit" variant="contained">
            Bắt đầu làm việc
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
