/** How the hover card behaves: the delay before it opens, its theme, and the keyboard shortcuts. */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS, THEMES, type Preferences } from '../settings/preferences';
import type { SettingProps } from '../popup/KindFilters';
import type { OptionsApi } from './api';
import { ShortcutHint } from './ShortcutHint';

/** Steps of the delay field: finer steps are not felt. */
const DELAY_STEP_MS = 50;

const THEME_LABELS: Record<Preferences['theme'], MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
};

function HoverDelay({ prefs, update }: SettingProps) {
  // The text as typed; saved when the field is committed (change), not on every keystroke: storage.sync
  // allows about two writes a second.
  const [text, setText] = useState(String(prefs.hoverDelayMs));
  useEffect(() => setText(String(prefs.hoverDelayMs)), [prefs.hoverDelayMs]);
  const commit = (value: string) => {
    const n = Math.round(Number(value));
    if (value.trim() === '' || !Number.isFinite(n)) return setText(String(prefs.hoverDelayMs));
    const clamped = Math.min(MAX_HOVER_DELAY_MS, Math.max(MIN_HOVER_DELAY_MS, n));
    setText(String(clamped));
    if (clamped !== prefs.hoverDelayMs) void update((p) => void (p.hoverDelayMs = clamped));
  };
  return (
    <div class="field">
      <label for="hover-delay">{t('hoverDelayLabel')}</label>
      <input
        id="hover-delay"
        type="number"
        min={MIN_HOVER_DELAY_MS}
        max={MAX_HOVER_DELAY_MS}
        step={DELAY_STEP_MS}
        value={text}
        aria-describedby="hover-delay-hint"
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <p id="hover-delay-hint" class="hint">
        {t('hoverDelayHint', [MIN_HOVER_DELAY_MS, MAX_HOVER_DELAY_MS])}
      </p>
    </div>
  );
}

export function CardSection({ prefs, update, api }: SettingProps & { api: OptionsApi }) {
  return (
    <section id="card" aria-labelledby="card-title">
      <h2 id="card-title">{t('optionsCard')}</h2>
      <HoverDelay prefs={prefs} update={update} />
      <fieldset>
        <legend>{t('themeLegend')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="check">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={prefs.theme === theme}
              onChange={() => void update((p) => void (p.theme = theme))}
            />
            {t(THEME_LABELS[theme])}
          </label>
        ))}
      </fieldset>
      <ShortcutHint api={api} />
    </section>
  );
}
