/**
 * The extension's English UI text for scripts that print what a user would read (kb:show): messages from
 * public/_locales/en/messages.json with $1, $2 substituted as browsers do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Msg } from '../../src/card/format';

const MESSAGES = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;

export const english: Msg = (key, substitutions) => {
  const subs = (substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]).map(
    String,
  );
  return (MESSAGES[key]?.message ?? key).replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
};
