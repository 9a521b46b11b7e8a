// The sandboxed preload: bundled into one file (dist/preload/index.cjs) because
// a sandboxed preload can require nothing but `electron`. It exposes the named
// functions of the contract, and nothing else, on window.ocop.
import { commandNames } from '../app/contract';
import { createBridge, type IpcRendererLike } from './bridge';

interface PreloadElectron {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: IpcRendererLike;
}

// The sandbox's own require (electron only); not a static import so that the
// types of the `electron` package are not needed to type-check.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contextBridge, ipcRenderer } = require('electron') as PreloadElectron;

contextBridge.exposeInMainWorld('ocop', createBridge(ipcRenderer, commandNames));
