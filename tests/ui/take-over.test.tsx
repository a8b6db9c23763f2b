import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRERENDERED, PRESSED, STARTED } from '@/ui/early';
import { takeOver } from '@/ui/take-over';

/** The app's page, as React draws it: a text field, a choice and a button, each telling `seen`. */
function AppPage({ seen }: { seen: (what: string) => void }) {
  const [name, setName] = useState('');
  const [phase, setPhase] = useState('');
  return (
    <main className="main" id="main-content">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          seen(`sent ${name}/${phase}`);
        }}
      >
        <input id="name" name="name" value={name} onChange={(e) => (setName(e.target.value), seen(`name ${e.target.value}`))} />
        <input type="radio" id="phase" name="phase" value="primary" checked={phase === 'primary'} onChange={() => (setPhase('primary'), seen('phase primary'))} />
        <input type="radio" id="phase-secondary" name="phase" value="secondary" checked={phase === 'secondary'} onChange={() => (setPhase('secondary'), seen('phase secondary'))} />
        <button type="submit">Save and continue</button>
      </form>
    </main>
  );
}

/** The same page as the build writes it: plain HTML. */
const PRERENDERED_PAGE = `<main class="main" id="main-content" ${PRERENDERED}="/x"><form><input id="name" name="name" value="">
  <input type="radio" id="phase" name="phase" value="primary"><input type="radio" id="phase-secondary" name="phase" value="secondary">
  <button type="submit">Save and continue</button></form></main>`;

let reactRoot: Root | undefined;
afterEach(() => {
  act(() => reactRoot?.unmount());
  document.body.innerHTML = '';
});

function setUp() {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = PRERENDERED_PAGE;
  document.body.append(root);
  const seen: string[] = [];
  const render = () => {
    reactRoot = createRoot(root);
    reactRoot.render(<AppPage seen={(w) => seen.push(w)} />);
  };
  return { root, seen, render };
}

describe('takeOver: the app takes the place of a prerendered page', () => {
  it('loads the page code first, then draws at once and makes again what was typed and chosen, with the cursor where it was', async () => {
    const { root, seen, render } = setUp();
    const name = root.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Elm Primary';
    name.focus();
    name.setSelectionRange(3, 3);
    root.querySelector<HTMLInputElement>('#phase-secondary')!.checked = true;
    const prepare = vi.fn(async () => {});
    await act(() => takeOver(root, render, prepare));
    expect(prepare).toHaveBeenCalledOnce();
    expect(root.hasAttribute(STARTED)).toBe(true);
    expect(root.querySelector(`[${PRERENDERED}]`)).toBeNull();
    expect(seen).toEqual(['name Elm Primary', 'phase secondary']);
    const drawn = root.querySelector<HTMLInputElement>('#name')!;
    expect(drawn).not.toBe(name);
    expect(drawn.value).toBe('Elm Primary');
    expect(document.activeElement).toBe(drawn);
    expect(drawn.selectionStart).toBe(3);
    expect(root.querySelector<HTMLInputElement>('#phase-secondary')!.checked).toBe(true);
  });

  it('presses again a button pressed before the app could act on it, after the fields', async () => {
    const { root, seen, render } = setUp();
    root.querySelector<HTMLInputElement>('#phase')!.checked = true;
    root.setAttribute(PRESSED, '0');
    await act(() => takeOver(root, render, async () => {}));
    expect(seen).toEqual(['phase primary', 'sent /primary']);
  });

  it('keeps focus on a button or link, which has no id, by its place on the page', async () => {
    const { root, render } = setUp();
    root.querySelector<HTMLButtonElement>('button')!.focus();
    await act(() => takeOver(root, render, async () => {}));
    expect(document.activeElement).toBe(root.querySelector('button'));
    expect(document.activeElement).not.toBe(document.body);
  });

  it('changes nothing when nothing was done, and simply draws when no prerendered page is showing', async () => {
    const { root, seen, render } = setUp();
    await act(() => takeOver(root, render, async () => {}));
    expect(seen).toEqual([]);

    act(() => reactRoot?.unmount());
    root.innerHTML = '<main id="main-content"></main>';
    const prepare = vi.fn(async () => {});
    await act(() => takeOver(root, render, prepare));
    expect(prepare).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(root.querySelector('#name')).not.toBeNull());
  });
});
