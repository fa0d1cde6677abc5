import { defineConfig } from '@playwright/test';

// Every test launches its own Chromium with the built extension; the
// machines have two cores, so tests run one at a time.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
