import { describe, expect, it } from 'vitest';
import { COMMANDS, commandFor, keyLabel } from './commands';

const press = (key: string, shiftKey = false) => commandFor({ key, shiftKey });

describe('the presenter keymap', () => {
  it('moves on with the keys reveal.js and clickers use', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']) expect(press(key)).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(press(key)).toBe('previous');
    expect(press(' ', true)).toBe('previous');
  });

  it('has first, last, blackout, fullscreen, overview, go to and help', () => {
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
    for (const key of ['b', '.', '/']) expect(press(key)).toBe('blackout');
    expect(press('f')).toBe('fullscreen');
    for (const key of ['Escape', 'o']) expect(press(key)).toBe('overview');
    expect(press('g')).toBe('goto');
    expect(press('s')).toBe('notes');
    expect(press('?')).toBe('help');
  });

  it('ignores every other key', () => {
    for (const key of ['a', 'Tab', 'Enter', 'Shift', 'x']) expect(press(key)).toBeNull();
  });

  it('writes keys for people in the help overlay', () => {
    expect(COMMANDS.find((c) => c.id === 'previous')!.keys.map(keyLabel)).toEqual(['←', '↑', 'PageUp', 'Shift+Space', 'P']);
  });
});
