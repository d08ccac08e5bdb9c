/** The user's own entries: listed, added or edited in a form, removed, and exported as a pack file. */
import { useState } from 'preact/hooks';
import { kindLabel, t } from '../i18n';
import type { EntityInput } from '../knowledge/schema';
import { exportOwn, removeOwn, type PackStore } from '../settings/packs';
import { updatePacks } from '../settings/packs-store';
import type { OptionsApi } from './api';
import { EntityForm } from './EntityForm';

/** The exported file's name: recognisable in a downloads folder. */
const EXPORT_FILE = 'dramatis-my-entries.json';

export interface OwnEntriesProps {
  api: OptionsApi;
  store: PackStore;
  onStatus: (text: string) => void;
}

export function OwnEntries({ api, store, onStatus }: OwnEntriesProps) {
  /** null: the form is closed; undefined: adding; an entity: editing it. */
  const [editing, setEditing] = useState<EntityInput | undefined | null>(null);
  const remove = async (e: EntityInput) => {
    try {
      await updatePacks((s) => removeOwn(s, e.id));
      onStatus(t('ownRemoved', e.name));
    } catch (err) {
      onStatus(t('saveFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  return (
    <div class="own">
      <h3>{t('ownTitle')}</h3>
      {store.own.length ? (
        <ul class="own-entries">
          {store.own.map((e) => (
            <li key={e.id}>
              <span class="name">{e.name}</span> <span class="desc">({kindLabel(e.kind)})</span>{' '}
              <button type="button" aria-label={t('ownEditLabel', e.name)} onClick={() => setEditing(e)}>
                {t('edit')}
              </button>{' '}
              <button type="button" aria-label={t('ownRemoveLabel', e.name)} onClick={() => void remove(e)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('ownNone')}</p>
      )}
      {editing === null ? (
        <p class="actions">
          <button type="button" onClick={() => setEditing(undefined)}>
            {t('ownAdd')}
          </button>{' '}
          <button
            type="button"
            disabled={!store.own.length}
            onClick={() => api.download(EXPORT_FILE, exportOwn(store))}
          >
            {t('ownExport')}
          </button>
        </p>
      ) : (
        <EntityForm
          key={editing?.id ?? 'new'}
          api={api}
          store={store}
          original={editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onStatus(t('ownSaved', saved));
          }}
        />
      )}
    </div>
  );
}
