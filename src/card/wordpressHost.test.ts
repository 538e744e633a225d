import { describe, expect, it } from 'vitest';
import { asksForHeight, heightMessage, linkMessage, readSecret } from './wordpressHost';

describe('the WordPress host protocol', () => {
  it('reads the secret WordPress appends to the frame’s address', () => {
    expect(readSecret('#?secret=aB3dE5gH7j')).toBe('aB3dE5gH7j');
    expect(readSecret('#?secret=aB3dE5gH7j&other=1')).toBe('aB3dE5gH7j');
  });

  it('finds no secret in a beat’s anchor, an empty fragment or a hostile one', () => {
    for (const hash of ['', '#', '#verdict', '#?', '#?secret=', '#?secret=<script>', '#?secret=a%20b', `#?secret=${'a'.repeat(65)}`])
      expect(readSecret(hash)).toBeNull();
  });

  it('asks for a whole number of pixels, with the secret', () => {
    expect(heightMessage('abc', 612.2)).toEqual({ secret: 'abc', message: 'height', value: 613 });
  });

  it('asks the host to follow a link, with the secret', () => {
    expect(linkMessage('abc', 'https://news.example/#verdict')).toEqual({
      secret: 'abc',
      message: 'link',
      value: 'https://news.example/#verdict',
    });
  });

  it('answers only the host’s ready message carrying the frame’s own secret', () => {
    expect(asksForHeight({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    for (const data of [{ message: 'ready', secret: 'xyz' }, { message: 'height', secret: 'abc' }, 'ready', null, 42, []])
      expect(asksForHeight(data, 'abc')).toBe(false);
  });
});
