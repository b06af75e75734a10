/** The signed-in person in the app bar; "Đổi người dùng" goes back to the sign-in screen. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import PersonIcon from '@mui/icons-material/AccountCircleOutlined';
import { DEFAULT_USER, signOut, useSignedInUser } from '../../data/currentUser';
import { ROLE_LABELS } from '../../domain/roles';

export function UserMenu() {
  const user = useSignedInUser() ?? DEFAULT_USER;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<PersonIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={`Người dùng: ${user.name}, ${ROLE_LABELS[user.role]}`}
        data-testid="current-user"
        sx={{ textTransform: 'none', ml: 1 }}
      >
        {user.name} · {ROLE_LABELS[user.role]}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            signOut();
          }}
        >
          Đổi người dùng
        </MenuItem>
      </Menu>
    </>
  );
}
