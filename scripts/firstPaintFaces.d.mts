export declare const FIRST_PAINT_FACES: readonly RegExp[];
