/**
 * Adding or editing one of the user's own entries. The entry is validated exactly like an imported pack
 * (checkPack on its JSON), plus a check that its id is not taken; nothing is saved while there are issues.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { kindLabel, t, type MessageKey } from '../i18n';
import { KINDS, type EntityInput, type EntityIssue } from '../knowledge/schema';
import { definedIds, OWN_ENTRIES, putOwn, type PackStore } from '../settings/packs';
import { updatePacks } from '../settings/packs-store';
import type { OptionsApi } from './api';
import { entityFromValues, suggestId, valuesFromEntity, type EntityFormValues } from './entity-form';
import { IssueList } from './IssueList';

export interface EntityFormProps {
  api: OptionsApi;
  store: PackStore;
  /** The entry being edited; undefined to add one. */
  original?: EntityInput;
  onDone: (savedName?: string) => void;
}

type TextField = Exclude<keyof EntityFormValues, 'kind'>;
interface Field {
  key: TextField;
  label: MessageKey;
  hint?: MessageKey;
  multiline?: boolean;
  type?: 'text' | 'date';
  required?: boolean;
}
const FIELDS: Field[] = [
  { key: 'name', label: 'formName', required: true },
  { key: 'description', label: 'formDescription', hint: 'formDescriptionHint', required: true },
  { key: 'aliases', label: 'formAliases', hint: 'formAliasesHint', multiline: true },
  { key: 'roleTitle', label: 'formRoleTitle' },
  { key: 'roleStart', label: 'formRoleStart', hint: 'formDateHint' },
  { key: 'country', label: 'formCountry', hint: 'formCountryHint' },
  { key: 'website', label: 'formWebsite' },
  { key: 'sources', label: 'formSources', hint: 'formSourcesHint', multiline: true, required: true },
  { key: 'checked', label: 'formChecked', type: 'date', required: true },
  { key: 'id', label: 'formId', hint: 'formIdHint' },
];

export function EntityForm({ api, store, original, onDone }: EntityFormProps) {
  const [values, setValues] = useState(() => valuesFromEntity(original, new Date().toISOString().slice(0, 10)));
  const [issues, setIssues] = useState<EntityIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const set = (key: keyof EntityFormValues, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const invalid = new Set(issues.map((i) => i.field.split('.')[0]));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const taken = definedIds(store, { ownId: original?.id });
      const id = values.id.trim() || suggestId(values.name, new Set(taken.keys()), Date.now());
      const raw = entityFromValues({ ...values, id }, original);
      const result = await api.checkPack(OWN_ENTRIES, JSON.stringify([raw]));
      const found = [...result.issues];
      const where = taken.get(id);
      if (where) found.push({ file: OWN_ENTRIES, entity: id, field: 'id', message: `is already defined in ${where}` });
      setIssues(found);
      if (found.length || !result.entities[0]) return;
      const entity = result.entities[0];
      await updatePacks((s) => putOwn(s, entity, original?.id));
      onDone(entity.name);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setIssues([{ file: OWN_ENTRIES, entity: values.id || values.name, field: '', message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="entity-form" onSubmit={(e) => void submit(e)} aria-labelledby="entity-form-title">
      <h3 id="entity-form-title">{original ? t('formEditTitle', original.name) : t('formAddTitle')}</h3>
      <IssueList title={t('formIssuesTitle')} issues={issues} />
      <div class="field">
        <label for="entity-kind">{t('formKind')}</label>
        <select ref={first} id="entity-kind" value={values.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </div>
      {FIELDS.map(({ key, label, hint, multiline, type, required }) => {
        const props = {
          id: `entity-${key}`,
          name: key,
          value: values[key],
          'aria-required': required || undefined,
          'aria-invalid': invalid.has(key === 'roleTitle' || key === 'roleStart' ? 'roles' : key) || undefined,
          'aria-describedby': hint ? `entity-${key}-hint` : undefined,
          onInput: (e: Event) => set(key, (e.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="field" key={key}>
            <label for={`entity-${key}`}>
              {t(label)}
              {required && <span class="required"> {t('formRequired')}</span>}
            </label>
            {multiline ? (
              <textarea rows={3} {...props} />
            ) : type === 'date' ? (
              <input type="date" {...props} />
            ) : (
              <input type="text" {...props} />
            )}
            {hint && (
              <p id={`entity-${key}-hint`} class="hint">
                {t(hint)}
              </p>
            )}
          </div>
        );
      })}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('formSave')}
        </button>{' '}
        <button type="button" onClick={() => onDone()}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
