import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: path.join(root, 'electron/main/index.ts'),
          // The vault engine's worker thread (see electron/vault/worker/), loaded by main by path.
          'engine-worker': path.join(root, 'electron/vault/worker/engine-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but 'electron': bundle everything else.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: path.join(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // No inline scripts or data-URI modules: the CSP allows scripts only from 'self'.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: { input: { index: path.join(root, 'renderer/index.html') } },
    },
  },
});
