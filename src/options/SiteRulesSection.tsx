/**
 * Where Dramatis runs: everywhere except a deny list (the default), or only on an allow list. Both lists
 * are kept when the mode changes, so switching back restores the other one.
 */
import { t } from '../i18n';
import type { SettingProps } from '../popup/KindFilters';
import { SiteList } from './SiteList';

export function SiteRulesSection({ prefs, update }: SettingProps) {
  const allow = prefs.siteMode === 'allow';
  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      <fieldset>
        <legend>{t('siteModeLegend')}</legend>
        <label class="check">
          <input
            type="radio"
            name="siteMode"
            value="deny"
            checked={!allow}
            onChange={() => void update((p) => void (p.siteMode = 'deny'))}
          />
          {t('siteModeDeny')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="siteMode"
            value="allow"
            checked={allow}
            onChange={() => void update((p) => void (p.siteMode = 'allow'))}
          />
          {t('siteModeAllow')}
        </label>
      </fieldset>
      {allow ? (
        <SiteList
          id="allowed"
          label={t('sitesAllowedLabel')}
          sites={prefs.allowedSites}
          onChange={(change) => update((p) => void (p.allowedSites = change(p.allowedSites)))}
        />
      ) : (
        <SiteList
          id="denied"
          label={t('sitesDeniedLabel')}
          sites={prefs.deniedSites}
          onChange={(change) => update((p) => void (p.deniedSites = change(p.deniedSites)))}
        />
      )}
    </section>
  );
}
