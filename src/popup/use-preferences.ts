/**
 * The preferences as live UI state: read once, kept current by the storage watcher (another popup,
 * the options page or another browser via sync may change them), written through updatePreferences.
 * A failed write (storage.sync quotas) is reported, never swallowed.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { Preferences } from '../settings/preferences';
import { getPreferences, updatePreferences, watchPreferences } from '../settings/storage';

export interface PreferencesState {
  prefs: Preferences | undefined;
  update: (change: (p: Preferences) => void) => Promise<boolean>;
  /** The last write's error, for an aria-live region. */
  error: string | undefined;
}

export function usePreferences(): PreferencesState {
  const [prefs, setPrefs] = useState<Preferences>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void getPreferences().then((p) => live && setPrefs(p));
    const unwatch = watchPreferences((p) => setPrefs(p));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (change: (p: Preferences) => void) => {
    try {
      setPrefs(await updatePreferences(change));
      setError(undefined);
      return true;
    } catch (err) {
      setError(t('saveFailed', err instanceof Error ? err.message : String(err)));
      return false;
    }
  }, []);
  return { prefs, update, error };
}
