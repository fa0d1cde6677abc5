// Dexie must see an IndexedDB before it is imported anywhere.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeScripting } from './fake-scripting';
import { installFakePermissions } from './fake-permissions';
import { installFakePorts } from './fake-ports';
import { DOMParser } from 'linkedom';

// The worker reads pages from markup with the platform's DOMParser (Firefox's
// background page has one; Chrome's worker asks its offscreen document).
// Here linkedom plays the platform, as it does for the CLI.
globalThis.DOMParser ??= DOMParser as unknown as typeof globalThis.DOMParser;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeScripting();
  installFakePorts();
  // As the e2e fixture: a rep who accepted the default mode's prompt.
  installFakePermissions(['http://*/*', 'https://*/*']);
});
