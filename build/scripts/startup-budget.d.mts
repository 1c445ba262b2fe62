export declare const STARTUP_BUDGET_KB: number;
export declare function startupScripts(htmlFile: string): { file: string; gzipBytes: number }[];
export declare function startupKb(htmlFile: string): number;
