import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // A time limit, not a speed assertion: CI machines have two cores, and
    // the child-process and 10,000-account tests slow down under load.
    testTimeout: 30_000,
  },
});
