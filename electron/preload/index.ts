import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type BridgeEvent, type ContractApi, type FortroligBridge } from '../../shared/contract';

// One function per contract method and an event subscription; no raw ipcRenderer reaches
// the page, and listeners never see the IpcRendererEvent (it exposes `sender`).
const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input?: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
) as ContractApi;

const bridge: FortroligBridge = {
  api,
  onEvent(listener) {
    const wrapped = (_event: IpcRendererEvent, payload: BridgeEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('fortrolig', bridge);
