/**
 * Importing pack files: every file is checked (schema, knowledge base, clashing ids) before anything is
 * saved; any problem in any file saves nothing and lists them all.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { EntityIssue } from '../knowledge/schema';
import { addPack } from '../settings/packs';
import { getPacks, updatePacks } from '../settings/packs-store';
import type { OptionsApi } from './api';
import { IssueList } from './IssueList';
import { checkImport } from './pack-import';

export function PackImport({ api, onStatus }: { api: OptionsApi; onStatus: (text: string) => void }) {
  const [issues, setIssues] = useState<EntityIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    setBusy(true);
    setIssues([]);
    onStatus(t('packsChecking'));
    try {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const result = await checkImport(read, {
        store: await getPacks(),
        check: (file, text) => api.checkPack(file, text),
        now: Date.now(),
        newId: () => crypto.randomUUID(),
      });
      if (!result.ok) {
        setIssues(result.issues);
        onStatus(t('packsImportFailed', result.issues.length));
        return;
      }
      await updatePacks((store) => result.packs.reduce(addPack, store));
      const count = result.packs.reduce((n, p) => n + p.entities.length, 0);
      onStatus(t('packsImported', [count, result.packs.map((p) => p.name).join(', ')]));
    } catch (err) {
      onStatus(t('saveFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(false);
      // The same file can be chosen again after it was fixed.
      input.value = '';
    }
  };

  return (
    <div class="pack-import">
      <label for="pack-file">{t('packsImportLabel')}</label>{' '}
      <input
        id="pack-file"
        type="file"
        accept=".json,application/json"
        multiple
        disabled={busy}
        aria-describedby="pack-file-hint"
        onChange={(e) => void onFiles(e.currentTarget)}
      />
      <p id="pack-file-hint" class="hint">
        {t('packsImportHint')}
      </p>
      <IssueList title={t('packsIssuesTitle')} issues={issues} />
    </div>
  );
}
