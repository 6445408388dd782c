export type CspSettings = { tileUrl: string; dev: boolean };
export declare const publicCsp: (settings: CspSettings) => string;
export declare const nonceCsp: (nonce: string, settings: CspSettings) => string;
