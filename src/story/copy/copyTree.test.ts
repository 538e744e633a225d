import { describe, expect, it } from 'vitest';
import { copyEntries, fingerprint, mapCopy } from './copyTree';
import { englishCopy } from './englishCopy';

describe('the copy tree', () => {
  const tree = {
    beats: [
      {
        id: 'first',
        title: 'One',
        body: [['A ', { ru: 'слово' }, '.'], ['B.']],
        scene: { kind: 'timeline', view: 'long', focus: ['x'] },
        sources: ['S01'],
      },
    ],
    events: [{ id: 'x', date: '2020', precision: 'year', label: 'Label', status: 'established', sources: ['S01'] }],
    ui: { counter: '{n} / {total}', list: ['one', 'two'] },
  };

  it('keys copy by field names and record ids, and leaves facts out', () => {
    expect([...copyEntries(tree).keys()]).toEqual([
      'beats.first.title',
      'beats.first.body.0',
      'beats.first.body.1',
      'events.x.label',
      'ui.counter',
      'ui.list.0',
      'ui.list.1',
    ]);
    expect(copyEntries(tree).get('beats.first.body.0')).toEqual(['A ', { ru: 'слово' }, '.']);
  });

  it('replaces copy and keeps every fact as it was', () => {
    const upper = mapCopy(tree, (_, value) => (typeof value === 'string' ? value.toUpperCase() : value));
    expect(upper.beats[0]!.title).toBe('ONE');
    expect(upper.events[0]).toMatchObject({ id: 'x', date: '2020', precision: 'year', status: 'established', sources: ['S01'] });
    expect(upper.beats[0]!.scene).toBe(tree.beats[0]!.scene);
  });

  it('fingerprints a text the same way every time, and differently for a changed one', () => {
    expect(fingerprint('The verdict')).toBe(fingerprint('The verdict'));
    expect(fingerprint('The verdict')).not.toBe(fingerprint('The verdict.'));
    expect(fingerprint('The verdict')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('finds the English edition’s copy, and no fact among it', () => {
    const keys = [...copyEntries(englishCopy).keys()];
    expect(keys).toContain('beats.verdict.heading');
    expect(keys).toContain('kit.lesson.plan.engage.title');
    expect(keys).toContain('kit.teacherNotes.verdict');
    expect(keys).toContain('furniture.present.counter');
    expect(keys.some((key) => /\.(id|date|status|sources|scene|months|url)$/.test(key))).toBe(false);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
