// Dexie must see an IndexedDB before it is imported anywhere.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeScripting } from './fake-scripting';
import { installFakePermissions } from './fake-permissions';

beforeEach(() => {
  fakeBrowser.reset();
  installFakeScripting();
  // As the e2e fixture: a rep who accepted the default mode's prompt.
  installFakePermissions(['http://*/*', 'https://*/*']);
});
