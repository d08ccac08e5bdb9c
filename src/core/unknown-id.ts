/**
 * The id of a person the knowledge base does not know: this prefix and their name as the article writes it
 * ("unknown:Viliame Gavoka"; see unknown-people.ts). In a file of its own so the content script can tell such
 * ids without bundling the matcher.
 */
export const UNKNOWN_PREFIX = 'unknown:';

/** The name in a person-not-in-the-base id, or undefined for any other id. */
export function unknownName(id: string): string | undefined {
  return id.startsWith(UNKNOWN_PREFIX) ? id.slice(UNKNOWN_PREFIX.length) : undefined;
}
