export const FIRST_PAINT_FACES: readonly RegExp[];
export function firstPaintFaces(lang: string): readonly RegExp[];
