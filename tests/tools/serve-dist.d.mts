import type { Server } from 'node:http';

export declare const SUB_PATH: string;
export declare function serveDist(dist: string): Promise<{ server: Server; url: string }>;
