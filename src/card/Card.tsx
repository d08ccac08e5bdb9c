/**
 * The hover card: who this is, what they were at the article's date and are now, how they relate to the
 * others on the page, and where the facts come from. Renders a CardView; owns no state but what it is given.
 */
import type { CardView } from '../knowledge/card-view';
import { formatDate } from '../knowledge/card-view';

export const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  country: 'Country',
  territory: 'Territory',
  city: 'City',
  'government-body': 'Government body',
  military: 'Armed forces',
  'security-service': 'Security service',
  'international-organization': 'International organization',
  organization: 'Organization',
  'armed-group': 'Armed group',
  'political-party': 'Political party',
  media: 'Media',
};

const DESIGNATORS: Record<string, string> = {
  US: 'United States',
  UK: 'United Kingdom',
  EU: 'European Union',
  UN: 'United Nations',
  CA: 'Canada',
  AU: 'Australia',
};

export interface CardProps {
  view: CardView;
  position: { index: number; total: number };
  surface: string;
  pinned: boolean;
  canGoBack: boolean;
  titleId: string;
  onClose: () => void;
  onPin: () => void;
  onBack: () => void;
  onOpenEntity: (id: string) => void;
  onStep: (direction: 1 | -1) => void;
  onMute: (what: 'entity' | 'alias') => void;
}

function Roles({ label, roles }: { label: string; roles: CardView['then'] }) {
  if (!roles.length) return null;
  return (
    <div class="roles">
      <div class="roles-label">{label}</div>
      <ul>
        {roles.slice(0, 4).map((r) => (
          <li key={r.title + r.period}>
            <span class="role-title">{r.title}</span>
            {r.period && <span class="role-period"> · {r.period}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Card(props: CardProps) {
  const { view, position } = props;
  const dateLabel = formatDate(view.date);
  const sameThenNow = !view.changed;
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={props.titleId}>
      <header>
        {props.canGoBack && (
          <button type="button" class="icon" onClick={props.onBack} aria-label="Back" title="Back">
            ‹
          </button>
        )}
        <div class="titles">
          <h2 id={props.titleId}>{view.name}</h2>
          {view.native && (
            <div class="native" lang={view.native.lang} dir="auto">
              {view.native.text}
            </div>
          )}
        </div>
        <button
          type="button"
          class={props.pinned ? 'icon pinned' : 'icon'}
          onClick={props.onPin}
          aria-pressed={props.pinned}
          aria-label={props.pinned ? 'Unpin card' : 'Pin card'}
          title={props.pinned ? 'Unpin' : 'Pin'}
        >
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
            <path
              fill="currentColor"
              d="M16 3a1 1 0 0 1 .7 1.7L15.4 6l2.6 5.2 1.3-1.3a1 1 0 0 1 1.4 1.4l-3.5 3.5-.1.1-4.3 4.3a1 1 0 0 1-1.4-1.4l1.3-1.3L12 13.9l-6.3 6.4a1 1 0 0 1-1.4-1.4l6.3-6.4-2.6-2.7-1.3 1.3A1 1 0 0 1 5.3 9.7l3.5-3.5 4.4-4.4A1 1 0 0 1 16 3z"
            />
          </svg>
        </button>
        <button type="button" class="icon" onClick={props.onClose} aria-label="Close card" title="Close (Esc)">
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
            <path stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      <div class="meta">
        <span class="kind">{KIND_LABELS[view.kind] ?? view.kind}</span>
        {view.lifespan && <span> · {view.lifespan}</span>}
      </div>
      <p class="description">{view.description}</p>
      {sameThenNow ? (
        <Roles label={`At the time of this article (${dateLabel}) and now`} roles={view.then} />
      ) : (
        <>
          <Roles label={`At the time of this article (${dateLabel})`} roles={view.then} />
          {view.ended ? (
            <div class="roles">
              <div class="roles-label">Since then</div>
              <div class="ended">{view.ended}</div>
            </div>
          ) : (
            <Roles label={`Now (as of ${formatDate(view.asOf.slice(0, 7))})`} roles={view.now} />
          )}
        </>
      )}
      {view.ownership && <p class="ownership">{view.ownership}</p>}
      {view.designations.length > 0 && (
        <div class="designations">
          <div class="roles-label">Designated as terrorist by</div>
          <ul>
            {view.designations.map((d) => (
              <li key={d.by + d.period}>
                {DESIGNATORS[d.by] ?? d.by}
                {d.list && ` (${d.list})`}
                {d.period && ` · ${d.period}`}
                {d.note && <span class="note"> — {d.note}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.links.length > 0 && (
        <ul class="chips" aria-label="Related">
          {view.links.map((l) => (
            <li key={l.id + l.label}>
              <button
                type="button"
                class={l.onPage ? 'chip on-page' : 'chip'}
                onClick={() => props.onOpenEntity(l.id)}
                title={l.onPage ? `${l.detail} · on this page` : l.detail}
              >
                <span class="chip-label">{l.label}</span> {l.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {position.total > 0 && (
        <div class="mentions">
          <span>
            Mentioned {position.total} {position.total === 1 ? 'time' : 'times'} on this page
            {position.total > 1 && ` (${position.index + 1} of ${position.total})`}
          </span>
          {position.total > 1 && (
            <span class="step">
              <button type="button" class="icon" onClick={() => props.onStep(-1)} aria-label="Previous mention">
                ↑
              </button>
              <button type="button" class="icon" onClick={() => props.onStep(1)} aria-label="Next mention">
                ↓
              </button>
            </span>
          )}
        </div>
      )}
      <footer>
        <div class="links">
          {view.wikipedia && (
            <a href={view.wikipedia} target="_blank" rel="noopener noreferrer">
              Wikipedia
            </a>
          )}
          {view.wikidata && (
            <a href={view.wikidata} target="_blank" rel="noopener noreferrer">
              Wikidata
            </a>
          )}
          {view.website && (
            <a href={view.website} target="_blank" rel="noopener noreferrer">
              Website
            </a>
          )}
        </div>
        <div class="sources">
          Sources:{' '}
          {view.sources.map((s, i) => (
            <span key={s.name}>
              {i > 0 && ', '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.name}
                </a>
              ) : (
                s.name
              )}
            </span>
          ))}
          . Knowledge as of {formatDate(view.asOf)}.
        </div>
        <details class="not-this">
          <summary>Not this one?</summary>
          {view.alternatives && view.alternatives.length > 0 && (
            <ul class="alternatives" aria-label="Other candidates">
              {view.alternatives.map((a) => (
                <li key={a.id}>
                  <button type="button" class="link" onClick={() => props.onOpenEntity(a.id)}>
                    {a.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="mute">
            <button type="button" onClick={() => props.onMute('alias')}>
              Don’t mark “{props.surface}”
            </button>
            <button type="button" onClick={() => props.onMute('entity')}>
              Don’t mark {view.name}
            </button>
          </div>
        </details>
      </footer>
    </div>
  );
}
