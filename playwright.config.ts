import { defineConfig } from '@playwright/test';

// Every test launches its own Chromium with the built extension; the
// machines have two cores, so tests run one at a time. The hostile-pages
// stress tests (issue #8) load huge pages twice each and take minutes: they
// are their own project, run by `npm run test:stress`, not by `npm test`.
const STRESS = /hostile-pages\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'e2e', testIgnore: STRESS },
    { name: 'stress', testMatch: STRESS, timeout: 180_000 },
  ],
});
