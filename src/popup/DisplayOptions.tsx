/** How marks look on the page, and whether the toolbar icon shows the page's count. */
import { t, type MessageKey } from '../i18n';
import { HIGHLIGHT_STYLES, type Preferences } from '../settings/preferences';
import type { SettingProps } from './KindFilters';

const STYLE_LABELS: Record<Preferences['highlightStyle'], MessageKey> = {
  underline: 'styleUnderline',
  background: 'styleBackground',
  hover: 'styleHover',
};

export function HighlightStyle({ prefs, update }: SettingProps) {
  return (
    <fieldset class="style">
      <legend>{t('styleLegend')}</legend>
      {HIGHLIGHT_STYLES.map((style) => (
        <label key={style} class="check">
          <input
            type="radio"
            name="highlightStyle"
            value={style}
            checked={prefs.highlightStyle === style}
            onChange={() => void update((p) => void (p.highlightStyle = style))}
          />
          {t(STYLE_LABELS[style])}
        </label>
      ))}
    </fieldset>
  );
}

export function BadgeOption({ prefs, update }: SettingProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name="showBadge"
        checked={prefs.showBadge}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          void update((p) => void (p.showBadge = on));
        }}
      />
      {t('badgeOption')}
    </label>
  );
}
