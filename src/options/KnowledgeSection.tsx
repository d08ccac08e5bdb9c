/** About the knowledge: how many entities of each kind, as of when, from which sources under which licenses. */
import { useEffect, useState } from 'preact/hooks';
import { kindLabel, t, uiLanguage } from '../i18n';
import type { KbInfo } from '../messaging/protocol';
import type { OptionsApi } from './api';

export function formatDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export function KnowledgeSection({ api }: { api: OptionsApi }) {
  const [info, setInfo] = useState<KbInfo | null>();
  useEffect(() => {
    void api.kbInfo().then(setInfo, () => setInfo(null));
  }, [api]);
  const number = (n: number) => n.toLocaleString(uiLanguage());
  return (
    <section id="knowledge" aria-labelledby="knowledge-title">
      <h2 id="knowledge-title">{t('optionsKnowledge')}</h2>
      {info === undefined && <p class="status">{t('statusLoading')}</p>}
      {info === null && <p class="error">{t('knowledgeUnavailable')}</p>}
      {info && (
        <>
          <p>{t('knowledgeSummary', [number(info.entities), formatDay(info.asOf)])}</p>
          {info.packEntities > 0 && <p>{t('knowledgePacks', number(info.packEntities))}</p>}
          <table class="counts">
            <caption>{t('knowledgeByKind')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('knowledgeKind')}</th>
                <th scope="col">{t('knowledgeCount')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(info.byKind)
                .sort((a, b) => b[1] - a[1])
                .map(([kind, n]) => (
                  <tr key={kind}>
                    <th scope="row">{kindLabel(kind)}</th>
                    <td>{number(n)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <h3>{t('knowledgeSources')}</h3>
          <ul class="sources">
            {info.sources.map((s) => (
              <li key={s.key}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.name}
                </a>{' '}
                <span class="license">({s.license})</span>
              </li>
            ))}
          </ul>
          <p class="hint">{t('knowledgeOffline')}</p>
        </>
      )}
    </section>
  );
}
