/** `value` limited to the range [min, max]. When min > max, min wins. */
export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
