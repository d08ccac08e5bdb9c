/**
 * Registers a handler map on a messenger, checking every message's data first. Handlers are plain
 * functions of (data, sender), so tests call them without a browser. The checks are functions, so each side
 * brings its own: the background's are valibot schemas (check-valibot.ts); the content script, which runs
 * on every page, checks its three small messages by hand and carries no validation library.
 */
import type { ExtensionMessenger } from '@webext-core/messaging';

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

/** The data of a message as its handler takes it, or why it is not acceptable ("field: problem"). */
export type Check = (data: unknown) => { ok: true; value: unknown } | { ok: false; error: string };

/** Checks then dispatches; a bad message is rejected with an error naming the message and field. */
export async function dispatch<P>(
  handlers: Handlers<P>,
  checks: Record<keyof P, Check>,
  type: keyof P,
  data: unknown,
  sender: Sender,
): Promise<unknown> {
  const check = checks[type];
  const handler = handlers[type] as ((d: unknown, s: Sender) => unknown) | undefined;
  if (!check || !handler) throw new Error(`unknown message "${String(type)}"`);
  const checked = check(data);
  if (!checked.ok) throw new Error(`invalid "${String(type)}" message: ${checked.error}`);
  return await handler(checked.value, sender);
}

export function registerHandlers<P extends object>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the messenger is typed by the same protocol map
  messenger: ExtensionMessenger<any>,
  handlers: Handlers<P>,
  checks: Record<keyof P, Check>,
): () => void {
  const removers = (Object.keys(handlers) as (keyof P & string)[]).map((type) =>
    messenger.onMessage(
      type,
      (message: { data: unknown; sender: { tab?: { id?: number }; frameId?: number; url?: string } }) =>
        dispatch(handlers, checks, type, message.data, {
          tabId: message.sender.tab?.id,
          frameId: message.sender.frameId,
          url: message.sender.url,
        }),
    ),
  );
  return () => removers.forEach((remove) => remove());
}
