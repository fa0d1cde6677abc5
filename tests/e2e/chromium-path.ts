import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** CHROMIUM_PATH, then Debian's Chromium, then Playwright's own build. */
export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightsOwn()];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests. Install one with `apt-get update && apt-get install -y chromium` ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
  return found;
}

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
