import { describe, expect, it, vi } from 'vitest';
import { QUIET_EVENTS, quietRootEvents } from './quietRootEvents';

describe('quietRootEvents', () => {
  it('keeps the quiet events from listeners the root gets after it, and from everything past the root', () => {
    const root = document.createElement('div');
    const text = root.appendChild(document.createElement('p'));
    document.body.append(root);
    quietRootEvents(root);
    // What React does as the root is created: listeners on the root, in both phases.
    const atRoot = vi.fn();
    root.addEventListener('mouseover', atRoot, true);
    root.addEventListener('mouseover', atRoot);
    const onText = vi.fn();
    text.addEventListener('mouseover', onText);
    const onDocument = vi.fn();
    document.addEventListener('mouseover', onDocument, true);
    text.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(atRoot).not.toHaveBeenCalled();
    expect(onText).not.toHaveBeenCalled();
    // The page's own listeners, on the document in the capture phase, still hear it.
    expect(onDocument).toHaveBeenCalledOnce();
    document.removeEventListener('mouseover', onDocument, true);
    root.remove();
  });

  it('leaves every other event, and the same events elsewhere on the page, alone', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const beside = document.body.appendChild(document.createElement('div'));
    quietRootEvents(root);
    const clicks = vi.fn();
    root.addEventListener('click', clicks);
    root.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicks).toHaveBeenCalledOnce();
    const overBeside = vi.fn();
    beside.addEventListener('mouseover', overBeside);
    beside.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(overBeside).toHaveBeenCalledOnce();
    expect(QUIET_EVENTS).toContain('wheel');
    root.remove();
    beside.remove();
  });
});
