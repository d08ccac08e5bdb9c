/** The options page's settings: the card's delay and theme, the site lists, and what the user muted. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../src/options/Options';
import { getMutes, getPreferences } from '../../src/settings/storage';
import { englishMessage as en, useEnglishMessages } from './helpers/i18n';
import { fakeOptionsApi } from './helpers/options-api';
import { allByRole, byRole, click, mount, submit, text, type, unmountAll, waitFor } from './helpers/render';

const storedPreferences = async () => (await fakeBrowser.storage.sync.get('preferences')).preferences;

async function openOptions() {
  const page = mount(<Options api={fakeOptionsApi()} />);
  await waitFor(() => byRole(page, 'textbox', en('hoverDelayLabel')));
  return page;
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});
afterEach(unmountAll);

describe('hover card', () => {
  const delayField = (page: HTMLElement) => byRole(page, 'textbox', en('hoverDelayLabel')) as HTMLInputElement;

  it('saves a new delay when the field is committed, not on every keystroke', async () => {
    const page = await openOptions();
    expect(delayField(page).value).toBe('300');
    type(delayField(page), '45', false);
    type(delayField(page), '450', false);
    expect(await storedPreferences()).toBeUndefined();
    type(delayField(page), '450');
    await waitFor(async () => expect(await storedPreferences()).toEqual({ hoverDelayMs: 450 }));
  });

  it.each([
    ['5000', 2000],
    ['-20', 0],
    ['333.7', 334],
  ])('clamps %s to %i', async (typed, saved) => {
    const page = await openOptions();
    type(delayField(page), typed);
    await waitFor(async () => expect((await getPreferences()).hoverDelayMs).toBe(saved));
    expect(delayField(page).value).toBe(String(saved));
  });

  it('puts back the saved delay when the field is left empty', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { hoverDelayMs: 500 } });
    const page = await openOptions();
    await waitFor(() => expect(delayField(page).value).toBe('500'));
    type(delayField(page), '');
    expect(delayField(page).value).toBe('500');
    expect(await storedPreferences()).toEqual({ hoverDelayMs: 500 });
  });

  it('chooses the card theme', async () => {
    const page = await openOptions();
    expect(byRole(page, 'radio', en('themeAuto'))).toHaveProperty('checked', true);
    click(byRole(page, 'radio', en('themeDark')));
    await waitFor(async () => expect(await storedPreferences()).toEqual({ theme: 'dark' }));
    expect(byRole(page, 'radio', en('themeDark'))).toHaveProperty('checked', true);
  });

  it('marks only first mentions when asked', async () => {
    const page = await openOptions();
    click(byRole(page, 'radio', en('mentionsFirst')));
    await waitFor(async () => expect(await storedPreferences()).toEqual({ firstMentionOnly: true }));
  });

  it('stops marking people the knowledge base does not know when asked', async () => {
    const page = await openOptions();
    const box = byRole(page, 'checkbox', en('unknownPeopleOption'));
    expect(box).toHaveProperty('checked', true);
    click(box);
    await waitFor(async () => expect(await storedPreferences()).toEqual({ unknownPeople: false }));
  });
});

describe('site rules', () => {
  const siteField = (page: HTMLElement, list = en('sitesDeniedLabel')) =>
    byRole(page, 'textbox', list) as HTMLInputElement;
  const addSite = (page: HTMLElement, value: string, list?: string) => {
    const field = siteField(page, list);
    type(field, value, false);
    submit(field.form!);
  };
  const listed = (page: HTMLElement) => [...page.querySelectorAll('.sites .pattern')].map(text);

  it('adds a site typed as a URL, stored as the site', async () => {
    const page = await openOptions();
    addSite(page, 'https://www.rt.com/russia/');
    await waitFor(() => expect(listed(page)).toEqual(['rt.com']));
    expect(await storedPreferences()).toEqual({ deniedSites: ['rt.com'] });
    expect(siteField(page).value).toBe('');
    expect(text(page)).toContain(en('sitesAdded', 'rt.com'));
  });

  it('says why a site is refused, and saves nothing', async () => {
    const page = await openOptions();
    addSite(page, 'not a site!');
    const alert = await waitFor(() => byRole(page.querySelector('#sites')!, 'alert'));
    expect(text(alert)).toBe(en('sitesInvalid', 'not a site!'));
    expect(siteField(page).getAttribute('aria-invalid')).toBe('true');
    expect(siteField(page).getAttribute('aria-describedby')).toContain(alert.id);
    expect(await storedPreferences()).toBeUndefined();
  });

  it('refuses a site already on the list, however it is written', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { deniedSites: ['rt.com'] } });
    const page = await openOptions();
    await waitFor(() => expect(listed(page)).toEqual(['rt.com']));
    addSite(page, 'WWW.RT.COM');
    await waitFor(() =>
      expect(text(byRole(page.querySelector('#sites')!, 'alert'))).toBe(en('sitesDuplicate', 'rt.com')),
    );
    expect(await storedPreferences()).toEqual({ deniedSites: ['rt.com'] });
  });

  it('removes a site', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { deniedSites: ['rt.com', 'sputnik.com'] } });
    const page = await openOptions();
    click(await waitFor(() => byRole(page, 'button', en('sitesRemoveLabel', 'rt.com'))));
    await waitFor(() => expect(listed(page)).toEqual(['sputnik.com']));
    expect(await storedPreferences()).toEqual({ deniedSites: ['sputnik.com'] });
  });

  it('switches to an allow list, keeping the deny list for later', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { deniedSites: ['rt.com'] } });
    const page = await openOptions();
    click(byRole(page, 'radio', en('siteModeAllow')));
    await waitFor(() => siteField(page, en('sitesAllowedLabel')));
    expect(text(page.querySelector('#sites')!)).toContain(en('sitesEmpty'));
    addSite(page, '*.nytimes.com', en('sitesAllowedLabel'));
    await waitFor(() => expect(listed(page)).toEqual(['*.nytimes.com']));
    expect(await storedPreferences()).toEqual({
      siteMode: 'allow',
      deniedSites: ['rt.com'],
      allowedSites: ['*.nytimes.com'],
    });
  });
});

describe('muted actors and words', () => {
  const muteSection = (page: HTMLElement) => page.querySelector<HTMLElement>('#mutes')!;

  it('says when nothing is muted', async () => {
    const page = await openOptions();
    await waitFor(() => expect(text(muteSection(page))).toContain(en('mutesEmpty')));
  });

  it('lists muted actors by name (or id when unknown) and muted words', async () => {
    await fakeBrowser.storage.sync.set({ mutes: { ids: ['Q7747', 'Q999999999'], aliases: ['sullivan'] } });
    const page = await openOptions();
    await waitFor(() => expect(text(muteSection(page))).toContain('Vladimir Putin — President of Russia'));
    const buttons = allByRole(muteSection(page), 'button').map((b) => b.getAttribute('aria-label'));
    expect(buttons).toEqual([
      en('mutesUnmuteLabel', 'Vladimir Putin'),
      en('mutesUnmuteLabel', 'Q999999999'),
      en('mutesUnmuteLabel', 'sullivan'),
    ]);
  });

  it('marks an actor and a word again', async () => {
    await fakeBrowser.storage.sync.set({ mutes: { ids: ['Q7747', 'Q39259'], aliases: ['sullivan'] } });
    const page = await openOptions();
    click(await waitFor(() => byRole(page, 'button', en('mutesUnmuteLabel', 'Vladimir Putin'))));
    await waitFor(async () => expect((await getMutes()).ids).toEqual(['Q39259']));
    await waitFor(() => expect(text(muteSection(page))).toContain(en('mutesRemoved', 'Vladimir Putin')));
    expect(text(muteSection(page))).not.toContain('Vladimir Putin —');

    click(byRole(page, 'button', en('mutesUnmuteLabel', 'sullivan')));
    await waitFor(async () => expect(await getMutes()).toEqual({ ids: ['Q39259'], aliases: [] }));
  });

  it('shows a mute made meanwhile from a card', async () => {
    const page = await openOptions();
    await waitFor(() => expect(text(muteSection(page))).toContain(en('mutesEmpty')));
    await fakeBrowser.storage.sync.set({ mutes: { ids: ['Q39259'], aliases: [] } });
    await waitFor(() => expect(text(muteSection(page))).toContain('Recep Tayyip Erdoğan'));
  });
});
