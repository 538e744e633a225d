import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticlePage } from '../article/ArticlePage';
import { edition } from '../story/edition';
import { EditionContext, preload } from './EditionContext';
import { GraphicPanel } from './GraphicPanel';

// An injected failure: the timeline throws whenever it renders.
vi.mock('../charts/Timeline/Timeline', () => ({
  Timeline: () => {
    throw new Error('injected chart failure');
  },
}));

describe('a chart that throws', () => {
  // The tables' words load on demand: loaded first, the tables render at once.
  beforeAll(() => preload(edition.load.details));

  it('is replaced by a quiet note while the other chart, every beat’s text and the data tables stay', { timeout: 20_000 }, async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Awaited: the tables' code comes when the browser draws them.
    const { container } = await act(async () =>
      render(
        <EditionContext value={edition}>
          <ArticlePage inline />
        </EditionContext>,
      ),
    );
    // Article mode: each beat's graphic draws its own chart. Where that is the timeline, a note takes
    // its place; the beats that show the sentence chart still draw it.
    const timelinePanels = container.querySelectorAll('.graphic-panel[data-scene="timeline"]');
    const sentencePanels = container.querySelectorAll('.graphic-panel[data-scene="sentence"]');
    expect(timelinePanels.length).toBeGreaterThan(0);
    expect(sentencePanels.length).toBeGreaterThan(0);
    expect(screen.getAllByText(edition.ui.chartFailed)).toHaveLength(timelinePanels.length);
    expect(container.querySelectorAll('.graphic-panel[data-scene="sentence"] svg.sentence-chart')).toHaveLength(sentencePanels.length);
    for (const heading of ['21 years asked, 14 imposed', 'A defender of migrants’ rights']) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    await waitFor(() => expect(container.querySelector('#timeline-table')).toBeInTheDocument(), { timeout: 10_000 });
    expect(container.querySelectorAll('.graphic-numbers table').length).toBeGreaterThan(0);
    expect(screen.getAllByText('21 years').length).toBeGreaterThan(0);
  });

  it('leaves the sticky panel its other chart, faded out, to cross-fade to', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const timelineBeat = edition.beats.find((beat) => beat.scene.kind === 'timeline')!;
    const { container } = render(
      <EditionContext value={edition}>
        <GraphicPanel beatId={timelineBeat.id} variant="sticky" />
      </EditionContext>,
    );
    expect(screen.getByText(edition.ui.chartFailed)).toBeInTheDocument();
    expect(container.querySelector('.graphic-layer--hidden svg.sentence-chart')).toBeInTheDocument();
  });
});
