import type { ChildProcess } from 'node:child_process';

export declare const HUB_PORT: number;
export declare const HUB_URL: string;
export declare const HUB_AUTH: string;
export declare function startTestHub(dir?: string): Promise<ChildProcess>;
export declare function stopTestHub(child: ChildProcess): Promise<void>;
