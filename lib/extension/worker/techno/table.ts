// The compiled fingerprint table, for the background and Node tools. Never
// import this from the content script: it is ~0.9 MB (220 KB gzipped).

import data from './generated/fingerprints.json';
import type { FingerprintTable } from './fingerprints';

export const fingerprintTable = data as unknown as FingerprintTable;
