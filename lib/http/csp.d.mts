export declare const publicCsp: () => string;
export declare const nonceCsp: (nonce: string) => string;
