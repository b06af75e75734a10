import type { Bridge } from './types';
import { createBrowserBridge } from './browser';

export type * from './types';

/** The preload exposes the desktop host's Bridge under this name (src-main/preload.ts). */
export const BRIDGE_GLOBAL = 'thidua';

export type PlatformKind = 'electron' | 'browser';

export interface Platform {
  kind: PlatformKind;
  bridge: Bridge;
}

/** The only place that knows whether Electron exists: the preload's object, or the browser fallback. */
export function selectPlatform(win: Window & { [BRIDGE_GLOBAL]?: Bridge }): Platform {
  const exposed = win[BRIDGE_GLOBAL];
  if (exposed && typeof exposed.getAppInfo === 'function') {
    return { kind: 'electron', bridge: exposed };
  }
  return { kind: 'browser', bridge: createBrowserBridge(win) };
}

let current: Platform | undefined;

export function platform(): Platform {
  current ??= selectPlatform(window);
  return current;
}
