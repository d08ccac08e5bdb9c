/** The installed packs, each removable; the last removal can be undone. */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { addPack, removePack, type Pack, type PackStore } from '../settings/packs';
import { updatePacks } from '../settings/packs-store';
import { formatDay } from './KnowledgeSection';

export function PackList({ store, onStatus }: { store: PackStore; onStatus: (text: string) => void }) {
  const [removed, setRemoved] = useState<Pack>();
  const attempt = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (err) {
      onStatus(t('saveFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  const remove = (pack: Pack) =>
    attempt(async () => {
      await updatePacks((s) => removePack(s, pack.id));
      setRemoved(pack);
      onStatus(t('packsRemoved', pack.name));
    });
  const undo = (pack: Pack) =>
    attempt(async () => {
      await updatePacks((s) => addPack(s, pack));
      setRemoved(undefined);
      onStatus(t('packsRestored', pack.name));
    });
  return (
    <div class="pack-list">
      {store.packs.length ? (
        <ul class="packs">
          {store.packs.map((p) => (
            <li key={p.id}>
              <span class="name">{p.name}</span>{' '}
              <span class="desc">
                {t('packsEntry', [p.entities.length, formatDay(new Date(p.importedAt).toISOString())])}
              </span>{' '}
              <button type="button" aria-label={t('packsRemoveLabel', p.name)} onClick={() => void remove(p)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('packsNone')}</p>
      )}
      {removed && (
        <p>
          {t('packsRemoved', removed.name)}{' '}
          <button type="button" onClick={() => void undo(removed)}>
            {t('undo')}
          </button>
        </p>
      )}
    </div>
  );
}
