/** What is marked and how: kinds, highlight style, first mention only, and the toolbar count. */
import { t } from '../i18n';
import { BadgeOption, HighlightStyle } from '../popup/DisplayOptions';
import { KindFilters, type SettingProps } from '../popup/KindFilters';

export function MarkingSection({ prefs, update }: SettingProps) {
  return (
    <section id="marking" aria-labelledby="marking-title">
      <h2 id="marking-title">{t('optionsMarking')}</h2>
      <KindFilters prefs={prefs} update={update} />
      <label class="check">
        <input
          type="checkbox"
          name="unknownPeople"
          checked={prefs.unknownPeople}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void update((p) => void (p.unknownPeople = on));
          }}
        />
        {t('unknownPeopleOption')}
      </label>
      <HighlightStyle prefs={prefs} update={update} />
      <fieldset>
        <legend>{t('mentionsLegend')}</legend>
        <label class="check">
          <input
            type="radio"
            name="firstMentionOnly"
            checked={!prefs.firstMentionOnly}
            onChange={() => void update((p) => void (p.firstMentionOnly = false))}
          />
          {t('mentionsEvery')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="firstMentionOnly"
            checked={prefs.firstMentionOnly}
            onChange={() => void update((p) => void (p.firstMentionOnly = true))}
          />
          {t('mentionsFirst')}
        </label>
      </fieldset>
      <BadgeOption prefs={prefs} update={update} />
    </section>
  );
}
