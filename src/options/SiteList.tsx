/** An editable list of site patterns: add (validated, wildcards allowed), remove, each announced. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { addSitePattern, parseSitePattern } from '../settings/site-rules';

export interface SiteListProps {
  /** Distinguishes the ids of the two lists. */
  id: string;
  label: string;
  sites: readonly string[];
  /** Applies a change to the list as stored (not as rendered: another page may have changed it). */
  onChange: (change: (sites: readonly string[]) => string[]) => Promise<boolean>;
}

export function SiteList({ id, label, sites, onChange }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = async (e: Event) => {
    e.preventDefault();
    const pattern = parseSitePattern(text);
    if (!pattern) return setError(t('sitesInvalid', text.trim() || '""'));
    const bare = pattern.replace(/^\*\./, '');
    if (sites.some((s) => s.replace(/^\*\./, '') === bare)) return setError(t('sitesDuplicate', pattern));
    if (await onChange((list) => addSitePattern(list, pattern))) {
      setText('');
      setError(undefined);
      setStatus(t('sitesAdded', pattern));
    }
  };
  const remove = async (pattern: string) => {
    if (await onChange((list) => list.filter((s) => s !== pattern))) {
      setStatus(t('sitesRemoved', pattern));
      input.current?.focus();
    }
  };

  return (
    <div class="site-list">
      <form onSubmit={(e) => void add(e)} class="add-site">
        <label for={`${id}-input`}>{label}</label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          value={text}
          placeholder="example.com, *.example.org"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      <p id={`${id}-hint`} class="hint">
        {t('sitesHint')}
      </p>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
      {sites.length ? (
        <ul class="sites" aria-label={label}>
          {sites.map((s) => (
            <li key={s}>
              <span class="pattern">{s}</span>
              <button type="button" aria-label={t('sitesRemoveLabel', s)} onClick={() => void remove(s)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('sitesEmpty')}</p>
      )}
      <p class="sr-only" role="status">
        {status}
      </p>
    </div>
  );
}
