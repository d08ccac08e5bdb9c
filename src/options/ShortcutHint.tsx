/** The keyboard shortcuts as the browser has them now, and where the user can change them. */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import type { OptionsApi, Shortcut } from './api';

const COMMAND_LABELS: Record<string, MessageKey> = {
  'next-actor': 'commandNext',
  'previous-actor': 'commandPrevious',
};

export function ShortcutHint({ api }: { api: OptionsApi }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  useEffect(() => {
    void api.shortcuts().then(setShortcuts, () => setShortcuts([]));
  }, [api]);
  return (
    <div class="shortcuts">
      <h3>{t('shortcutsTitle')}</h3>
      {shortcuts && shortcuts.length > 0 && (
        <dl>
          {shortcuts.map((s) => (
            <div key={s.name} class="shortcut">
              <dt>{COMMAND_LABELS[s.name] ? t(COMMAND_LABELS[s.name]!) : s.name}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('shortcutNone')}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="hint">{t(import.meta.env.FIREFOX ? 'shortcutsWhereFirefox' : 'shortcutsWhereChrome')}</p>
      <button type="button" onClick={() => void api.openShortcutSettings().catch(() => {})}>
        {t('shortcutsOpen')}
      </button>
    </div>
  );
}
