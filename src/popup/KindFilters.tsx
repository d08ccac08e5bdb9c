/** Which kinds of actor to mark; applied live to open tabs (the content scripts watch the setting). */
import { GROUP_LABELS, t } from '../i18n';
import { KIND_GROUPS, type Preferences } from '../settings/preferences';

export interface SettingProps {
  prefs: Preferences;
  update: (change: (p: Preferences) => void) => Promise<boolean>;
}

export function KindFilters({ prefs, update }: SettingProps) {
  return (
    <fieldset class="kinds">
      <legend>{t('kindsLegend')}</legend>
      {KIND_GROUPS.map((group) => (
        <label key={group} class="check">
          <input
            type="checkbox"
            name="kind"
            value={group}
            checked={prefs.kinds[group]}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void update((p) => void (p.kinds[group] = on));
            }}
          />
          {t(GROUP_LABELS[group])}
        </label>
      ))}
    </fieldset>
  );
}
