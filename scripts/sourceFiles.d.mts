export declare function sourceFiles(dir: string): string[];
