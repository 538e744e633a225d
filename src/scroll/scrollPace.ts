/**
 * How fast the reader is moving through the story, from the positions the scroll engine already
 * measures (no extra reads of layout). A beat reached at speed is one the reader is passing through,
 * not reading: the graphic waits for them to settle (src/reader/ScrollStory.tsx). Every new graphic
 * state is laid out, painted and glided on the main thread (an SVG element's transform is not
 * composited); on a mid-range phone, one per beat passed in a flick drops frames that the page
 * without script does not.
 */

/** Faster than this, in CSS px a second (about a phone screen a second), the reader is passing through. */
export const BRISK_PX_PER_SECOND = 800;

/** Only the most recent movement counts: a pause longer than this and the reader starts afresh. */
const WINDOW_MS = 150;

export interface ScrollPace {
  /** Records where the reading position is (`position`, px down the story) at `time` (ms). */
  sample(time: number, position: number): void;
  /** Px a second over the last {@link WINDOW_MS} ms up to `time`, 0 when there is no recent movement. */
  speed(time: number): number;
}

export function createScrollPace(): ScrollPace {
  let samples: { time: number; position: number }[] = [];
  return {
    sample(time, position) {
      samples.push({ time, position });
      samples = samples.filter((s) => time - s.time <= WINDOW_MS);
    },
    speed(time) {
      const recent = samples.filter((s) => time - s.time <= WINDOW_MS);
      if (recent.length < 2) return 0;
      const first = recent[0]!;
      const last = recent[recent.length - 1]!;
      const elapsed = last.time - first.time;
      return elapsed > 0 ? (Math.abs(last.position - first.position) / elapsed) * 1000 : 0;
    },
  };
}

/** Whether a beat reached now is reached at speed. */
export function isBrisk(pace: ScrollPace, time: number): boolean {
  return pace.speed(time) > BRISK_PX_PER_SECOND;
}
