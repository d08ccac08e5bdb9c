/**
 * The kind filters of the settings, and which entity kinds each covers. No validation library here: the
 * content script, which runs on every page, imports this.
 */

export const KIND_GROUPS = ['people', 'organizations', 'armedGroups', 'government', 'media', 'places'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/** Which filter group each entity kind belongs to. */
export const KIND_GROUP_OF: Record<string, KindGroup> = {
  person: 'people',
  organization: 'organizations',
  'international-organization': 'organizations',
  'political-party': 'organizations',
  'armed-group': 'armedGroups',
  'government-body': 'government',
  military: 'government',
  'security-service': 'government',
  media: 'media',
  country: 'places',
  territory: 'places',
  city: 'places',
};
