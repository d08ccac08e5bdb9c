/**
 * Personal knowledge: imported packs and the user's own entries. Both take part in matching and cards
 * as soon as they are saved (the background recompiles them when storage changes).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { PackStore } from '../settings/packs';
import { getPacks, watchPacks } from '../settings/packs-store';
import type { OptionsApi } from './api';
import { OwnEntries } from './OwnEntries';
import { PackImport } from './PackImport';
import { PackList } from './PackList';

export function PacksSection({ api }: { api: OptionsApi }) {
  const [store, setStore] = useState<PackStore>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getPacks().then(setStore);
    return watchPacks(setStore);
  }, []);
  return (
    <section id="packs" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('optionsPacks')}</h2>
      <p class="hint">{t('packsIntro')}</p>
      <p class="pack-status" role="status">
        {status}
      </p>
      <PackImport api={api} onStatus={setStatus} />
      {store && (
        <>
          <PackList store={store} onStatus={setStatus} />
          <OwnEntries api={api} store={store} onStatus={setStatus} />
        </>
      )}
    </section>
  );
}
