/**
 * What the user told a card not to mark ("Not this one?"): whole entities, and words. Each can be marked
 * again. Entities are listed by name (asked of the background); an id the knowledge base no longer has
 * is shown as its id, still removable.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { EntitySummary } from '../messaging/protocol';
import { unmuteAlias, unmuteId, type Mutes } from '../settings/mutes';
import { getMutes, updateMutes, watchMutes } from '../settings/storage';
import type { OptionsApi } from './api';

export function MutesSection({ api }: { api: OptionsApi }) {
  const [mutes, setMutes] = useState<Mutes>();
  const [names, setNames] = useState<Record<string, EntitySummary>>({});
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getMutes().then(setMutes);
    return watchMutes(setMutes);
  }, []);
  const ids = mutes?.ids.join(' ');
  useEffect(() => {
    if (!mutes?.ids.length) return;
    void api.summaries(mutes.ids).then(setNames, () => setNames({}));
    // Keyed on the ids' text: only a change of the ids needs new names, not every watcher callback.
  }, [api, ids]);

  const unmute = async (change: (m: Mutes) => Mutes, label: string) => {
    try {
      await updateMutes(change);
      setStatus(t('mutesRemoved', label));
    } catch (err) {
      setStatus(t('saveFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  const empty = mutes && !mutes.ids.length && !mutes.aliases.length;
  return (
    <section id="mutes" aria-labelledby="mutes-title">
      <h2 id="mutes-title">{t('optionsMutes')}</h2>
      {empty && <p class="empty">{t('mutesEmpty')}</p>}
      {!!mutes?.ids.length && (
        <>
          <h3>{t('mutesEntities')}</h3>
          <ul class="mutes entities">
            {mutes.ids.map((id) => {
              const label = names[id]?.name ?? id;
              return (
                <li key={id}>
                  <span class="name">{label}</span>
                  {names[id] && <span class="desc"> — {names[id].description}</span>}{' '}
                  <button
                    type="button"
                    aria-label={t('mutesUnmuteLabel', label)}
                    onClick={() => void unmute((m) => unmuteId(m, id), label)}
                  >
                    {t('mutesUnmute')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {!!mutes?.aliases.length && (
        <>
          <h3>{t('mutesAliases')}</h3>
          <p class="hint">{t('mutesAliasesHint')}</p>
          <ul class="mutes aliases">
            {mutes.aliases.map((alias) => (
              <li key={alias}>
                <span class="name">“{alias}”</span>{' '}
                <button
                  type="button"
                  aria-label={t('mutesUnmuteLabel', alias)}
                  onClick={() => void unmute((m) => unmuteAlias(m, alias), alias)}
                >
                  {t('mutesUnmute')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="sr-only" role="status">
        {status}
      </p>
    </section>
  );
}
