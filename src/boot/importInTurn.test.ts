import { describe, expect, it } from 'vitest';
import { importInTurn } from './importInTurn';

/** Records what happened, in order: a preload, an import, or a task boundary. */
function recorder(failing?: string) {
  const log: string[] = [];
  return {
    log,
    options: {
      preload: (url: string) => void log.push(`preload ${url}`),
      load: async (url: string) => {
        log.push(`import ${url}`);
        if (url === failing) throw new Error(`cannot load ${url}`);
      },
      between: async () => void log.push('next task'),
    },
  };
}

describe('importInTurn', () => {
  it('fetches every later script at once, then imports each in a task of its own, in order', async () => {
    const { log, options } = recorder();
    await importInTurn(['/assets/react.js', '/assets/index.js'], options);
    expect(log).toEqual(['preload /assets/index.js', 'import /assets/react.js', 'next task', 'import /assets/index.js']);
  });

  it('imports one script without waiting a task', async () => {
    const { log, options } = recorder();
    await importInTurn(['/assets/index.js'], options);
    expect(log).toEqual(['import /assets/index.js']);
  });

  it('stops at the first script that fails, and says which', async () => {
    const { log, options } = recorder('/assets/react.js');
    await expect(importInTurn(['/assets/react.js', '/assets/index.js'], options)).rejects.toThrow('cannot load /assets/react.js');
    expect(log).not.toContain('import /assets/index.js');
  });
});
