// Worker entry for TypeScript modules: Node 20 workers do not inherit tsx's loader, so register it
// here and then import the module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
