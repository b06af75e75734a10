import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../platform';

/**
 * Menu commands (Ctrl+S, Ctrl+P…) go to whichever screen claimed them last: a document preview
 * claims "save" while it is open. Unclaimed commands fall back to the shell's default.
 */
type Handler = () => void | Promise<void>;

const handlers = new Map<MenuCommand, Handler[]>();

export function claimCommand(command: MenuCommand, handler: Handler): () => void {
  const stack = handlers.get(command) ?? [];
  stack.push(handler);
  handlers.set(command, stack);
  return () => {
    const current = handlers.get(command) ?? [];
    handlers.set(
      command,
      current.filter((h) => h !== handler),
    );
  };
}

/** Runs the newest claim; false when nobody claimed the command. */
export async function runClaimedCommand(command: MenuCommand): Promise<boolean> {
  const stack = handlers.get(command);
  const handler = stack?.[stack.length - 1];
  if (!handler) return false;
  await handler();
  return true;
}

/** Claims a command while the calling component is mounted. */
export function useCommand(command: MenuCommand, handler: Handler): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => claimCommand(command, () => latest.current()), [command]);
}
