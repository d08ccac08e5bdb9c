/**
 * The hover card as a reader sees it, rendered from card views built from real card records, with the
 * English UI messages (public/_locales/en).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Card, type CardProps } from '../../src/card/Card';
import { unknownActorView, type CardView } from '../../src/knowledge/card-view';
import { cardViewOf, withChanges } from './helpers/cards';
import { allByRole, byRole, click, mount, text, unmountAll } from './helpers/render';
import { useEnglishMessages } from './helpers/i18n';

const RAISI = 'Q5947347';
const PUTIN = 'Q7747';
const IRAN = 'Q794';
/** The Tehran summit article. */
const ARTICLE_DATE = '2022-07-18';

const entities = withChanges({
  [RAISI]: { native: 'fa', wikipedia: 'Ebrahim Raisi', sources: ['wikidata', 'https://www.president.ir/en/'] },
});
const raisi = () => cardViewOf(RAISI, { date: ARTICLE_DATE, pageIds: [PUTIN, IRAN], entities });

function renderCard(view: CardView, props: Partial<CardProps> = {}) {
  const callbacks = {
    onClose: vi.fn(),
    onPin: vi.fn(),
    onBack: vi.fn(),
    onOpenEntity: vi.fn(),
    onStep: vi.fn(),
    onMute: vi.fn(),
  };
  const container = mount(
    <Card
      view={view}
      position={{ index: 0, total: 1 }}
      surface="Raisi"
      pinned={false}
      canGoBack={false}
      titleId="card-title"
      {...callbacks}
      {...props}
    />,
  );
  return { card: byRole(container, 'dialog'), ...callbacks };
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});
afterEach(unmountAll);

describe('who this is', () => {
  it('is a dialog named after the entity', () => {
    const { card } = renderCard(raisi());
    expect(card.getAttribute('aria-labelledby')).toBe('card-title');
    expect(document.getElementById('card-title')!.textContent).toBe('Ebrahim Raisi');
  });

  it('shows the name, the native-script name in its language, the kind, life span and description', () => {
    const { card } = renderCard(raisi());
    expect(card.querySelector('h2')!.textContent).toBe('Ebrahim Raisi');
    const native = card.querySelector('[lang="fa"]')!;
    expect(native.textContent).toBe('ابراهیم رئیسی');
    expect(native.getAttribute('dir')).toBe('auto');
    expect(text(card)).toContain('Person');
    expect(text(card)).toContain('1960–2024');
    expect(text(card)).toContain('President of Iran 2021–2024');
  });

  it('shows no native name when the entity has none', () => {
    const { card } = renderCard(cardViewOf(PUTIN, { date: ARTICLE_DATE }));
    expect(card.querySelector('[lang]')).toBeNull();
  });
});

describe('roles at the article’s date and now', () => {
  it('shows the role held then and, for a president who died since, the death instead of a current role', () => {
    const view = raisi();
    const { card } = renderCard(view);
    const sections = [...card.querySelectorAll('.roles')].map(text);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('18 July 2022');
    expect(sections[0]).toContain('President of Iran');
    expect(sections[0]).toContain('August 2021 – May 2024');
    expect(sections[1]).toContain('Died 19 May 2024');
    expect(sections[1]).not.toContain('President of Iran');
  });

  it('shows one list when the roles then and now are the same', () => {
    const { card } = renderCard(cardViewOf(PUTIN, { date: ARTICLE_DATE }));
    const sections = [...card.querySelectorAll('.roles')].map(text);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('18 July 2022');
    expect(sections[0]).toContain('President of Russia');
    expect(text(card)).not.toMatch(/Died/);
  });

  it('shows a role held then but no longer, and the roles now, for someone still alive', () => {
    const view = cardViewOf('Q16730147', { date: ARTICLE_DATE });
    expect(view.then.map((r) => r.title)).toEqual(['National Security Advisor']);
    expect(view.now).toEqual([]);
    const { card } = renderCard(view);
    expect(text(card)).toContain('National Security Advisor');
    expect(text(card)).toContain('January 2021 – January 2025');
    expect(text(card)).not.toMatch(/Died/);
    // The role ended and nothing is recorded since: the card says so instead of leaving "now" out.
    expect(text(card)).toContain('Now (as of January 2026)');
    expect(text(card)).toContain('No current office on record');
  });

  it('dates "now" at a change of office the base records after its date, not before it', () => {
    // Putin's office, as if it had ended in May 2026, after the base's date (January 2026): "Now (as of January
    // 2026)" would wrongly say he had no office then.
    const changed = withChanges({
      [PUTIN]: {
        roles: [{ title: 'President of Russia', category: 'head-of-state', start: '2012-05-07', end: '2026-05-09' }],
      },
    });
    const view = cardViewOf(PUTIN, { date: ARTICLE_DATE, entities: changed });
    expect(view.now).toEqual([]);
    const { card } = renderCard(view);
    expect(text(card)).toContain('Now (as of May 2026)');
    expect(text(card)).toContain('No current office on record');
    // Without a later event, "now" is the base's date.
    expect(text(renderCard(cardViewOf(PUTIN, { date: ARTICLE_DATE })).card)).not.toContain('May 2026');
  });

  it('does not list as held a role that began after the article', () => {
    const { card } = renderCard(raisi(), { view: cardViewOf(RAISI, { date: '2020-01-01', entities }) });
    expect(text(card.querySelector('.roles')!)).not.toContain('President of Iran');
  });
});

