import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Timeline } from './Timeline';
import { fixtureData, fixtureStates } from './timelineFixture';
import type { TimelineText } from './types';

const text: TimelineText = { name: 'Timeline of events', keys: 'Arrow keys pick an event.', focusNote: 'This part is about it.' };
const timeline = <Timeline data={fixtureData} state={fixtureStates.days} width={640} height={360} text={text} />;

describe('the timeline’s events for screen readers', () => {
  it('lists each event in view with its date and status, marking the ones this part is about', () => {
    render(timeline);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toContain('10 February 2022: Its chair is arrested. Established. This part is about it.');
    expect(items.every((item) => item.querySelector('time'))).toBe(true);
  });

  it('is the browser’s to write: the prerendered page leaves the list out', () => {
    expect(renderToString(timeline)).not.toContain('<ol');
  });
});
