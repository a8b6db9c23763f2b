export declare const chromeFlags: string[];
export declare function findChrome(): string;
