/**
 * The ids of actors the knowledge base does not know: a prefix and their name as the article writes it. People
 * ("unknown:Viliame Gavoka"; see unknown-people.ts) and bodies ("unknown-body:Malawi Law Society"; see
 * unknown-bodies.ts). In a file of its own so the content script can tell such ids without bundling the matcher.
 */
export const UNKNOWN_PREFIX = 'unknown:';
export const UNKNOWN_BODY_PREFIX = 'unknown-body:';

/** The name in the id of an actor not in the base, or undefined for any other id. */
export function unknownName(id: string): string | undefined {
  if (id.startsWith(UNKNOWN_PREFIX)) return id.slice(UNKNOWN_PREFIX.length);
  if (id.startsWith(UNKNOWN_BODY_PREFIX)) return id.slice(UNKNOWN_BODY_PREFIX.length);
  return undefined;
}

/** What an actor not in the base is, by its id: a person or a body (organization); undefined for known ids. */
export function unknownKind(id: string): 'person' | 'organization' | undefined {
  if (id.startsWith(UNKNOWN_PREFIX)) return 'person';
  if (id.startsWith(UNKNOWN_BODY_PREFIX)) return 'organization';
  return undefined;
}
