import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sentenceData, sentenceStateFor } from '../scenes/sentenceData';
import { timelineData, timelineStateFor } from '../scenes/timelineData';
import { story } from '../story';
import { timelineText } from '../story/graphicCopy';
import { SentenceChart } from './SentenceChart/SentenceChart';
import { Timeline } from './Timeline/Timeline';

/** SVG markup with every number rounded to one decimal, so snapshots show geometry, not float noise. */
function svgOf(element: React.ReactElement): string {
  const markup = renderToStaticMarkup(element);
  return markup.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');
}

const size = { width: 640, height: 360 };

describe('chart snapshots: a reviewer sees each state in the diff', () => {
  for (const beat of story.beats) {
    const scene = beat.scene;
    it(`${beat.id}`, async () => {
      const svg =
        scene.kind === 'timeline' ? (
          <Timeline data={timelineData} state={timelineStateFor(scene)} {...size} text={timelineText} />
        ) : (
          <SentenceChart data={sentenceData} state={sentenceStateFor(scene.state)} {...size} />
        );
      await expect(svgOf(svg)).toMatchFileSnapshot(`__snapshots__/${beat.id}.svg`);
    });
  }
});
