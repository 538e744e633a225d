export declare function precompressFile(path: string): { raw: number; brotli: number };
export declare function precompressDir(dir: string): { files: number; raw: number; brotli: number };
