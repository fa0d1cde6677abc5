import { listenAsReader } from '@/lib/extension/reader/listen';

// Chrome's offscreen document: the one extension context of a service-worker
// build with a DOMParser. It reads pages from their markup for the worker.
const parser = new DOMParser();
listenAsReader((html) => parser.parseFromString(html, 'text/html'));
