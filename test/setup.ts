// Adds DOM matchers (toHaveFocus, toBeInTheDocument…) for the jsdom tests; harmless under node.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` wait up to 5 s, not 1: what they wait for is often a lazy chunk (the
// ending's actions, the motion), whose import took over a second on a loaded machine
// (classroom.test.tsx, 2026-12-06). Absence is still asserted with `queryBy…`, at once.
configure({ asyncUtilTimeout: 5_000 });

// Testing Library unmounts after each test only when globals are on; we import explicitly instead.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
