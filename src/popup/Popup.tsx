/**
 * The toolbar popup: whether Dramatis runs here (globally, on this site, paused), the cast of the current
 * page, and the marking options that are changed most often. Settings apply live: the content scripts
 * watch them, and this popup watches the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import type { PageState } from '../messaging/protocol';
import { siteStatus } from '../settings/site-rules';
import { browserPopupApi, type PopupApi } from './api';
import { CastList } from './CastList';
import { BadgeOption, HighlightStyle } from './DisplayOptions';
import { KindFilters } from './KindFilters';
import { SiteControls } from './SiteControls';
import { usePreferences } from './use-preferences';

/** The page keeps annotating while it loads and scrolls: re-read its cast this often while open. */
export const PAGE_REFRESH_MS = 1000;

const STATUS_TEXT: Record<Exclude<PageState['status'], 'active'>, MessageKey> = {
  disabled: 'statusDisabled',
  'site-disabled': 'statusSiteDisabled',
  paused: 'statusPaused',
  'not-allowed': 'statusNotAllowed',
};

function httpHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

export function Popup({ api = browserPopupApi }: { api?: PopupApi }) {
  const { prefs, update, error } = usePreferences();
  /** undefined while looking; null when there is no tab. */
  const [tabId, setTabId] = useState<number | null>();
  const [url, setUrl] = useState<string>();
  const [page, setPage] = useState<PageState | null>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void api.tabId().then(async (id) => {
      setTabId(id ?? null);
      if (id !== undefined) setUrl(await api.tabUrl(id));
    });
  }, [api]);

  useEffect(() => {
    if (tabId == null) return;
    let live = true;
    const refresh = async () => {
      const state = await api.pageState(tabId);
      if (!live) return;
      setPage((old) => (JSON.stringify(old) === JSON.stringify(state) ? old : state));
      setNow(Date.now());
    };
    void refresh();
    const timer = setInterval(() => void refresh(), PAGE_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, tabId, prefs]);

  const host = page?.host ?? httpHost(url);
  const status = prefs && host ? siteStatus(prefs, host, now) : undefined;
  const actors = status === 'active' && page?.status === 'active' ? page.actors : [];

  let statusText: string;
  if (!prefs || tabId === undefined || (host && page === undefined)) statusText = t('statusLoading');
  else if (!host) statusText = t('statusUnsupported');
  else if (page === null) statusText = t('statusReload');
  else if (status && status !== 'active') statusText = t(STATUS_TEXT[status]);
  else if (page?.status !== 'active') statusText = t('statusLoading');
  else statusText = actors.length ? t('statusActors', actors.length) : t('statusNoActors');

  const reveal = async (id: string) => {
    if (tabId != null && (await api.reveal(tabId, id))) api.done();
  };

  return (
    <main>
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> Dramatis
        </h1>
      </header>
      {prefs && <SiteControls prefs={prefs} host={host} now={now} update={update} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section class="page" aria-labelledby="page-title">
        <h2 id="page-title">{t('popupOnThisPage')}</h2>
        <p class="status" role="status">
          {statusText}
        </p>
        {actors.length > 0 && <CastList actors={actors} onReveal={(id) => void reveal(id)} />}
      </section>
      {prefs && (
        <section class="marking" aria-label={t('popupMarking')}>
          <KindFilters prefs={prefs} update={update} />
          <HighlightStyle prefs={prefs} update={update} />
          <BadgeOption prefs={prefs} update={update} />
        </section>
      )}
      <footer>
        <a
          href="/options.html"
          onClick={(e) => {
            e.preventDefault();
            void api.openOptions().then(() => api.done());
          }}
        >
          {t('popupOpenOptions')}
        </a>
      </footer>
    </main>
  );
}
