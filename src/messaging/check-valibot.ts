/** Turns valibot schemas into the router's checks (background and extension pages only). */
import * as v from 'valibot';
import type { Check } from './router';

export function valibotCheck(schema: v.GenericSchema): Check {
  return (data) => {
    const parsed = v.safeParse(schema, data);
    if (parsed.success) return { ok: true, value: parsed.output };
    const issue = parsed.issues[0];
    return { ok: false, error: `${v.getDotPath(issue) ?? 'data'}: ${issue.message}` };
  };
}

export function valibotChecks<S extends Record<string, v.GenericSchema>>(schemas: S): Record<keyof S, Check> {
  return Object.fromEntries(Object.entries(schemas).map(([k, s]) => [k, valibotCheck(s)])) as Record<keyof S, Check>;
}
