/** The toolbar popup with a fake tab and the fake browser's storage, read in its real English text. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../src/popup/Popup';
import { PAUSE_MS } from '../../src/popup/SiteControls';
import { getPreferences } from '../../src/settings/storage';
import { englishMessage as en, useEnglishMessages } from './helpers/i18n';
import { ACTORS, fakePopupApi, TAB_ID } from './helpers/popup-api';
import { allByRole, byRole, click, mount, text, type, unmountAll, waitFor } from './helpers/render';

const storedPreferences = async () => (await fakeBrowser.storage.sync.get('preferences')).preferences;

async function openPopup(api = fakePopupApi()) {
  const popup = mount(<Popup api={api} />);
  await waitFor(() => expect(status(popup)).not.toBe(en('statusLoading')));
  return popup;
}
const status = (popup: HTMLElement) => text(popup.querySelector('.status')!);
const castNames = (popup: HTMLElement) => [...popup.querySelectorAll('.actors .name')].map(text);

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});
afterEach(unmountAll);

describe('where Dramatis runs', () => {
  it('shows the site of the tab with its switch on, and the global switch on', async () => {
    const popup = await openPopup();
    expect(byRole(popup, 'switch', 'On for bbc.co.uk')).toHaveProperty('checked', true);
    expect(byRole(popup, 'switch', 'Dramatis on')).toHaveProperty('checked', true);
    expect(status(popup)).toBe(en('statusActors', '7'));
  });

  it('turns the site off in one click (deny list) and back on', async () => {
    const popup = await openPopup();
    click(byRole(popup, 'switch', 'On for bbc.co.uk'));
    await waitFor(() => expect(status(popup)).toBe(en('statusSiteDisabled')));
    expect(await storedPreferences()).toEqual({ deniedSites: ['bbc.co.uk'] });
    expect(byRole(popup, 'switch', 'On for bbc.co.uk')).toHaveProperty('checked', false);
    expect(castNames(popup)).toEqual([]);

    click(byRole(popup, 'switch', 'On for bbc.co.uk'));
    await waitFor(() => expect(castNames(popup)).toHaveLength(ACTORS.length));
    expect(await storedPreferences()).toEqual({});
  });

  it('in allow mode, the switch adds the site to the allowed sites', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { siteMode: 'allow', allowedSites: ['lemonde.fr'] } });
    const popup = await openPopup();
    expect(status(popup)).toBe(en('statusNotAllowed'));
    click(byRole(popup, 'switch', 'Allowed on bbc.co.uk'));
    await waitFor(() => expect(castNames(popup)).toHaveLength(ACTORS.length));
    expect((await getPreferences()).allowedSites).toEqual(['lemonde.fr', 'bbc.co.uk']);
  });

  it('pauses for an hour, then resumes', async () => {
    const popup = await openPopup();
    const before = Date.now();
    click(byRole(popup, 'button', en('popupPause')));
    await waitFor(() => byRole(popup, 'button', en('popupResume')));
    const { pausedUntil } = await getPreferences();
    expect(pausedUntil).toBeGreaterThanOrEqual(before + PAUSE_MS);
    expect(pausedUntil).toBeLessThanOrEqual(Date.now() + PAUSE_MS);
    expect(status(popup)).toBe(en('statusPaused'));

    click(byRole(popup, 'button', en('popupResume')));
    await waitFor(() => byRole(popup, 'button', en('popupPause')));
    expect(await storedPreferences()).toEqual({});
  });

  it('turns Dramatis off everywhere; pausing is then unavailable', async () => {
    const popup = await openPopup();
    click(byRole(popup, 'switch', 'Dramatis on'));
    await waitFor(() => expect(status(popup)).toBe(en('statusDisabled')));
    expect(await storedPreferences()).toEqual({ enabled: false });
    expect(byRole(popup, 'button', en('popupPause'))).toHaveProperty('disabled', true);
  });

  it('says when the page is not a web page, with no site switch', async () => {
    const popup = await openPopup(fakePopupApi(null, 'chrome://extensions/'));
    expect(status(popup)).toBe(en('statusUnsupported'));
    expect(allByRole(popup, 'switch')).toHaveLength(1);
  });

  it('asks for a reload when the page has no content script yet', async () => {
    const popup = await openPopup(fakePopupApi(null));
    expect(status(popup)).toBe(en('statusReload'));
    expect(byRole(popup, 'switch', 'On for bbc.co.uk')).toBeDefined();
  });
});

describe('on this page', () => {
  it('groups the actors by kind, with counts, most mentioned first', async () => {
    const popup = await openPopup();
    const groups = [...popup.querySelectorAll('.group')].map((g) => ({
      heading: text(g.querySelector('h3')!),
      names: [...g.querySelectorAll('.name')].map(text),
    }));
    expect(groups).toEqual([
      { heading: 'People 3', names: ['Vladimir Putin', 'Recep Tayyip Erdoğan', 'Ebrahim Raisi'] },
      { heading: 'Organizations 1', names: ['NATO'] },
      { heading: 'Media 1', names: ['Islamic Republic News Agency'] },
      { heading: 'Countries 2', names: ['Iran', 'Russia'] },
    ]);
    const putin = byRole(popup, 'button', /^Vladimir Putin/);
    expect(text(putin)).toContain(en('popupMentions', '6'));
    expect(text(putin)).toContain('President of Russia');
  });

  it('filters by name or description, ignoring accents and case', async () => {
    const popup = await openPopup();
    const filter = byRole(popup, 'textbox', /Filter/) as HTMLInputElement;
    type(filter, 'ERDOGAN', false);
    expect(castNames(popup)).toEqual(['Recep Tayyip Erdoğan']);
    expect(text(popup)).toContain(en('popupFilterCount', ['1', '7']));
    type(filter, 'state news', false);
    expect(castNames(popup)).toEqual(['Islamic Republic News Agency']);
    type(filter, 'Zelensky', false);
    expect(castNames(popup)).toEqual([]);
    expect(text(popup)).toContain(en('popupFilterNone', 'Zelensky'));
    type(filter, '', false);
    expect(castNames(popup)).toHaveLength(ACTORS.length);
  });

  it('reveals a chosen actor on the page and closes', async () => {
    const api = fakePopupApi();
    const popup = await openPopup(api);
    click(byRole(popup, 'button', /^Recep Tayyip Erdoğan/));
    await waitFor(() => expect(api.done).toHaveBeenCalled());
    expect(api.reveal).toHaveBeenCalledWith(TAB_ID, 'Q39259');
  });

  it('stays open when the page could not reveal the actor', async () => {
    const api = fakePopupApi();
    api.reveal.mockResolvedValue(false);
    const popup = await openPopup(api);
    click(byRole(popup, 'button', /^Iran/));
    await waitFor(() => expect(api.reveal).toHaveBeenCalledWith(TAB_ID, 'Q794'));
    expect(api.done).not.toHaveBeenCalled();
  });
});

describe('marking options', () => {
  it('turns a kind of actor off and on', async () => {
    const popup = await openPopup();
    click(byRole(popup, 'checkbox', 'Media'));
    await waitFor(async () => expect((await getPreferences()).kinds.media).toBe(false));
    await waitFor(() => expect(byRole(popup, 'checkbox', 'Media')).toHaveProperty('checked', false));
    expect((await getPreferences()).kinds.people).toBe(true);
    click(byRole(popup, 'checkbox', 'Media'));
    await waitFor(async () => expect(await storedPreferences()).toEqual({}));
  });

  it('chooses the highlight style', async () => {
    const popup = await openPopup();
    expect(byRole(popup, 'radio', 'Underline')).toHaveProperty('checked', true);
    click(byRole(popup, 'radio', 'Background'));
    await waitFor(async () => expect(await storedPreferences()).toEqual({ highlightStyle: 'background' }));
    expect(byRole(popup, 'radio', 'Background')).toHaveProperty('checked', true);
  });

  it('hides the toolbar count', async () => {
    const popup = await openPopup();
    click(byRole(popup, 'checkbox', en('badgeOption')));
    await waitFor(async () => expect(await storedPreferences()).toEqual({ showBadge: false }));
  });

  it('opens the options page and closes', async () => {
    const api = fakePopupApi();
    const popup = await openPopup(api);
    click(byRole(popup, 'link', en('popupOpenOptions')));
    await waitFor(() => expect(api.done).toHaveBeenCalled());
    expect(api.openOptions).toHaveBeenCalled();
  });
});
