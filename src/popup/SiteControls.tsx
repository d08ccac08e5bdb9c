/** The three switches that matter most: Dramatis on or off, on or off for this site, and a pause. */
import { t, uiLanguage } from '../i18n';
import type { Preferences } from '../settings/preferences';
import { setSiteEnabled, siteEnabled, siteKey } from '../settings/site-rules';
import { Switch } from './Switch';

/** "Pause for 1 hour": long enough for a reading session, short enough not to be forgotten. */
export const PAUSE_MS = 60 * 60 * 1000;

export interface SiteControlsProps {
  prefs: Preferences;
  /** Hostname of the page; undefined on pages Dramatis cannot run on. */
  host: string | undefined;
  now: number;
  update: (change: (p: Preferences) => void) => Promise<boolean>;
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
}

export function SiteControls({ prefs, host, now, update }: SiteControlsProps) {
  const paused = prefs.pausedUntil > now;
  return (
    <section class="controls" aria-label={t('popupControls')}>
      <Switch checked={prefs.enabled} onChange={(on) => void update((p) => void (p.enabled = on))}>
        {t('popupEnabled')}
      </Switch>
      {host && (
        <Switch
          checked={siteEnabled(prefs, host)}
          onChange={(on) => void update((p) => setSiteEnabled(p, host, on))}
          class="site-switch"
        >
          {t(prefs.siteMode === 'allow' ? 'popupSiteAllowed' : 'popupSiteOn', siteKey(host))}
        </Switch>
      )}
      <div class="pause">
        {paused ? (
          <>
            <span>{t('popupPausedUntil', formatTime(prefs.pausedUntil))}</span>{' '}
            <button type="button" onClick={() => void update((p) => void (p.pausedUntil = 0))}>
              {t('popupResume')}
            </button>
          </>
        ) : (
          <button
            type="button"
            disabled={!prefs.enabled}
            onClick={() => void update((p) => void (p.pausedUntil = Date.now() + PAUSE_MS))}
          >
            {t('popupPause')}
          </button>
        )}
      </div>
    </section>
  );
}
