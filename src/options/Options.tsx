/**
 * The options page: one section per concern, in the order a user looks for them. Preferences are shared
 * live with the popup and every tab (all watch storage); packs and mutes have their own sections.
 */
import { t } from '../i18n';
import { usePreferences } from '../popup/use-preferences';
import { browserOptionsApi, type OptionsApi } from './api';
import { CardSection } from './CardSection';
import { KnowledgeSection } from './KnowledgeSection';
import { MarkingSection } from './MarkingSection';
import { MutesSection } from './MutesSection';
import { PacksSection } from './PacksSection';
import { SiteRulesSection } from './SiteRulesSection';

const SECTIONS = [
  ['marking', 'optionsMarking'],
  ['card', 'optionsCard'],
  ['sites', 'optionsSites'],
  ['mutes', 'optionsMutes'],
  ['packs', 'optionsPacks'],
  ['knowledge', 'optionsKnowledge'],
] as const;

export function Options({ api = browserOptionsApi }: { api?: OptionsApi }) {
  const { prefs, update, error } = usePreferences();
  return (
    <>
      <header>
        <h1>
          <img src="/icon/48.png" alt="" width={28} height={28} /> {t('optionsTitle')}
        </h1>
        <nav aria-label={t('optionsNav')}>
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {prefs ? (
          <>
            <MarkingSection prefs={prefs} update={update} />
            <CardSection prefs={prefs} update={update} api={api} />
            <SiteRulesSection prefs={prefs} update={update} />
          </>
        ) : (
          <p class="status">{t('statusLoading')}</p>
        )}
        <MutesSection api={api} />
        <PacksSection api={api} />
        <KnowledgeSection api={api} />
      </main>
    </>
  );
}
