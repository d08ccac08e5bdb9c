/**
 * The real English UI text in tests: browser.i18n.getMessage answers from public/_locales/en/messages.json
 * ($1, $2 substituted as the browser does), so assertions read what a user reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

export function englishMessage(key: string, substitutions?: string | (string | number)[]): string {
  const subs = (substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]).map(
    String,
  );
  const text = messages[key]?.message ?? '';
  return text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}

/** Call in beforeEach (after fakeBrowser.reset()). */
export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
}
