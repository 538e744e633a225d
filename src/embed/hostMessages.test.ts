import { describe, expect, it } from 'vitest';
import { heightMessages, parseHostMessage, pymPositionRequest, readChildId } from './hostMessages';

describe('parseHostMessage', () => {
  it('reads our versioned messages', () => {
    expect(parseHostMessage({ type: 'khamroyev:host', version: 1, sticky: true }, null)).toEqual({ kind: 'host', sticky: true });
    expect(parseHostMessage({ type: 'khamroyev:scroll', version: 1, offset: 420 }, null)).toEqual({ kind: 'scroll', offset: 420 });
  });

  it('reads pym.js width and position messages for its own child id only', () => {
    expect(parseHostMessage('pymxPYMxstoryxPYMxwidthxPYMx375', 'story')).toEqual({ kind: 'pym-width', width: 375 });
    expect(parseHostMessage('pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1440 900 -1200 0 4000 1440', 'story')).toEqual({
      kind: 'pym-position',
      viewportHeight: 900,
      frameTop: -1200,
    });
    expect(parseHostMessage('pymxPYMxotherxPYMxwidthxPYMx375', 'story')).toBeNull();
  });

  it('ignores anything else', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'hello',
      'x'.repeat(10_000),
      [],
      { type: 'khamroyev:scroll', version: 2, offset: 1 },
      { type: 'khamroyev:scroll', version: 1, offset: -5 },
      { type: 'khamroyev:scroll', version: 1, offset: Infinity },
      { type: 'khamroyev:scroll', version: 1, offset: '10' },
      { type: 'khamroyev:host', version: 1, sticky: 'yes' },
      { type: 'khamroyev:other', version: 1 },
      'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1440 NaN -1 0 1 1',
      'pymxPYMxstoryxPYMxwidthxPYMx<b>',
      'pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(1)',
    ];
    for (const data of junk) expect(parseHostMessage(data, 'story')).toBeNull();
  });
});

describe('heightMessages', () => {
  it('speaks pym, AMP and our own JSON', () => {
    expect(heightMessages(2400, 'story')).toEqual([
      'pymxPYMxstoryxPYMxheightxPYMx2400',
      { sentinel: 'amp', type: 'embed-size', height: 2400 },
      { type: 'khamroyev:height', version: 1, height: 2400 },
    ]);
    expect(heightMessages(2400, null)).toHaveLength(2);
  });
});

describe('pym ids', () => {
  it('reads the child id pym puts in the address, and refuses odd ones', () => {
    expect(readChildId('?mode=embed&initialWidth=375&childId=story')).toBe('story');
    expect(readChildId('?childId=%3Cscript%3E')).toBeNull();
    expect(pymPositionRequest('story')).toBe('pymxPYMxstoryxPYMxparentPositionInfoxPYMx');
  });
});
