/**
 * The person working on this PC (issue 13): name and role, kept per PC in local settings, not in the
 * ward's data — the same record is shared by several PCs and restored elsewhere from backups. Every
 * write's audit entry and lifecycle step names this person; the data layer refuses what the role
 * does not allow (domain/roles).
 */
import { useSyncExternalStore } from 'react';
import { ROLES, checkUserName, refusal } from '../domain/roles';
import type { Action, Role, User } from '../domain/roles';
import { RefusedError } from './errors';

const USER_KEY = 'thidua.user';
const KNOWN_KEY = 'thidua.users';
/** Before anyone signs in (tests, a first run not finished) writes are the office's standing member's. */
export const DEFAULT_USER: User = { name: 'Người dùng', role: 'standing' };

function parseUser(value: unknown): User | null {
  if (!value || typeof value !== 'object') return null;
  const { name, role } = value as { name?: unknown; role?: unknown };
  if (typeof name !== 'string' || !ROLES.includes(role as Role)) return null;
  const checked = checkUserName(name);
  return checked.ok ? { name: checked.name, role: role as Role } : null;
}

/** Local settings of this PC; kept in memory where the host has no localStorage (unit tests). */
const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = globalThis.localStorage ?? memoryStorage();

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

function readJson(key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

let current: User | null | undefined;
const listeners = new Set<() => void>();

/** The signed-in user, or null when nobody has signed in on this PC yet. */
export function getSignedInUser(): User | null {
  current ??= parseUser(readJson(USER_KEY));
  return current;
}

/** The user writes are made as: the signed-in one, or the default before anyone signs in. */
export function getCurrentUser(): User {
  return getSignedInUser() ?? DEFAULT_USER;
}

/** Users who have signed in on this PC, for switching without retyping. */
export function knownUsers(): User[] {
  const list = readJson(KNOWN_KEY);
  return Array.isArray(list) ? list.map(parseUser).filter((u): u is User => u !== null) : [];
}

/** Signs in (or switches to) a user; refuses a blank or overlong name with a Vietnamese reason. */
export function signIn(name: string, role: Role): User {
  const checked = checkUserName(name);
  if (!checked.ok) throw new RefusedError('role', checked.reason);
  const user: User = { name: checked.name, role };
  const others = knownUsers().filter((u) => u.name !== user.name);
  storage.setItem(USER_KEY, JSON.stringify(user));
  storage.setItem(KNOWN_KEY, JSON.stringify([user, ...others].slice(0, 20)));
  current = user;
  for (const listener of listeners) listener();
  return user;
}

/** Back to the sign-in screen; known users stay listed. */
export function signOut(): void {
  storage.removeItem(USER_KEY);
  current = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSignedInUser(): User | null {
  return useSyncExternalStore(subscribe, getSignedInUser);
}

/** The reason the signed-in user may not do `action`, or null; screens show it beside what they refuse. */
export function useRefusal(action: Action): string | null {
  return refusal(useSignedInUser() ?? DEFAULT_USER, action);
}

/** Throws the Vietnamese refusal when the current user's role does not allow `action`. */
export function requirePermission(action: Action): void {
  const reason = refusal(getCurrentUser(), action);
  if (reason) throw new RefusedError('role', reason);
}
