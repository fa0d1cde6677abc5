import { z } from 'zod';

// Extension pages run under a CSP without 'unsafe-eval'. zod probes for eval
// to compile fast parsers, and the probe alone files a CSP violation report;
// jitless parsing skips the probe. Imported for its effect by the modules
// that define schemas, before any schema parses.
z.config({ jitless: true });