describe('relations and mentions', () => {
  it('shows related actors as chips that open their card in place', () => {
    const { card, onOpenEntity } = renderCard(raisi());
    const chips = allByRole(card, 'button').filter((b) => b.closest('.chips'));
    expect(chips.map(text)).toEqual(['President of Iran Iran']);
    click(chips[0]!);
    expect(onOpenEntity).toHaveBeenCalledWith(IRAN);
  });

  it('lists related actors on the page first', () => {
    const view = cardViewOf('Q44329', { date: ARTICLE_DATE, pageIds: ['Q858'] });
    expect(view.links[0]).toMatchObject({ id: 'Q858', name: 'Syria', onPage: true });
  });

  it('counts the mentions and steps to the previous and next one', () => {
    const { card, onStep } = renderCard(raisi(), { position: { index: 1, total: 3 } });
    const mentions = text(card.querySelector('.mentions')!);
    expect(mentions).toMatch(/\b3\b/);
    expect(mentions).toMatch(/\b2\b.*\b3\b/);
    const [previous, next] = allByRole(card.querySelector('.mentions')!, 'button');
    click(previous!);
    click(next!);
    expect(onStep.mock.calls).toEqual([[-1], [1]]);
  });

  it('has no previous/next for a single mention', () => {
    const { card } = renderCard(raisi(), { position: { index: 0, total: 1 } });
    expect(text(card.querySelector('.mentions')!)).toMatch(/\b1\b/);
    expect(allByRole(card.querySelector('.mentions')!, 'button')).toHaveLength(0);
  });
});

describe('where the facts come from', () => {
  it('links to Wikipedia and Wikidata in a new tab without giving them the page', () => {
    const { card } = renderCard(raisi());
    const links = allByRole(card, 'link');
    const wikipedia = links.find((a) => a.getAttribute('href') === 'https://en.wikipedia.org/wiki/Ebrahim_Raisi');
    const wikidata = links.find((a) => a.getAttribute('href') === `https://www.wikidata.org/wiki/${RAISI}`);
    expect(wikipedia).toBeDefined();
    expect(wikidata).toBeDefined();
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')!.split(' ')).toContain('noopener');
    }
  });

  it('names its sources, linked, and the knowledge base’s as-of date', () => {
    const { card } = renderCard(raisi());
    const sources = card.querySelector('.sources')!;
    const names = allByRole(sources, 'link').map((a) => [text(a), a.getAttribute('href')]);
    expect(names).toEqual([
      ['Wikidata', 'https://www.wikidata.org/'],
      ['president.ir', 'https://www.president.ir/en/'],
    ]);
    expect(text(sources)).toContain('22 January 2026');
  });

  it('has no Wikipedia link for an entity without an article', () => {
    const { card } = renderCard(cardViewOf('x-kim-yo-jong'));
    expect(allByRole(card, 'link').map((a) => a.getAttribute('href'))).not.toContainEqual(
      expect.stringContaining('wikipedia'),
    );
  });
});

