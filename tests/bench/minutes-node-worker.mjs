// The entry of libreoffice.bench.ts's worker threads: a thread does not inherit tsx's loader
// from the tsx command, so it registers it, then loads the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./minutes-node-worker.ts');
