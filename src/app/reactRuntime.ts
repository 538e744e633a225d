// React's root API, for the entry (src/main.tsx). scripts/build/explainerBuild.ts puts this file in React's chunk:
// the bundler wraps React's CommonJS in factories that run on first use, and this re-export is that
// first use, so react-dom's and React's module code runs when React's chunk is evaluated, a task
// before the story's code (src/boot/importInTurn.ts). Without it, evaluating that chunk first would
// run nothing, and all of React's module code would fall in the story's task.
export { createRoot, hydrateRoot } from 'react-dom/client';
