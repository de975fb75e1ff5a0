import type { ContractApi, FortroligBridge, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';

declare global {
  interface Window {
    fortrolig: FortroligBridge;
  }
}

/** A failed call, carried as an exception inside the renderer so queries and forms can catch it. */
export class ApiError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.data = data;
  }
}

/**
 * The typed client: the only way the UI talks to main. Unwraps `{ ok, value }` and turns
 * `{ ok: false, error }` into an ApiError.
 */
export async function call<M extends MethodName>(method: M, ...input: undefined extends InputOf<M> ? [InputOf<M>?] : [InputOf<M>]): Promise<OutputOf<M>> {
  const fn = window.fortrolig.api[method] as (input?: unknown) => ReturnType<ContractApi[M]>;
  const result = await fn(input[0]);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as OutputOf<M>;
}

export function onBridgeEvent(listener: Parameters<FortroligBridge['onEvent']>[0]): () => void {
  return window.fortrolig.onEvent(listener);
}
