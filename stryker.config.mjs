// @ts-check
/**
 * Mutation testing of src/lib (`npm run test:mutation`): Stryker changes the code one small
 * edit at a time and the unit tests must fail for each. The modules left out only wire the
 * rest to `astro:content` and cannot load outside a build; the e2e suite covers them.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/lib/**/*.ts',
    '!src/lib/graph/site-graph.ts',
    '!src/lib/figure/site-body-map.ts',
    '!src/lib/page-model/site-pages.ts',
    '!src/lib/page-model/manifest.ts',
    '!src/lib/evidence/page-evidence.ts',
    '!src/lib/figure/site-demos.ts',
    '!src/lib/figure/site-runner.ts',
    '!src/lib/programs/site-programs.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants only reached while a test file loads (constants, tables, schema construction) cannot
  // be traced to a test, so each would re-run the whole suite (five hours here). They are
  // ignored and counted apart; mutants reached both at load and in a test still run.
  ignoreStatic: true,
  // Two test runners and two type-checker processes.
  concurrency: 4,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.cache/mutation/index.html' },
  jsonReporter: { fileName: '.cache/mutation/report.json' },
  tempDirName: '.cache/stryker-tmp',
  thresholds: { high: 90, low: 80, break: 80 },
};
