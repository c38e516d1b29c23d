import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Each case runs a real `astro build`, so they get a long timeout and run one at a time:
        // concurrent builds of one project share its .astro/ folder (the content modules it
        // writes), and one build then reads another's content.
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
