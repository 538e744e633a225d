import { describe, expect, it } from 'vitest';
import { afterLayoutEffects } from './afterLayoutEffects';

describe('afterLayoutEffects', () => {
  it('runs every queued write after the synchronous work that queued them, in order', async () => {
    const log: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      log.push(`read ${name}`);
      afterLayoutEffects(() => log.push(`write ${name}`));
    }
    log.push('commit done');
    await Promise.resolve();
    expect(log).toEqual(['read a', 'read b', 'read c', 'commit done', 'write a', 'write b', 'write c']);
  });

  it('keeps running the other writes when one throws, and starts a fresh queue afterwards', async () => {
    const log: string[] = [];
    const uncaught: unknown[] = [];
    const onError = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onError);
    try {
      afterLayoutEffects(() => {
        throw new Error('broken animation');
      });
      afterLayoutEffects(() => log.push('second'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      afterLayoutEffects(() => log.push('next commit'));
      await Promise.resolve();
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(log).toEqual(['second', 'next commit']);
    expect(uncaught).toHaveLength(1);
  });
});
