/**
 * Kings and queens in the languages other than English whose press writes them before a given name ("la reina
 * Letizia", "le roi Philippe"): words the build marks as titles and person titles (context-words.ts), and titles
 * after which the matcher reads a given name as the monarch's (document-passes.ts). One list, so the three cannot
 * drift.
 */
export const ROYAL_TITLES = 'rey reina rei rainha roi reine könig königin koning koningin król królowa';
