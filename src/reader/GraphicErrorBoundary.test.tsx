import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticlePage } from '../article/ArticlePage';
import { edition } from '../story/edition';
import { EditionContext, preload } from './EditionContext';

// An injected failure: the timeline throws whenever it renders.
vi.mock('../charts/Timeline/Timeline', () => ({
  Timeline: () => {
    throw new Error('injected chart failure');
  },
}));

describe('a chart that throws', () => {
  // The tables' words load on demand: loaded first, the tables render at once.
  beforeAll(() => preload(edition.load.details));

  it('is replaced by a quiet note while the other chart, every beat’s text and the data tables stay', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <EditionContext value={edition}>
        <ArticlePage inline />
      </EditionContext>,
    );
    // Article mode: every graphic's timeline layer fails on its own, and the sentence chart still draws.
    const panels = container.querySelectorAll('.graphic-panel');
    expect(screen.getAllByText(edition.ui.chartFailed)).toHaveLength(panels.length);
    expect(container.querySelectorAll('.graphic-panel svg.sentence-chart')).toHaveLength(panels.length);
    for (const heading of ['21 years asked, 14 imposed', 'A defender of migrants’ rights']) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(container.querySelector('#timeline-table')).toBeInTheDocument();
    expect(container.querySelectorAll('.graphic-numbers table').length).toBeGreaterThan(0);
    expect(screen.getAllByText('21 years').length).toBeGreaterThan(0);
  });
});
