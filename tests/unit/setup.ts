// Dexie must see an IndexedDB before it is imported anywhere.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeScripting } from './fake-scripting';

beforeEach(() => {
  fakeBrowser.reset();
  installFakeScripting();
});
