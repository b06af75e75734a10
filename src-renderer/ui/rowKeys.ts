/** Keyboard behaviour of the register lists, apart from the grid so it is testable. */

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Plain Enter on a focused cell opens its row, as a click would; with a modifier it stays the grid's. */
export function opensRow(event: KeyLike): boolean {
  return event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}
