import type { MethodName, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { HandlerContext } from './handler-context';

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  ctx: HandlerContext,
) => OutputOf<M> | Promise<OutputOf<M>>;

/** One module's handlers: exactly the methods it names, each typed from the contract. */
export type HandlerModule<K extends MethodName> = { [M in K]: Handler<M> };

/** All handlers of the app: one per contract method, no more, no less. */
export type Handlers = HandlerModule<MethodName>;
