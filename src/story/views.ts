import type { TimelineWindow } from './types.ts';

/**
 * The timeline's three windows of time, as ISO days: [first day shown, first day after].
 * - long: his lifetime to the possible end of the term (1963 to 2036);
 * - context: the ban on Hizb ut-Tahrir to the transfer to the Arctic (2003 to 2025);
 * - close: the case itself, December 2021 to September 2025.
 */
export const timelineViews = {
  long: ['1963-01-01', '2037-01-01'],
  context: ['2003-01-01', '2026-01-01'],
  close: ['2021-12-01', '2025-10-01'],
} as const satisfies Record<string, TimelineWindow>;
