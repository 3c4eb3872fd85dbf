import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongFilesFirst } from './test/sequencer.ts';

// Two files at a time even on two cores (Vitest's default there is one): the unit files wait on
// DuckDB, spawned commands and servers, the browser files on the page, and one at a time left the
// cores 65-80 % busy. The times this gives are in README.md, "Kør testene".
const WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        // Explicit, not Vitest's 5 s: a test that starts a server or reads a data folder must not fail on a busy machine.
        // One module graph for all unit files instead of one each: importing the same modules again cost 28 of 97 s.
        // The files keep no state between them (no mocks, no globals), which is what isolation guards against.
        // The unit files first (they need no app): the app is built beside them (test/browser/global-setup.ts).
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node', testTimeout: 30_000, setupFiles: ['test/load-texts.ts'], isolate: false, sequence: { groupOrder: 0 }, maxWorkers: WORKERS },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          setupFiles: ['test/load-texts.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
          maxWorkers: WORKERS,
          // expect.poll waits for the page, it does not assert speed: its 1 s default failed a test
          // with two files sharing a busy machine.
          expect: { poll: { timeout: 10_000 } },
          // As in unit: one module graph (playwright-core, the servers) instead of one a file, 228 s -> 218 s.
          // Each file opens its own browser context, so nothing a page keeps is shared.
          isolate: false,
        },
      },
    ],
  },
});
