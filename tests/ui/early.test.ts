import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addressOf, PRERENDERED, PRESSED, showPrerendered, STARTED } from '@/ui/early';

const PAGE = '<div aria-live="polite"></div><h1>Which phase is your school?</h1><form><button type="submit">Save and continue</button></form><a href="#/profile/phase">This page again</a>';

function frame() {
  document.head.innerHTML = '';
  document.title = 'Should we join a trust?';
  const pages = {
    '/profile/phase': { file: './assets/page-profile-phase.html', title: 'Which phase is your school? – Should we join a trust?', code: ['./assets/ProfilePage-x.js', './assets/content-x.js'] },
  };
  document.body.innerHTML = `<div id="root"><header><a href="#/">Home</a></header><main class="main" id="main-content" tabindex="-1"><div aria-live="polite"></div></main></div>`;
  document.getElementById('root')!.dataset.pages = JSON.stringify(pages);
}
const main = () => document.getElementById('main-content')!;
let fetchPage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  frame();
  window.location.hash = '#/profile/phase';
  fetchPage = vi.fn(async () => new Response(PAGE));
  vi.stubGlobal('fetch', fetchPage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('addressOf', () => {
  it('is the page part of the address, and nothing when it carries a query', () => {
    expect(addressOf('')).toBe('/');
    expect(addressOf('#/')).toBe('/');
    expect(addressOf('#/profile/phase')).toBe('/profile/phase');
    expect(addressOf('#/profile/phase?change=1')).toBeUndefined();
  });
});

describe('showPrerendered', () => {
  const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

  it('shows the listed page and its title to someone with nothing saved, then fetches its code without running it', async () => {
    const shown = showPrerendered();
    expect(preloaded()).toEqual([]); // nothing competes with the page itself
    await shown;
    expect(preloaded()).toEqual(['./assets/ProfilePage-x.js', './assets/content-x.js']);
    expect(fetchPage).toHaveBeenCalledWith('./assets/page-profile-phase.html');
    expect(main().querySelector('h1')?.textContent).toBe('Which phase is your school?');
    expect(main().getAttribute(PRERENDERED)).toBe('/profile/phase');
    expect(document.title).toBe('Which phase is your school? – Should we join a trust?');
  });

  it('shows nothing to someone with anything saved: the app will show their answers', async () => {
    localStorage.setItem('join-a-trust:last-page', '{}');
    expect(showPrerendered()).toBeUndefined();
    expect(fetchPage).not.toHaveBeenCalled();
    expect(preloaded()).toEqual([]);
    expect(main().hasAttribute(PRERENDERED)).toBe(false);
  });

  it('shows nothing for an address that is not listed, or that has a query', async () => {
    window.location.hash = '#/profile/phase?change=1';
    await showPrerendered();
    window.location.hash = '#/tasks';
    await showPrerendered();
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('shows nothing once the app has begun to draw, or if the page cannot be had', async () => {
    let answer!: (r: Response) => void;
    fetchPage.mockImplementationOnce(() => new Promise<Response>((resolve) => (answer = resolve)));
    const shown = showPrerendered();
    document.getElementById('root')!.setAttribute(STARTED, '');
    answer(new Response(PAGE));
    await shown;
    expect(main().hasAttribute(PRERENDERED)).toBe(false);

    frame();
    fetchPage.mockImplementationOnce(async () => new Response('', { status: 404 }));
    await showPrerendered();
    expect(main().querySelector('h1')).toBeNull();
    expect(preloaded()).toEqual(['./assets/ProfilePage-x.js', './assets/content-x.js']); // the app still needs it
  });

  it('remembers a button pressed before the app takes over, shows it in progress, and sends no form; links still work', async () => {
    await showPrerendered();
    const root = document.getElementById('root')!;
    const button = main().querySelector('button')!;
    const press = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    // Its position among the root's buttons and links (the header's link comes first).
    expect(root.getAttribute(PRESSED)).toBe('1');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    main().querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    const follow = new MouseEvent('click', { bubbles: true, cancelable: true });
    main().querySelector('a')!.dispatchEvent(follow);
    expect(follow.defaultPrevented).toBe(false);
  });

  it('forgets a press once the user types again, and holds a link pressed after typing for the app to follow', async () => {
    await showPrerendered();
    const root = document.getElementById('root')!;
    const button = main().querySelector('button')!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    main().querySelector('form')!.insertAdjacentHTML('afterbegin', '<input id="name">');
    main().querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(root.hasAttribute(PRESSED)).toBe(false);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    const link = main().querySelector('a')!;
    const follow = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(follow);
    expect(follow.defaultPrevented).toBe(true);
    expect(root.getAttribute(PRESSED)).toBe('2');
    expect(main().getAttribute('aria-busy')).toBe('true');
  });

  it('moves focus to the page for the skip link, rather than changing the address, before the app starts', async () => {
    document.querySelector('header')!.insertAdjacentHTML('afterbegin', '<a href="#main-content">Skip to main content</a>');
    localStorage.setItem('join-a-trust:answers', '{}'); // even for a returning visitor
    showPrerendered();
    const skip = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('a[href="#main-content"]')!.dispatchEvent(skip);
    expect(skip.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(main());
  });

  it('never shows a whole HTML document as the page (a host that answers a missing file with index.html)', async () => {
    fetchPage.mockImplementationOnce(async () => new Response('<!doctype html><html><body><div id="root"></div></body></html>'));
    await showPrerendered();
    expect(main().hasAttribute(PRERENDERED)).toBe(false);
    expect(main().querySelector('#root')).toBeNull();
  });

  it('puts the empty frame back when the address changes before the app starts', async () => {
    await showPrerendered();
    window.location.hash = '#/tasks';
    await vi.waitFor(() => expect(main().hasAttribute(PRERENDERED)).toBe(false));
    expect(main().innerHTML).toBe('<div aria-live="polite"></div>');
    expect(document.title).toBe('Should we join a trust?');
  });
});
