/**
 * Registers a handler map on a messenger, validating every message's data against its schema first.
 * Handlers are plain functions of (data, sender), so tests call them without a browser.
 */
import type { ExtensionMessenger } from '@webext-core/messaging';
import * as v from 'valibot';

type Handlers<P> = {
  [K in keyof P]: P[K] extends (...args: infer A) => infer R
    ? (data: A extends [infer D] ? D : undefined, sender: Sender) => R | Promise<R>
    : never;
};

export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type HandlerMap<P> = Handlers<P>;

/** Validates then dispatches; a bad message is rejected with an error naming the message and field. */
export async function dispatch<P>(
  handlers: Handlers<P>,
  schemas: Record<keyof P, v.GenericSchema>,
  type: keyof P,
  data: unknown,
  sender: Sender,
): Promise<unknown> {
  const schema = schemas[type];
  const handler = handlers[type] as ((d: unknown, s: Sender) => unknown) | undefined;
  if (!schema || !handler) throw new Error(`unknown message "${String(type)}"`);
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`invalid "${String(type)}" message: ${v.getDotPath(issue) ?? 'data'}: ${issue.message}`);
  }
  return await handler(parsed.output, sender);
}

export function registerHandlers<P extends object>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the messenger is typed by the same protocol map
  messenger: ExtensionMessenger<any>,
  handlers: Handlers<P>,
  schemas: Record<keyof P, v.GenericSchema>,
): () => void {
  const removers = (Object.keys(handlers) as (keyof P & string)[]).map((type) =>
    messenger.onMessage(
      type,
      (message: { data: unknown; sender: { tab?: { id?: number }; frameId?: number; url?: string } }) =>
        dispatch(handlers, schemas, type, message.data, {
          tabId: message.sender.tab?.id,
          frameId: message.sender.frameId,
          url: message.sender.url,
        }),
    ),
  );
  return () => removers.forEach((remove) => remove());
}
