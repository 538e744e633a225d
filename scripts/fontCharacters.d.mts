export declare const LATIN_RANGE: string;
export declare const CYRILLIC_RANGE: string;
export declare const SET_IN_FALLBACK: RegExp;
export declare function inRanges(ranges: string, codePoint: number): boolean;
export declare function charactersToSubset(root: string): Promise<{ latin: string; cyrillic: string; outside: string }>;
