import { flushSync } from 'react-dom';
import { PRERENDERED, PRESSABLE, PRESSED, STARTED } from './early';

/*
 * The app taking the place of a prerendered page (src/ui/early.ts) without losing anything
 * done on it: what was typed or chosen, where the cursor was, and a button pressed before the
 * app could act on it. The app draws the page in one go (its code is loaded first), so the
 * page never flickers to "Loading…"; then each change is made again through the app's own
 * fields, which save it as if it had just been made.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Carried {
  fields: { id: string; name: string; value: string; checked: boolean; choice: boolean }[];
  /** The focused element, by its position among the focusable ones (links and buttons have no id). */
  focus?: { index: number; start: number | null; end: number | null };
  pressed?: number;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

const isChoice = (el: Field): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');

const changed = (el: Field) =>
  isChoice(el)
    ? el.checked !== el.defaultChecked
    : el instanceof HTMLSelectElement
      ? [...el.options].some((o) => o.selected !== o.defaultSelected)
      : el.value !== el.defaultValue;

const hasSelection = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'search', 'email', 'tel', 'url'].includes(el.type));

function snapshot(root: HTMLElement, shown: HTMLElement): Carried {
  const fields = [...shown.querySelectorAll<Field>('input, textarea, select')]
    .filter(changed)
    .map((el) => ({ id: el.id, name: el.name, value: el.value, checked: isChoice(el) && el.checked, choice: isChoice(el) }));
  const active = root.ownerDocument.activeElement;
  const index = active ? [...root.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
  const focus =
    active && index >= 0
      ? { index, start: hasSelection(active) ? active.selectionStart : null, end: hasSelection(active) ? active.selectionEnd : null }
      : undefined;
  const pressed = root.getAttribute(PRESSED);
  root.removeAttribute(PRESSED);
  return { fields, focus, pressed: pressed === null ? undefined : Number(pressed) };
}

/** Sets a field's value the way typing does, so the app's own change handler sees it. */
function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function restore(root: HTMLElement, carried: Carried) {
  const main = root.querySelector<HTMLElement>('#main-content');
  for (const f of main ? carried.fields : []) {
    const byId = f.id ? root.ownerDocument.getElementById(f.id) : null;
    const el = (byId && main!.contains(byId) ? byId : main!.querySelector(`[name="${CSS.escape(f.name)}"]`)) as Field | null;
    if (!el) continue;
    if (f.choice) {
      const option = (el as HTMLInputElement).value === f.value ? el : main!.querySelector(`[name="${CSS.escape(f.name)}"][value="${CSS.escape(f.value)}"]`);
      if (option instanceof HTMLInputElement && option.checked !== f.checked) option.click();
    } else if (el.value !== f.value) {
      type(el, f.value);
    }
  }
  if (carried.focus) {
    const el = root.querySelectorAll<HTMLElement>(FOCUSABLE)[carried.focus.index];
    el?.focus({ preventScroll: true });
    if (el && hasSelection(el) && carried.focus.start !== null) el.setSelectionRange(carried.focus.start, carried.focus.end);
  }
  if (carried.pressed !== undefined && carried.pressed >= 0) root.querySelectorAll<HTMLElement>(PRESSABLE)[carried.pressed]?.click();
}

/**
 * Draws the app into `root` (with `render`). If a prerendered page is showing, the page's code
 * is loaded first (`prepare`), the app draws at once rather than in the background, and
 * everything done on the prerendered page is done again on the app's page.
 */
export async function takeOver(root: HTMLElement, render: () => void, prepare: () => Promise<void>): Promise<void> {
  if (root.querySelector(`[${PRERENDERED}]`)) await prepare().catch(() => {});
  root.setAttribute(STARTED, '');
  const shown = root.querySelector<HTMLElement>(`[${PRERENDERED}]`);
  if (!shown) {
    render();
    return;
  }
  const carried = snapshot(root, shown);
  flushSync(render);
  restore(root, carried);
}
