/**
 * How the card words dates, periods, life spans and chip labels, in the reader's language: the messages come
 * from _locales (passed in as `msg`, so scripts can print cards in English), dates from Intl. Pure.
 */
import type { CardLink, CardRole, CardView } from '../knowledge/card-view';
import type { MessageKey } from '../i18n';

export type Msg = (key: MessageKey, substitutions?: string | number | readonly (string | number)[]) => string;

/** Chip labels of role categories and relations, by link key. */
const LINK_MESSAGES: Record<string, MessageKey> = {
  'role:head-of-state': 'chipHeadOfState',
  'role:head-of-state-and-government': 'chipPresident',
  'role:head-of-government': 'chipHeadOfGovernment',
  'role:deputy-head-of-government': 'chipDeputyHeadOfGovernment',
  'role:foreign-minister': 'chipForeignMinister',
  'role:defence-minister': 'chipDefenceMinister',
  'role:minister': 'chipMinister',
  'role:spokesperson': 'chipSpokesperson',
  'role:leader': 'chipLeader',
  'role:deputy-leader': 'chipDeputyLeader',
  'role:commander': 'chipCommander',
  'role:legislator': 'chipLegislator',
  'role:judge': 'chipJudge',
  'role:diplomat': 'chipDiplomat',
  'role:executive': 'chipExecutive',
  'role:other': 'chipRole',
  'rel:spokesperson-of': 'chipSpokespersonOf',
  'rel:leader-of': 'chipLeaderOf',
  'rel:member-of': 'chipMemberOf',
  'rel:part-of': 'chipPartOf',
  'rel:backed-by': 'chipBackedBy',
  'rel:allied-with': 'chipAlliedWith',
  'rel:owned-by': 'chipOwnedBy',
  'rel:affiliated-with': 'chipAffiliatedWith',
  'rel:successor-of': 'chipSuccessorOf',
  'rel:split-from': 'chipSplitFrom',
  'rel:child-of': 'chipChildOf',
  'rel:spouse-of': 'chipSpouseOf',
  'rel:sibling-of': 'chipSiblingOf',
  'inc:spokesperson-of': 'chipSpokesperson',
  'inc:leader-of': 'chipLedBy',
  'inc:member-of': 'chipMember',
  'inc:part-of': 'chipIncludes',
  'inc:backed-by': 'chipBacks',
  'inc:allied-with': 'chipAlliedWith',
  'inc:owned-by': 'chipOwns',
  'inc:affiliated-with': 'chipAffiliatedWith',
  'inc:successor-of': 'chipSucceededBy',
  'inc:split-from': 'chipSplinterGroup',
  'inc:child-of': 'chipParentOf',
  'inc:spouse-of': 'chipSpouseOf',
  'inc:sibling-of': 'chipSiblingOf',
  country: 'chipCountry',
  'based-in': 'chipBasedIn',
};

/** Designators that are not regions Intl can name. */
const DESIGNATORS: Record<string, MessageKey> = { UN: 'designatorUN', EU: 'designatorEU' };

export interface CardFormat {
  /** "19 May 2024", "May 2024", "2024" (as precise as the date). */
  date(iso: string): string;
  /** A role's period: "August 2021 – May 2024", "since May 2012", "from 2019; last confirmed 2022". */
  period(role: Pick<CardRole, 'start' | 'end' | 'confirmed'>): string;
  /** A role's title, marked acting when it is. */
  roleTitle(role: Pick<CardRole, 'title' | 'acting'>): string;
  /** "1960–2024", "born 1967", "founded 1982". */
  life(view: Pick<CardView, 'kind' | 'life'>): string | undefined;
  /** "Died 19 May 2024". */
  ended(view: Pick<CardView, 'ended'>): string | undefined;
  chip(link: Pick<CardLink, 'key' | 'label'>): string;
  designator(code: string): string;
}

/** Bare English reads dates the international way ("19 May 2024"); any other locale its own way. */
function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

export function cardFormat(msg: Msg, lang: string): CardFormat {
  const locale = dateLocale(lang);
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const regions = (() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      return undefined;
    }
  })();
  const date = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    if (!y) return iso;
    if (!m) return String(y);
    const at = new Date(Date.UTC(y, m - 1, d ?? 1, 12));
    return (d ? full : monthYear).format(at);
  };
  // Periods and designations read at month precision: a day adds nothing a reader needs there.
  const month = (iso: string) => date(iso.slice(0, 7));
  const year = (iso: string) => iso.slice(0, 4);
  return {
    date,
    period: ({ start, end, confirmed }) => {
      if (end) return start ? msg('periodFromTo', [month(start), month(end)]) : msg('periodUntil', month(end));
      if (confirmed)
        return start
          ? msg('periodFromConfirmed', [month(start), month(confirmed)])
          : msg('periodConfirmed', month(confirmed));
      return start ? msg('periodSince', month(start)) : '';
    },
    roleTitle: ({ title, acting }) => (acting ? msg('roleActing', title) : title),
    life: ({ kind, life }) => {
      if (!life) return undefined;
      if (kind === 'person') {
        if (life.born && life.died) return msg('lifeBornDied', [year(life.born), year(life.died)]);
        if (life.born) return msg('lifeBorn', year(life.born));
        return life.died ? msg('lifeDied', year(life.died)) : undefined;
      }
      if (life.founded && life.dissolved)
        return msg('lifeFoundedDissolved', [year(life.founded), year(life.dissolved)]);
      return life.founded ? msg('lifeFounded', year(life.founded)) : undefined;
    },
    ended: ({ ended }) =>
      ended ? msg(ended.kind === 'died' ? 'endedDied' : 'endedDissolved', date(ended.date)) : undefined,
    chip: ({ key, label }) => {
      const message = key ? LINK_MESSAGES[key] : undefined;
      return message ? msg(message) : label;
    },
    designator: (code) => {
      const own = DESIGNATORS[code];
      if (own) return msg(own);
      try {
        return regions?.of(code === 'UK' ? 'GB' : code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
