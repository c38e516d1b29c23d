import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Each case runs a real `astro build` as a child process, so they get a long timeout;
        // two run at once, one per core (a build is mostly one core's work).
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
