// Adds DOM matchers (toHaveFocus, toBeInTheDocument…) for the jsdom tests; harmless under node.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test only when globals are on; we import explicitly instead.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
