/**
 * Numbered upgrades of the stored preferences. Each takes the stored object of the previous version and
 * returns the next; each has a before/after fixture test (tests/unit/settings-migrations.test.ts).
 */
export const PREFERENCES_VERSION = 1;

export const PREFERENCES_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};
