import { createContext, use, useContext } from 'react';
import type { ChartCopy, Furniture, StoryEdition, UiCopy } from '../story';

/**
 * The story every mode renders. The entry provides it once, at the root: the pages and the reader UI
 * read the story from here, never by importing it, so the same code renders any story.
 */
export const EditionContext = createContext<StoryEdition | null>(null);

/** The story being rendered. */
export function useEdition(): StoryEdition {
  const edition = useContext(EditionContext);
  if (!edition) throw new Error('No story to render: wrap the page in <EditionContext value={…}>');
  return edition;
}

/** A promise that says, once settled, how it settled: React's `use` then reads it without suspending. */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/** The page's furniture in the edition's language. */
export const useUi = (): UiCopy => useEdition().ui;

/** The charts' words in the edition's language. */
export const useChartCopy = (): ChartCopy => useEdition().chartCopy;

/** The words of a page or panel that loads on demand; suspends until they arrive. */
export const useFurniture = (): Furniture => useLoaded(useEdition().load.furniture);

const loaded = new WeakMap<() => Promise<unknown>, TrackedPromise<unknown>>();

/**
 * Starts loading a part of the story, once per loader for the page's life, and returns the promise.
 * Awaiting it before rendering (a test, a print) means the part renders at once, with no fallback.
 */
export function preload<T>(load: () => Promise<T>): Promise<T> {
  let promise = loaded.get(load) as TrackedPromise<T> | undefined;
  if (!promise) {
    const started: TrackedPromise<T> = load();
    started.then(
      (value) => Object.assign(started, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(started, { status: 'rejected', reason }),
    );
    promise = started;
    loaded.set(load, promise as TrackedPromise<unknown>);
  }
  return promise;
}

/**
 * A part of the story loaded on demand (the sources, the corrections, the teacher kit). Suspends
 * until it arrives: inside a `<Suspense>` boundary, the prerendered HTML stays in place while it
 * loads, and the server render waits for it. Once loaded it is read at once, without suspending.
 */
export function useLoaded<T>(load: () => Promise<T>): T {
  return use(preload(load));
}
