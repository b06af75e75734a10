import type { ReactNode } from 'react';
import { useSignedInUser } from '../../data/currentUser';
import { SignInScreen } from './SignInScreen';

/** Nothing of the ward is shown until someone has said who they are on this PC. */
export function UserGate({ children }: { children: ReactNode }) {
  return useSignedInUser() ? children : <SignInScreen />;
}
