export declare const UNICODE_RANGES: { latin: string; cyrillic: string };
export declare const CHARACTERS_WITHOUT_GLYPHS: string;
export declare function inRanges(ranges: string, codePoint: number): boolean;
export declare function charactersToSubset(root: string): Promise<{ latin: string; cyrillic: string; outside: string }>;
