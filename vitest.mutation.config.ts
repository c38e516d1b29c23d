import { defineConfig } from 'vitest/config';

/** The unit project alone, for Stryker: mutants are judged by the fast tests of src/lib. */
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
