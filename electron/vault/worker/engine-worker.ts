import { parentPort, workerData } from 'node:worker_threads';
import type { EngineWorkerData } from './engine-messages';
import { hostEngine, type HostPort } from './engine-host';

// Entry point of the engine worker thread (built to out/main/engine-worker.js).
if (!parentPort) throw new Error('engine-worker must run as a worker thread');
hostEngine(parentPort as unknown as HostPort, workerData as EngineWorkerData);
