import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        // Explicit, not Vitest's 5 s: a test that starts a server or reads a data folder must not fail on a busy machine.
        // One module graph for all unit files instead of one each: importing the same modules again cost 28 of 97 s.
        // The files keep no state between them (no mocks, no globals), which is what isolation guards against.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node', testTimeout: 30_000, setupFiles: ['test/load-texts.ts'], isolate: false },
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
          fileParallelism: false,
          // As in unit: one module graph (playwright-core, the servers) instead of one a file, 228 s -> 218 s.
          // Each file opens its own browser context, so nothing a page keeps is shared.
          isolate: false,
        },
      },
    ],
  },
});
