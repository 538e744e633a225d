/**
 * The presenter's commands, declared once: the keymap reads this table and so does the help overlay.
 * The keys follow reveal.js, which teachers' hands (and clickers) already know: clickers send
 * PageDown/PageUp for next/previous and "." or "b" for their black-screen button.
 */
export type CommandId = 'next' | 'previous' | 'first' | 'last' | 'blackout' | 'fullscreen' | 'overview' | 'goto' | 'notes' | 'help';

/** A key as `KeyboardEvent.key`, with an optional Shift. */
export interface KeyBinding {
  key: string;
  shift?: boolean;
}

export interface Command {
  id: CommandId;
  keys: readonly KeyBinding[];
}

export const COMMANDS: readonly Command[] = [
  { id: 'next', keys: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: 'PageDown' }, { key: ' ' }, { key: 'n' }] },
  { id: 'previous', keys: [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }, { key: 'PageUp' }, { key: ' ', shift: true }, { key: 'p' }] },
  { id: 'first', keys: [{ key: 'Home' }] },
  { id: 'last', keys: [{ key: 'End' }] },
  { id: 'blackout', keys: [{ key: 'b' }, { key: '.' }, { key: '/' }] },
  { id: 'fullscreen', keys: [{ key: 'f' }] },
  { id: 'overview', keys: [{ key: 'Escape' }, { key: 'o' }] },
  { id: 'goto', keys: [{ key: 'g' }] },
  { id: 'notes', keys: [{ key: 's' }] },
  { id: 'help', keys: [{ key: '?' }] },
];

/** The command a key press asks for, or null. Letters match in either case; Shift matters only for Space. */
export function commandFor(event: { key: string; shiftKey: boolean }): CommandId | null {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const command of COMMANDS) {
    for (const binding of command.keys) {
      if (binding.key !== key) continue;
      if (key === ' ' && Boolean(binding.shift) !== event.shiftKey) continue;
      return command.id;
    }
  }
  return null;
}

/** How a key is written in the help overlay. */
export function keyLabel(binding: KeyBinding): string {
  const names: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓' };
  const name = names[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  return binding.shift ? `Shift+${name}` : name;
}
