/**
 * UI text: a typed `t(key, substitutions?)` over browser.i18n.getMessage. Keys come from
 * public/_locales/en/messages.json through the types WXT generates from it (`wxt prepare`), so a missing
 * key is a type error. Where the i18n API is absent or does not know a key (unit tests), the key itself
 * is shown: visibly wrong, never blank.
 */
import { browser } from 'wxt/browser';
import type { KindGroup } from './settings/preferences';
import type { Kind } from './knowledge/schema';

export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

export function t(key: MessageKey, substitutions?: string | number | readonly (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  try {
    const text = browser.i18n.getMessage(key, subs);
    if (text) return text;
  } catch {
    // No i18n API here (tests): fall through to the key.
  }
  return key;
}

/** The browser's UI language (for dates, numbers and the pages' lang attribute). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Sets the document's language and direction from the UI language, for screen readers and layout. */
export function localizeDocument(doc: Document, titleKey: MessageKey): void {
  doc.documentElement.lang = uiLanguage();
  const dir = (() => {
    try {
      return browser.i18n.getMessage('@@bidi_dir');
    } catch {
      return '';
    }
  })();
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t(titleKey);
}

/** The popup's kind filters. */
export const GROUP_LABELS: Record<KindGroup, MessageKey> = {
  people: 'groupPeople',
  organizations: 'groupOrganizations',
  armedGroups: 'groupArmedGroups',
  government: 'groupGovernment',
  media: 'groupMedia',
  places: 'groupPlaces',
};

/** Entity kinds, as the card and the knowledge counts name them. */
export const KIND_LABELS: Record<Kind, MessageKey> = {
  person: 'kindPerson',
  country: 'kindCountry',
  territory: 'kindTerritory',
  city: 'kindCity',
  'government-body': 'kindGovernmentBody',
  military: 'kindMilitary',
  'security-service': 'kindSecurityService',
  'international-organization': 'kindInternationalOrganization',
  organization: 'kindOrganization',
  'armed-group': 'kindArmedGroup',
  'political-party': 'kindPoliticalParty',
  media: 'kindMedia',
};

export function kindLabel(kind: string): string {
  const key = (KIND_LABELS as Record<string, MessageKey | undefined>)[kind];
  return key ? t(key) : kind;
}
