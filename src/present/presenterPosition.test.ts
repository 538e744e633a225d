import { describe, expect, it } from 'vitest';
import { arriveAt, askedIndex, indexFromHash, nextPosition, previousPosition, type PresenterPosition } from './presenterPosition';

/** A story of four beats; the third reveals its graphic in three presses. */
const beats = [{ id: 'first' }, { id: 'second' }, { id: 'slow', revealSteps: 3 as const }, { id: 'last' }];
const at = (index: number, reveal = 0): PresenterPosition => ({ index, reveal });

describe('nextPosition', () => {
  it.each([
    ['moves to the next beat', at(0), at(1)],
    ['arrives at a slow reveal on its first step', at(1), at(2, 0)],
    ['takes the reveal one step at a time', at(2, 0), at(2, 1)],
    ['reaches the reveal’s last step', at(2, 1), at(2, 2)],
    ['leaves a finished reveal for the next beat', at(2, 2), at(3)],
    ['stays on the last beat', at(3), at(3)],
  ])('%s', (_, from, to) => expect(nextPosition(beats, from)).toEqual(to));
});

describe('previousPosition', () => {
  it.each([
    ['moves to the beat before', at(1), at(0)],
    ['returns to a slow reveal shown whole', at(3), at(2, 2)],
    ['leaves a reveal in progress for the beat before', at(2, 1), at(1)],
    ['stays on the first beat', at(0), at(0)],
  ])('%s', (_, from, to) => expect(previousPosition(beats, from)).toEqual(to));
});

describe('arriving by a link, a click or a typed name', () => {
  it.each([
    ['opens a slow reveal on its first step', 2, at(2, 0)],
    ['clamps a number past the end', 9, at(3)],
    ['clamps a number before the start', -2, at(0)],
  ])('%s', (_, index, to) => expect(arriveAt(beats, index)).toEqual(to));

  it.each([
    ['#slow', { index: 2 }],
    ['#last', { index: 3 }],
    ['#nothing', { unknown: 'nothing' }],
    ['', null],
    ['#', null],
  ])('reads the fragment %j', (hash, expected) => expect(indexFromHash(beats, hash)).toEqual(expected));

  it.each([
    ['3', 2],
    [' 1 ', 0],
    ['4', 3],
    ['5', -1],
    ['0', -1],
    ['slow', 2],
    ['Slow', -1],
    ['', -1],
  ])('finds %j by number or id', (asked, index) => expect(askedIndex(beats, asked)).toBe(index));
});
