/*
 * Part of the entry script, so it runs before React has even downloaded. The build writes the
 * pages a first visit most often opens as HTML (src/ui/Shell.tsx) and lists them in index.html.
 * For someone with nothing saved, each looks exactly as the app will draw it, so it is shown
 * at once; the app then takes its place (src/ui/take-over.ts) and carries over anything done
 * on it meanwhile. Someone with saved answers waits for the app, which shows their answers.
 *
 * Keep this file small, and its imports free of imports of their own: the entry script must stay tiny.
 */
import { toolKeys } from '@/store/tool-keys';

/** The attribute on <main> while it shows a prerendered page (its address). */
export const PRERENDERED = 'data-prerendered';
/** On the root: the position (among PRESSABLE) of what was pressed before the app took over. */
export const PRESSED = 'data-pressed';
/** What can be pressed: buttons and links. */
export const PRESSABLE = 'button, a[href]';
/** On the root element once the app has begun to draw: too late to show a prerendered page. */
export const STARTED = 'data-started';

interface Listed {
  file: string;
  title: string;
  /** The page's code: fetched now, run only once the page is painted. */
  code: string[];
}

/** The page part of an address ("#/profile/phase" → "/profile/phase"), or undefined if it has a query. */
export function addressOf(hash: string): string | undefined {
  const path = hash.replace(/^#/, '') || '/';
  return /[?#]/.test(path) ? undefined : path;
}

/** Whether this device holds anything of the app's (answers, a meeting, the last page seen). */
export function somethingSaved(storage: () => Storage): boolean {
  try {
    return toolKeys(storage()).length > 0;
  } catch {
    return true; // cannot tell: let the app decide
  }
}

function listed(doc: Document): Record<string, Listed> {
  try {
    return JSON.parse(doc.getElementById('root')?.dataset.pages ?? '{}') as Record<string, Listed>;
  } catch {
    return {};
  }
}

/** After the browser has painted what is on the page (or, in a tab that does not paint, soon). */
const afterPaint = (win: Window) =>
  new Promise<void>((resolve) => {
    win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
    win.setTimeout(resolve, 100);
  });

/**
 * Shows the prerendered page for the address, if there is one and nothing is saved, and fetches
 * the page's code without running it. Until the app takes over, a press of a button (or of a
 * link, once something has been typed) is remembered rather than acted on (the app presses it
 * again), a form is never sent, and a change of address puts the empty frame back.
 *
 * Returns undefined if there is no page to show. Otherwise resolves once the page is painted:
 * the app waits for that before it runs, since React's start-up is one long task that would
 * hold back the paint. A request for the page that takes over a second no longer holds it back.
 */
export function showPrerendered(win: Window = window): Promise<void> | undefined {
  const doc = win.document;
  const address = addressOf(win.location.hash);
  const page = address === undefined ? undefined : listed(doc)[address];
  const main = doc.getElementById('main-content');
  const root = doc.getElementById('root');
  if (!root) return undefined;
  // The skip link is the app's to handle (it moves focus); before the app has started the
  // browser would change the address to #main-content, a page that does not exist.
  doc.addEventListener(
    'click',
    (event) => {
      if (root.hasAttribute(STARTED) || !(event.target instanceof Element) || event.target.closest('a')?.getAttribute('href') !== '#main-content') return;
      event.preventDefault();
      doc.getElementById('main-content')?.focus();
    },
    true,
  );
  if (!page || !main || somethingSaved(() => win.localStorage)) return undefined;
  // The page's code, fetched (not run) once the page is in place, so nothing competes with it first.
  let fetched = false;
  const fetchCode = () => {
    if (fetched) return;
    fetched = true;
    for (const href of page.code ?? []) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      doc.head.append(link);
    }
  };
  // The page goes in as a new <main>, and what follows it (the footer) as new copies: the
  // browser then counts nothing as having moved (no layout shift), as when the app draws.
  const shown = main.cloneNode(false) as HTMLElement;
  const frameTitle = doc.title;

  const shownOrNot = win
    .fetch(page.file)
    .then((response) => (response.ok ? response.text() : undefined))
    .then((html) => {
      if (html === undefined || root.hasAttribute(STARTED) || !main.isConnected || addressOf(win.location.hash) !== address) return;
      // A host that answers a missing file with the app's own index.html: not a page.
      if (/<html|<!doctype/i.test(html)) return;
      shown.innerHTML = html;
      shown.setAttribute(PRERENDERED, address!);
      // Screen readers wait: the app draws the same page again in a moment.
      shown.setAttribute('aria-busy', 'true');
      main.replaceWith(shown);
      for (let el = shown.nextElementSibling; el; ) {
        const copy = el.cloneNode(true) as Element;
        el.replaceWith(copy);
        el = copy.nextElementSibling;
      }
      doc.title = page.title;
      fetchCode();
      return afterPaint(win);
    })
    .catch(() => {
      // Not shown: the app draws the page when it starts, as it would anyway.
    })
    .finally(fetchCode);

  // Until the app takes over. A press of a button (or of a link, once something has been typed)
  // is remembered, shown as in progress, and made again by the app; typing after it forgets it.
  const before = (target: EventTarget | null) => target instanceof Element && root.contains(target) && !root.hasAttribute(STARTED);
  const pressable = () => [...root.querySelectorAll(PRESSABLE)];
  let typed = false;
  const forget = () => {
    const index = root.getAttribute(PRESSED);
    if (index !== null) pressable()[Number(index)]?.removeAttribute('aria-disabled');
    root.removeAttribute(PRESSED);
  };
  const press = (event: Event, target: Element | null | undefined) => {
    event.preventDefault();
    forget();
    if (!target) return;
    root.setAttribute(PRESSED, String(pressable().indexOf(target)));
    target.setAttribute('aria-disabled', 'true');
  };
  // Capture, so nothing of the page's own sees it first. Enter in a field presses the form's button.
  doc.addEventListener(
    'click',
    (event) => {
      if (!before(event.target)) return;
      const target = (event.target as Element).closest(PRESSABLE);
      if (target?.tagName === 'BUTTON' || (target && typed && shown.isConnected)) {
        press(event, target);
      }
    },
    true,
  );
  doc.addEventListener(
    'submit',
    (event) => {
      if (before(event.target)) press(event, (event as SubmitEvent).submitter);
    },
    true,
  );
  for (const type of ['input', 'change']) {
    doc.addEventListener(
      type,
      (event) => {
        if (!before(event.target) || !shown.isConnected) return;
        typed = true;
        forget();
      },
      true,
    );
  }
  win.addEventListener('hashchange', () => {
    if (!shown.isConnected || root.hasAttribute(STARTED) || addressOf(win.location.hash) === address) return;
    shown.replaceWith(main);
    doc.title = frameTitle;
  });
  return Promise.race([shownOrNot, new Promise<void>((resolve) => win.setTimeout(resolve, 1000))]);
}
