/**
 * The hover card: who this is, what they were at the article's date and are now, how they relate to the
 * others on the page, and where the facts come from. Renders a CardView; owns no state but what it is given.
 */
import type { CardView } from '../knowledge/card-view';
import { kindLabel, t, uiLanguage } from '../i18n';
import { cardFormat, type CardFormat } from './format';

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

function Roles({ label, roles, f }: { label: string; roles: CardView['then']; f: CardFormat }) {
  if (!roles.length) return null;
  return (
    <div class="roles">
      <div class="roles-label">{label}</div>
      <ul>
        {roles.slice(0, 4).map((r) => {
          const period = f.period(r);
          return (
            <li key={r.title + (r.start ?? '')}>
              <span class="role-title">{f.roleTitle(r)}</span>
              {period && <span class="role-period"> · {period}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function Card(props: CardProps) {
  const { view, position } = props;
  const f = cardFormat(t, uiLanguage());
  const dateLabel = f.date(view.date);
  const life = f.life(view);
  const ended = f.ended(view);
  const sameThenNow = !view.changed;
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={props.titleId}>
      <header>
        {props.canGoBack && (
          <button type="button" class="icon" onClick={props.onBack} aria-label={t('cardBack')} title={t('cardBack')}>
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
          aria-label={t(props.pinned ? 'cardUnpin' : 'cardPin')}
          title={t(props.pinned ? 'cardUnpin' : 'cardPin')}
        >
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
            <path
              fill="currentColor"
              d="M16 3a1 1 0 0 1 .7 1.7L15.4 6l2.6 5.2 1.3-1.3a1 1 0 0 1 1.4 1.4l-3.5 3.5-.1.1-4.3 4.3a1 1 0 0 1-1.4-1.4l1.3-1.3L12 13.9l-6.3 6.4a1 1 0 0 1-1.4-1.4l6.3-6.4-2.6-2.7-1.3 1.3A1 1 0 0 1 5.3 9.7l3.5-3.5 4.4-4.4A1 1 0 0 1 16 3z"
            />
          </svg>
        </button>
        <button type="button" class="icon" onClick={props.onClose} aria-label={t('cardClose')} title={t('cardClose')}>
          <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
            <path stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      <div class="meta">
        <span class="kind">{kindLabel(view.kind)}</span>
        {life && <span> · {life}</span>}
        {view.unknown && <span> · {t('cardNotInKb')}</span>}
      </div>
      {view.unknown ? (
        <>
          <p class="description">{view.unknown.title ? t('unknownNamedAs', view.unknown.title) : t('unknownNamed')}</p>
          <p class="note">{t(view.kind === 'person' ? 'cardUnknownNote' : 'cardUnknownBodyNote')}</p>
        </>
      ) : (
        <p class="description">{view.description}</p>
      )}
      {view.unknown ? null : sameThenNow ? (
        <Roles label={t('cardThenAndNow', dateLabel)} roles={view.then} f={f} />
      ) : (
        <>
          <Roles label={t('cardThen', dateLabel)} roles={view.then} f={f} />
          {ended ? (
            <div class="roles">
              <div class="roles-label">{t('cardSinceThen')}</div>
              <div class="ended">{ended}</div>
            </div>
          ) : view.now.length ? (
            <Roles label={t('cardNow', f.date(view.asOf.slice(0, 7)))} roles={view.now} f={f} />
          ) : (
            // A role that ended since the article, and none recorded now: say so rather than show nothing.
            <div class="roles">
              <div class="roles-label">{t('cardNow', f.date(view.asOf.slice(0, 7)))}</div>
              <div class="ended">{t('cardNowNone')}</div>
            </div>
          )}
        </>
      )}
      {view.ownership && <p class="ownership">{view.ownership}</p>}
      {view.designations.length > 0 && (
        <div class="designations">
          <div class="roles-label">{t('cardDesignated')}</div>
          <ul>
            {view.designations.map((d) => {
              const period = f.period(d);
              return (
                <li key={d.by + (d.start ?? '')}>
                  {f.designator(d.by)}
                  {d.list && ` (${d.list})`}
                  {period && ` · ${period}`}
                  {d.note && <span class="note"> — {d.note}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {view.links.length > 0 && (
        <ul class="chips" aria-label={t('cardRelated')}>
          {view.links.map((l) => (
            <li key={l.id + l.label}>
              <button
                type="button"
                class={l.onPage ? 'chip on-page' : 'chip'}
                onClick={() => props.onOpenEntity(l.id)}
                title={l.onPage ? t('cardOnPage', l.detail) : l.detail}
              >
                <span class="chip-label">{f.chip(l)}</span> {l.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {position.total > 0 && (
        <div class="mentions">
          <span>
            {t('cardMentions', position.total)}
            {position.total > 1 && ` ${t('cardMentionPosition', [position.index + 1, position.total])}`}
          </span>
          {position.total > 1 && (
            <span class="step">
              <button type="button" class="icon" onClick={() => props.onStep(-1)} aria-label={t('cardPreviousMention')}>
                ↑
              </button>
              <button type="button" class="icon" onClick={() => props.onStep(1)} aria-label={t('cardNextMention')}>
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
              {t('cardWebsite')}
            </a>
          )}
        </div>
        {!view.unknown && (
          <div class="sources">
            {t('cardSources')}{' '}
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
            . {t('cardAsOf', f.date(view.asOf))}
          </div>
        )}
        <details class="not-this">
          <summary>{t('cardNotThis')}</summary>
          {view.alternatives && view.alternatives.length > 0 && (
            <ul class="alternatives" aria-label={t('cardOtherCandidates')}>
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
              {t('cardMuteAlias', props.surface)}
            </button>
            <button type="button" onClick={() => props.onMute('entity')}>
              {t('cardMuteEntity', view.name)}
            </button>
          </div>
        </details>
      </footer>
    </div>
  );
}
