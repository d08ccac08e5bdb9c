/** Personal knowledge on the options page: importing packs (all or nothing), removing them, own entries. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatIssue } from '../../src/knowledge/schema';
import { Options } from '../../src/options/Options';
import { getPacks } from '../../src/settings/packs-store';
import { englishMessage as en, useEnglishMessages } from './helpers/i18n';
import { fakeOptionsApi } from './helpers/options-api';
import { check, localEntity } from './helpers/packs';
import { act } from 'preact/test-utils';
import { byRole, click, mount, submit, text, type, unmountAll, waitFor } from './helpers/render';

const terekhov = localEntity('x-ihor-terekhov', 'Ihor Terekhov', { country: 'Q212' });
const sadovyi = localEntity('x-andriy-sadovyi', 'Andriy Sadovyi', { description: 'Mayor of Lviv since 2006' });
const MAYORS = { id: 'p1', name: 'Mayors', importedAt: Date.UTC(2026, 0, 5), entities: [terekhov] };

const storedPacks = async () => (await fakeBrowser.storage.local.get('packs')).packs;
const packsSection = (page: HTMLElement) => page.querySelector<HTMLElement>('#packs')!;
const status = (page: HTMLElement) => text(packsSection(page).querySelector('.pack-status')!);

async function openOptions(api = fakeOptionsApi()) {
  const page = mount(<Options api={api} />);
  await waitFor(() => byRole(page, 'button', en('ownAdd')));
  return page;
}

/** Chooses files in the import field, as the file picker does. */
function choose(page: HTMLElement, files: { name: string; text: string }[]) {
  const input = packsSection(page).querySelector<HTMLInputElement>('input[type="file"]')!;
  const list = files.map((f) => new File([f.text], f.name, { type: 'application/json' }));
  Object.defineProperty(input, 'files', { value: list, configurable: true });
  void act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(async () => {
  fakeBrowser.reset();
  useEnglishMessages();
  await fakeBrowser.storage.local.set({ packs: { packs: [MAYORS], own: [] } });
});
afterEach(unmountAll);

describe('importing packs', () => {
  it('lists every problem of an invalid pack and leaves the stored packs as they were', async () => {
    const before = await storedPacks();
    const page = await openOptions();
    const bad = JSON.stringify([{ ...sadovyi, checked: 'soon' }, { ...localEntity('x-b', 'B'), kind: 'mayor' }, 'x']);
    choose(page, [{ name: 'lviv.json', text: bad }]);
    const alert = await waitFor(() => byRole(packsSection(page), 'alert'));
    const expected = check('lviv.json', bad).issues;
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect([...alert.querySelectorAll('li')].map(text)).toEqual(expected.map(formatIssue));
    expect(text(alert)).toContain('lviv.json: x-andriy-sadovyi: checked:');
    expect(status(page)).toBe(en('packsImportFailed', String(expected.length)));
    expect(await storedPacks()).toEqual(before);
  });

  it('saves nothing when one of several files is invalid', async () => {
    const before = await storedPacks();
    const page = await openOptions();
    choose(page, [
      { name: 'lviv.json', text: JSON.stringify([sadovyi]) },
      { name: 'broken.json', text: '{ "entities": [' },
    ]);
    const alert = await waitFor(() => byRole(packsSection(page), 'alert'));
    expect(text(alert)).toContain('broken.json: (file)');
    expect(await storedPacks()).toEqual(before);
  });

  it('imports a valid pack next to the installed ones and lists it', async () => {
    const page = await openOptions();
    choose(page, [{ name: 'lviv.json', text: JSON.stringify({ name: 'Lviv', entities: [sadovyi] }) }]);
    await waitFor(() => expect(status(page)).toBe(en('packsImported', ['1', 'Lviv'])));
    const store = await getPacks();
    expect(store.packs.map((p) => [p.name, p.entities])).toEqual([
      ['Mayors', [terekhov]],
      ['Lviv', [sadovyi]],
    ]);
    await waitFor(() =>
      expect([...packsSection(page).querySelectorAll('.packs .name')].map(text)).toEqual(['Mayors', 'Lviv']),
    );
    expect(packsSection(page).querySelector('[role="alert"]')).toBeNull();
  });

  it('refuses an id that an installed pack already defines', async () => {
    const page = await openOptions();
    choose(page, [{ name: 'kharkiv.json', text: JSON.stringify([terekhov]) }]);
    const alert = await waitFor(() => byRole(packsSection(page), 'alert'));
    expect(text(alert)).toContain('kharkiv.json: x-ihor-terekhov: id: is already defined in Mayors');
    expect((await getPacks()).packs).toHaveLength(1);
  });
});

describe('installed packs', () => {
  it('removes a pack, and the removal can be undone', async () => {
    const page = await openOptions();
    click(await waitFor(() => byRole(page, 'button', en('packsRemoveLabel', 'Mayors'))));
    await waitFor(async () => expect((await getPacks()).packs).toEqual([]));
    await waitFor(() => expect(text(packsSection(page))).toContain(en('packsNone')));
    click(byRole(page, 'button', en('undo')));
    await waitFor(async () => expect((await getPacks()).packs).toEqual([MAYORS]));
  });

  it('lists and removes a stored pack whose import date is corrupted', async () => {
    await fakeBrowser.storage.local.set({ packs: { packs: [{ ...MAYORS, importedAt: 1e20 }], own: [] } });
    const page = await openOptions();
    click(await waitFor(() => byRole(page, 'button', en('packsRemoveLabel', 'Mayors'))));
    await waitFor(async () => expect((await getPacks()).packs).toEqual([]));
  });
});

describe('own entries', () => {
  const field = (page: HTMLElement, label: RegExp) => byRole(page, 'textbox', label) as HTMLInputElement;
  const form = (page: HTMLElement) => page.querySelector<HTMLFormElement>('form.entity-form')!;

  it('refuses an incomplete entry, marking the fields at fault, and saves nothing', async () => {
    const page = await openOptions();
    click(byRole(page, 'button', en('ownAdd')));
    expect(document.activeElement).toBe(byRole(page, 'combobox', en('formKind')));
    submit(form(page));
    const alert = await waitFor(() => byRole(form(page), 'alert'));
    expect(text(alert)).toContain(': name:');
    expect(text(alert)).toContain(': description:');
    expect(text(alert)).toContain(': sources:');
    for (const label of [/^Name/, /^Description/, /^Sources/]) {
      expect(field(page, label).getAttribute('aria-invalid')).toBe('true');
    }
    expect(field(page, /^Other names/).hasAttribute('aria-invalid')).toBe(false);
    expect((await getPacks()).own).toEqual([]);
  });

  it('saves a complete entry with an id made from its name, and lists it', async () => {
    const page = await openOptions();
    click(byRole(page, 'button', en('ownAdd')));
    type(field(page, /^Name/), 'Vitali Klitschko', false);
    type(field(page, /^Description/), 'Mayor of Kyiv since 2014', false);
    type(field(page, /^Other names/), 'Віталій Кличко\nKlitschko', false);
    type(field(page, /^Country/), 'Q212', false);
    type(field(page, /^Sources/), 'https://kyivcity.gov.ua/', false);
    submit(form(page));
    await waitFor(() => expect(status(page)).toBe(en('ownSaved', 'Vitali Klitschko')));
    const [saved] = (await getPacks()).own;
    expect(saved).toMatchObject({
      id: 'x-vitali-klitschko',
      kind: 'person',
      name: 'Vitali Klitschko',
      aliases: ['Віталій Кличко', 'Klitschko'],
      country: 'Q212',
      sources: ['https://kyivcity.gov.ua/'],
    });
    expect(page.querySelector('form.entity-form')).toBeNull();
    expect(text(page.querySelector('.own-entries')!)).toContain('Vitali Klitschko');
  });

  it('refuses an id already used by an installed pack', async () => {
    const page = await openOptions();
    click(byRole(page, 'button', en('ownAdd')));
    type(field(page, /^Name/), 'Ihor Terekhov', false);
    type(field(page, /^Description/), 'Mayor of Kharkiv', false);
    type(field(page, /^Sources/), 'https://www.city.kharkiv.ua/', false);
    type(field(page, /^Id/), 'x-ihor-terekhov', false);
    submit(form(page));
    const alert = await waitFor(() => byRole(form(page), 'alert'));
    expect(text(alert)).toContain('x-ihor-terekhov: id: is already defined in Mayors');
    expect((await getPacks()).own).toEqual([]);
  });

  it('edits an entry keeping what the form does not show', async () => {
    const rich = localEntity('x-vitali-klitschko', 'Vitali Klitschko', {
      names: { uk: 'Віталій Кличко' },
      roles: [
        { title: 'Mayor of Kyiv', start: '2014-06-05' },
        { title: 'Leader of UDAR', start: '2010-04-24', end: '2015-08-28' },
      ],
    });
    await fakeBrowser.storage.local.set({ packs: { packs: [MAYORS], own: [rich] } });
    const page = await openOptions();
    click(await waitFor(() => byRole(page, 'button', en('ownEditLabel', 'Vitali Klitschko'))));
    type(field(page, /^Description/), 'Mayor of Kyiv, former boxer', false);
    submit(form(page));
    await waitFor(() => expect(status(page)).toBe(en('ownSaved', 'Vitali Klitschko')));
    expect((await getPacks()).own).toEqual([{ ...rich, description: 'Mayor of Kyiv, former boxer' }]);
  });

  it('exports own entries as a pack file that imports again', async () => {
    await fakeBrowser.storage.local.set({ packs: { packs: [], own: [sadovyi] } });
    const api = fakeOptionsApi();
    const page = await openOptions(api);
    click(await waitFor(() => byRole(page, 'button', en('ownExport'))));
    expect(api.download).toHaveBeenCalledTimes(1);
    const [fileName, fileText] = api.download.mock.calls[0]!;
    expect(fileName).toMatch(/\.json$/);
    expect(check(fileName, fileText)).toEqual({ entities: [sadovyi], issues: [] });
  });
});
