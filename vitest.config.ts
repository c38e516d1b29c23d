import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Each case runs a real `astro build` in a copy of the project of its own
        // (tests/content/build-fixture.ts), so two run at once, one per core.
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
          sequence: { concurrent: true },
          maxConcurrency: 2,
        },
      },
    ],
  },
});