describe('Not this one?', () => {
  const assad = () => ({
    ...cardViewOf('Q44329', { date: ARTICLE_DATE }),
    alternatives: [{ id: 'x-hafez-al-assad', name: 'Hafez al-Assad' }],
  });

  it('lists the other candidates, each opening its card', () => {
    const { card, onOpenEntity } = renderCard(assad(), { surface: 'Assad' });
    click(byRole(card, 'button', 'Hafez al-Assad'));
    expect(onOpenEntity).toHaveBeenCalledWith('x-hafez-al-assad');
  });

  it('mutes the words on the page or the whole entity', () => {
    const { card, onMute } = renderCard(assad(), { surface: 'Assad' });
    const mutes = allByRole(card.querySelector('.mute')!, 'button');
    expect(mutes).toHaveLength(2);
    expect(text(mutes[0]!)).toContain('Assad');
    expect(text(mutes[1]!)).toContain('Bashar al-Assad');
    click(mutes[0]!);
    click(mutes[1]!);
    expect(onMute.mock.calls).toEqual([['alias'], ['entity']]);
  });
});

describe('card controls', () => {
  it('closes, pins (announced as pressed) and goes back', () => {
    const { card, onClose, onPin, onBack } = renderCard(raisi(), { pinned: true, canGoBack: true });
    const buttons = allByRole(card.querySelector('header')!, 'button');
    const pin = buttons.find((b) => b.hasAttribute('aria-pressed'))!;
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    for (const b of buttons) expect(b.getAttribute('aria-label')).toBeTruthy();
    for (const b of buttons) click(b);
    expect([onBack, onPin, onClose].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('has no back button on the first card', () => {
    const { card } = renderCard(raisi(), { canGoBack: false });
    expect(allByRole(card.querySelector('header')!, 'button')).toHaveLength(2);
  });
});

describe('in the reader’s language', () => {
  it('labels and dates the card in German for a German browser', () => {
    const german = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/de/messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | (string | number)[]) => {
      const list = (subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]).map(String);
      return (german[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
    });
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'de');
    const { card } = renderCard(raisi());
    expect(text(card)).toContain('Zur Zeit dieses Artikels (18. Juli 2022)');
    expect(text(card)).toContain('Gestorben am 19. Mai 2024');
    expect(text(card)).toContain('August 2021 – Mai 2024');
    expect(text(card)).toContain('Person');
  });
});

describe('a person not in the knowledge base', () => {
  const view = () => unknownActorView('unknown:Viliame Gavoka', 'Deputy Prime Minister', '2024-05-02', '2026-12-01');

  it('says who the article says they are, and that Dramatis knows nothing more', () => {
    const { card } = renderCard(view(), { surface: 'Gavoka' });
    expect(document.getElementById('card-title')!.textContent).toBe('Viliame Gavoka');
    expect(text(card)).toContain('Not in the knowledge base');
    expect(text(card)).toContain('Named in this article as Deputy Prime Minister');
    expect(text(card)).toContain('Dramatis has no facts of its own about this person');
    // No roles, sources or "as of" date: there are none.
    expect(text(card)).not.toContain('At the time of this article');
    expect(text(card)).not.toContain('Sources');
  });

  it('without a title, says only that the article names them; the reader can still mute them', () => {
    const { card, onMute } = renderCard(
      unknownActorView('unknown:Susan Booysen', undefined, '2024-05-02', '2026-12-01'),
      { surface: 'Susan Booysen' },
    );
    expect(text(card)).toContain('Named in this article');
    expect(text(card)).not.toContain('Named in this article as');
    click(allByRole(card, 'button').find((b) => text(b).includes('Don’t mark Susan Booysen'))!);
    expect(onMute).toHaveBeenCalledWith('entity');
  });
});

describe('a body not in the knowledge base', () => {
  it('says it is a body the article names, that Dramatis knows nothing more of', () => {
    const { card } = renderCard(
      unknownActorView('unknown-body:Malawi Law Society', undefined, '2024-05-02', '2026-12-01'),
      { surface: 'Malawi Law Society' },
    );
    expect(document.getElementById('card-title')!.textContent).toBe('Malawi Law Society');
    expect(text(card)).toContain('Not in the knowledge base');
    expect(text(card)).toContain('Named in this article');
    expect(text(card)).toContain('Dramatis has no facts of its own about this body');
    expect(text(card)).not.toContain('about this person');
  });
});
