import { act, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../app/App';
import { preload } from '../reader/EditionContext';
import { story } from '../story';
import { edition } from '../story/edition';

const prose = (id: string) =>
  story.beats
    .find((b) => b.id === id)!
    .body[0]!.map((run) => (typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em))
    .join('');

/** Lays the steps out as if `activeId`'s top had just crossed the middle of an 800 px window. */
function scrollTo(activeId: string) {
  const steps = Array.from(document.querySelectorAll<HTMLElement>('.step'));
  const at = steps.findIndex((s) => s.id === activeId);
  steps.forEach((step, i) => {
    const top = 300 + (i - at) * 700;
    vi.spyOn(step, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 500 } as DOMRect);
  });
  window.dispatchEvent(new Event('scroll'));
}

describe('the article page', () => {
  // The parts of the page that load on demand, loaded first: every section renders at once.
  beforeAll(async () => {
    await Promise.all([preload(edition.load.sources), preload(edition.load.corrections), preload(edition.load.details)]);
  });
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('renders every beat as a section with its id, heading and text', () => {
    render(<App mode="scroll" edition={edition} />);
    for (const beat of story.beats) {
      const section = document.getElementById(beat.id)!;
      expect(section.tagName).toBe('SECTION');
      expect(within(section).getByRole('heading', { level: 2, name: beat.heading })).toBeInTheDocument();
      if (beat.body.length > 0) expect(section.textContent).toContain(prose(beat.id));
    }
  });

  it('renders the data tables with the key numbers, and the corrections', { timeout: 20_000 }, async () => {
    // Awaited: the tables' code comes when the browser draws them.
    await act(async () => {
      render(<App mode="scroll" edition={edition} />);
    });
    const sentence = await screen.findByRole('table', { name: /The sentence: requested, imposed and after appeal/ }, { timeout: 10_000 });
    for (const figure of ['21 years', '14 years', '13 years 9 months', '3 years in a prison']) {
      expect(within(sentence).getByText(figure)).toBeInTheDocument();
    }
    const timeline = screen.getByRole('table', { name: /Timeline of the case/ });
    expect(within(timeline).getByText('24 February 2022')).toBeInTheDocument();
    expect(within(timeline).getByText('October 2023')).toBeInTheDocument();
    const corrections = screen.getByRole('table', { name: /The report’s wording/ });
    expect(within(corrections).getByText(/2nd Western District Military Court/)).toBeInTheDocument();
  });

  it('marks exactly one beat as current, the first, in the prerendered page', () => {
    document.body.innerHTML = renderToString(<App mode="scroll" edition={edition} />);
    const current = document.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.id).toBe('intro');
    expect(document.querySelector('[data-active-step]')!.getAttribute('data-active-step')).toBe('intro');
  });

  it('lets the active beat drive the graphic', async () => {
    // Awaited, so the parts the page loads on demand (the footer's panels) resolve inside it.
    await act(async () => {
      render(<App mode="scroll" edition={edition} />);
    });
    await act(async () => {
      scrollTo('verdict');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(document.getElementById('verdict')).toHaveAttribute('aria-current', 'step');
    // A jump straight after the first measurement reads as passing through at speed: the graphic
    // follows once the reader has settled, a moment later.
    const graphic = document.querySelector('[data-active-step]')!;
    await waitFor(() => expect(graphic.getAttribute('data-active-step')).toBe('verdict'));
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    expect(within(graphic as HTMLElement).getByText('The court imposed 14 of the 21 years prosecutors asked for')).toBeInTheDocument();
    expect(graphic.querySelector('figure')).toHaveAttribute('data-scene', 'sentence');
  });

  it('in article mode puts a graphic after each beat and no sticky graphic', () => {
    render(<App mode="article" edition={edition} />);
    expect(document.querySelector('[data-active-step]')).toBeNull();
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(0);
    expect(document.querySelectorAll('.graphic-panel--inline')).toHaveLength(story.beats.length - 1);
  });
});
