/** The fixture pages' expected annotations (tests/fixtures/expected.json; its "_about" explains the fields). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/launch-browsers';

export interface RequiredActor {
  entity: string;
  /** Verified Wikidata id, or '' when not verified. */
  qid: string;
  type: string;
  surfaces: string[];
  /** Other accepted canonical names. */
  names?: string[];
}

export interface Trap {
  surface: string;
  /** The sentence on the page that holds the look-alike. */
  context: string;
  /** The entity the surface must not be taken for. */
  not: string;
}

export interface PageExpectations {
  published: string;
  required: RequiredActor[];
  optional: string[];
  forbidden: Trap[];
  never_inside: string[];
}

const raw = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'expected.json'), 'utf8')) as Record<
  string,
  unknown
>;

export const FIXTURE_PAGES = Object.keys(raw).filter((k) => k.endsWith('.html'));

export function expectationsFor(page: string): PageExpectations {
  const e = raw[page] as PageExpectations | undefined;
  if (!e) throw new Error(`no expectations for ${page}`);
  return e;
}

/** The names a card may show for a required actor. */
export function acceptedNames(actor: RequiredActor): string[] {
  return [actor.entity, ...(actor.names ?? [])];
}
