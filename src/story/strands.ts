import type { Strand } from './types.ts';

/**
 * The three strands the story braids together, one lane each on the timeline, so the reader sees
 * them converge on 24 February 2022: the law and the courts that made the case possible, Memorial,
 * and his own life and case. Every event names the strand it belongs to.
 */
export const strands: readonly Strand[] = [
  { id: 'law', label: 'The law and the courts' },
  { id: 'memorial', label: 'Memorial' },
  { id: 'case', label: 'Khamroyev and his case' },
];
