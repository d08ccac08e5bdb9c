/**
 * Rendering Preact components into happy-dom, and acting on them the way a user does: by role and
 * accessible name, through real DOM events.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  void act(() => render(vnode, container));
  return container;
}

/** Unmounts everything mounted (call in afterEach: stops the components' timers and watchers). */
export function unmountAll(): void {
  for (const c of mounted.splice(0)) {
    void act(() => render(null, c));
    c.remove();
  }
}

/** Lets pending promises, storage writes and effects run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Retries `check` until it stops throwing (async UI: storage reads, fake APIs). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 1500): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await settle();
    }
  }
}

/** The accessible name, as far as these components set it: aria-label, aria-labelledby, label, text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
  if (el.id) {
    const forLabel = el.ownerDocument.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return forLabel.textContent.trim();
  }
  const wrapping = el.closest('label');
  if (wrapping && el !== wrapping) return wrapping.textContent.trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button',
  switch: 'input[role="switch"]',
  checkbox: 'input[type="checkbox"]:not([role])',
  radio: 'input[type="radio"]',
  textbox: 'input[type="text"], input[type="search"], input[type="number"], textarea, input:not([type])',
  link: 'a[href]',
  dialog: '[role="dialog"]',
  alert: '[role="alert"]',
  status: '[role="status"]',
  combobox: 'select',
  listitem: 'li',
};

/** Elements of a role whose accessible name matches. */
export function allByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const selector = ROLE_SELECTORS[role] ?? `[role="${role}"]`;
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

export function byRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(root, role, name);
  if (found.length !== 1) {
    const names = allByRole(root, role).map(accessibleName);
    throw new Error(`expected one ${role} named ${String(name)}, found ${found.length} among ${JSON.stringify(names)}`);
  }
  return found[0]!;
}

export function click(el: HTMLElement): void {
  void act(() => el.click());
}

/** Types a value into a field (input events), then commits it (change), as leaving the field does. */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string, commit = true): void {
  void act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (commit) void act(() => void el.dispatchEvent(new Event('change', { bubbles: true })));
}

export function submit(form: HTMLFormElement): void {
  void act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
}

/** Text as read, whitespace collapsed. */
export function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
