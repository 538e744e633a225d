import type { SentenceChartData, SentenceChartState } from '../charts/SentenceChart/types';
import type { TimelineDatum, TimelineState } from '../charts/Timeline/types';
import type { Beat, StoryEdition } from '../story';
import { beatIndex, heldBeat, heldScene } from './beatOrder';
import { sentenceDataFor, sentenceStateFor } from './sentenceData';
import { timelineDataFor, timelineStateFor } from './timelineData';

/** Everything the graphic panel draws for one beat at one step of its reveal. */
export interface GraphicSpec {
  /** The chart this beat shows; in the sticky panel the other stays mounted, faded out, in its held state. */
  shown: 'timeline' | 'sentence';
  /** The timeline's data and state; null for a story whose beats never show one. */
  timeline: { data: readonly TimelineDatum[]; state: TimelineState } | null;
  /** The sentence chart's data and state; null for a story with no sentence chart. */
  sentence: { data: SentenceChartData; state: SentenceChartState } | null;
  /** The takeaway title; null while a slow reveal still holds it back. */
  title: string | null;
  /** One line on how to read the chart shown. */
  guide: string;
  /** What the graphic shows, for screen readers. */
  description: string;
  /** The table of the same numbers: the events this beat is about, or the sentence. */
  table: { kind: 'timeline'; eventIds: readonly string[] } | { kind: 'sentence' };
}

/** The last step of a beat's reveal: everything shown. */
export const fullReveal = (beat: Pick<Beat, 'revealSteps'>): number => (beat.revealSteps ?? 1) - 1;

/**
 * What the graphic draws for the beat `beatId` after `step` presses of its reveal (0-based; the full
 * graphic by default). A slow reveal of three steps shows the bars without figures, then the
 * figures, then the takeaway title. Pure: the same story, beat and step always give the same spec.
 */
export function graphicFor(story: StoryEdition, beatId: string, step?: number): GraphicSpec {
  const index = beatIndex(story.beats, beatId);
  const beat = story.beats[index];
  if (!beat) throw new Error(`The story has no beat "${beatId}"`);
  const last = fullReveal(beat);
  const at = Math.min(last, Math.max(0, step ?? last));
  const revealing = last > 0;
  const scene = beat.scene;

  const timelineBeat = heldBeat(story.beats, index, 'timeline');
  const timeline = timelineBeat
    ? { data: timelineDataFor(story.events, story.chartCopy.table.statusNames, story.lang), state: timelineStateFor(story, timelineBeat) }
    : null;

  const sentenceScene = scene.kind === 'sentence' ? scene : heldScene(story.beats, index, 'sentence');
  const sentenceData = sentenceDataFor(story);
  let sentence: GraphicSpec['sentence'] = null;
  if (sentenceScene && sentenceData) {
    const state = sentenceStateFor(sentenceScene.state);
    // The first step of a slow reveal: the bars alone, no figure to read off them.
    sentence = { data: sentenceData, state: revealing && at === 0 ? { ...state, showNumbers: false } : state };
  }

  const guide =
    scene.kind === 'timeline'
      ? story.chartCopy.howToRead.timeline
      : sentenceStateFor(scene.state).view === 'lifetime'
        ? (story.sentenceCopy?.guide.lifetime ?? '')
        : (story.sentenceCopy?.guide.years ?? '');
  return {
    shown: scene.kind,
    timeline,
    sentence,
    title: revealing && at < last ? null : beat.graphicTitle,
    guide,
    description: beat.graphicDescription,
    table: scene.kind === 'timeline' ? { kind: 'timeline', eventIds: scene.focus } : { kind: 'sentence' },
  };
}
