/**
 * The id of a person the knowledge base does not know: this prefix and their name as the article writes it
 * ("unknown:Viliame Gavoka"; see unknown-people.ts). In a file of its own so the content script can tell such
 * ids without bundling the matcher.
 */
export const UNKNOWN_PREFIX = 'unknown:';
