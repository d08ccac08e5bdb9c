/**
 * "On this page": the actors the page names, grouped by kind like the filters, most mentioned first,
 * with a filter box. Choosing one scrolls the page to its first mention and opens its card.
 */
import { useState } from 'preact/hooks';
import { GROUP_LABELS, t } from '../i18n';
import type { PageActor } from '../messaging/protocol';
import { KIND_GROUPS, KIND_GROUP_OF, type KindGroup } from '../settings/preferences';

export interface CastListProps {
  actors: PageActor[];
  onReveal: (id: string) => void;
}

/** Case- and accent-insensitive, so "erdogan" finds Erdoğan. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/ı/g, 'i');
}

export function groupActors(actors: readonly PageActor[], query: string): [KindGroup, PageActor[]][] {
  const q = fold(query.trim());
  const groups = new Map<KindGroup, PageActor[]>();
  for (const a of actors) {
    if (q && !fold(`${a.name} ${a.description}`).includes(q)) continue;
    const group = KIND_GROUP_OF[a.kind] ?? 'organizations';
    (groups.get(group) ?? groups.set(group, []).get(group)!).push(a);
  }
  return KIND_GROUPS.filter((g) => groups.has(g)).map((g) => [g, groups.get(g)!.sort((a, b) => b.count - a.count)]);
}

export function CastList({ actors, onReveal }: CastListProps) {
  const [query, setQuery] = useState('');
  const groups = groupActors(actors, query);
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);
  return (
    <div class="cast">
      <label class="filter">
        <span>{t('popupFilter')}</span>
        <input
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          placeholder={t('popupFilterPlaceholder')}
          autocomplete="off"
          spellcheck={false}
        />
      </label>
      <p class="sr-only" aria-live="polite">
        {query ? t('popupFilterCount', [shown, actors.length]) : ''}
      </p>
      {groups.map(([group, list]) => (
        <section class="group" key={group} aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`}>
            {t(GROUP_LABELS[group])} <span class="group-count">{list.length}</span>
          </h3>
          <ul class="actors">
            {list.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => onReveal(a.id)} data-id={a.id}>
                  <span class="name">{a.name}</span>
                  <span class="count" aria-hidden="true">
                    ×{a.count}
                  </span>
                  <span class="sr-only">{t('popupMentions', a.count)}</span>
                  <span class="desc">{a.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {query && shown === 0 && <p class="empty">{t('popupFilterNone', query)}</p>}
    </div>
  );
}
