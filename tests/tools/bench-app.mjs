/**
 * Start-up and typing, measured in real Chromium against a built site (this app's dist/, or
 * any other static build given the same treatment, such as a SurveyJS version of the flow).
 * Used by tests/tools/bench.mjs. Every figure is recorded inside the page, so the time the
 * benchmark itself takes to look never counts.
 */

/** Runs in the page before any of its scripts: counters for what typing costs. */
function instrument(options) {
  const w = /** @type {any} */ (window);
  // First question visible: the first frame after the field appears with a size.
  w.__bench = { keys: [], storageWrites: 0, storageWriteChars: 0, commits: 0, longTasks: [] };
  const seen = () => {
    const el = document.querySelector(options.selector);
    if (!el || w.__bench.firstQuestionSeen) return;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    w.__bench.firstQuestionSeen = true;
    requestAnimationFrame(() => {
      w.__bench.firstQuestion = performance.now();
    });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
  // Every localStorage write, and how many characters it wrote.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    w.__bench.storageWrites += 1;
    w.__bench.storageWriteChars += String(value).length;
    return setItem.call(this, key, value);
  };
  // React commits, through the hook React DevTools uses (production React calls it too).
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: () => {
      w.__bench.commits += 1;
    },
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    isDisabled: false,
  };
  // A keypress's handlers: from the first capturing listener on window to the last bubbling one.
  let current;
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
    let started = 0;
    window.addEventListener(
      type,
      () => {
        if (type === 'keydown') {
          current = { handler: 0 };
          w.__bench.keys.push(current);
        }
        started = performance.now();
      },
      true,
    );
    window.addEventListener(type, () => {
      if (current) current.handler += performance.now() - started;
    });
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: none are counted.
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
export const stats = { median, quantile };

/**
 * One cold load (new profile: no cache, no service worker, nothing saved) of `url`, at `cpu`×
 * CPU throttling. Returns when the first question is visible, and every request made by then:
 * its bytes on the wire and whether it had to wait for a script other than the page's own
 * entry script to be evaluated before it was asked for.
 */
export async function coldLoad(browser, url, { selector, cpu = 1, storage }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  try {
    if (storage) {
      await context.addInitScript((items) => {
        for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
      }, storage);
    }
    await context.addInitScript(instrument, { selector });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames = [];
      for (let stack = e.initiator.stack; stack; stack = stack.parent) frames.push(...stack.callFrames.map((f) => f.url));
      requests.set(e.requestId, { url: e.request.url, type: e.initiator.type, initiatorUrl: e.initiator.url, frames, bytes: 0, done: false });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => /** @type {any} */ (window).__bench?.firstQuestion !== undefined, null, { polling: 50, timeout: 120_000 });
    const firstQuestion = await page.evaluate(() => /** @type {any} */ (window).__bench.firstQuestion);
    const before = [...requests.values()].filter((r) => r.done);
    // The entry script: the first script the HTML asked for.
    const documentUrl = before[0]?.url;
    const entry = before.find((r) => r.type === 'parser' && /\.m?js(\?|$)/.test(r.url) && r.url !== documentUrl)?.url;
    const ownScripts = new Set([documentUrl, entry].filter(Boolean));
    const waits = before.filter((r) => r.type === 'script' && r.frames.some((f) => f && !ownScripts.has(f)));
    await page.waitForLoadState('networkidle');
    const all = [...requests.values()].filter((r) => r.done);
    return {
      firstQuestion,
      requests: before.length,
      bytes: before.reduce((n, r) => n + r.bytes, 0),
      waiting: waits.map((r) => `${r.url.split('/').pop()} (after ${r.frames.find((f) => f && !ownScripts.has(f))?.split('/').pop()})`),
      allRequests: all.length,
      allBytes: all.reduce((n, r) => n + r.bytes, 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * Types `text` into the field `selector` of `url` (with `storage` saved first), one key at a
 * time, and reports each keypress's handler time, long tasks, localStorage writes and React
 * commits while typing. Waits until `saved(localStorage)` says the text was saved.
 */
export async function typing(browser, url, { selector, text, storage, cpu = 1, savedKey }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript((items) => {
      if (sessionStorage.getItem('bench:seeded')) return;
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
      sessionStorage.setItem('bench:seeded', '1');
    }, storage ?? {});
    await context.addInitScript(instrument, { selector });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url);
    const field = page.locator(selector);
    await field.click();
    await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      Object.assign(b, { keys: [], storageWrites: 0, storageWriteChars: 0, commits: 0, typingFrom: performance.now() });
    });
    await page.keyboard.type(text);
    const typed = await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return { keys: b.keys.map((k) => k.handler), storageWrites: b.storageWrites, storageWriteChars: b.storageWriteChars, commits: b.commits, typingTo: performance.now() };
    });
    // Then wait until what was typed is saved, to count the long tasks saving costs too.
    if (savedKey) {
      await page.waitForFunction(
        ([key, tail]) => (localStorage.getItem(key) ?? '').includes(tail),
        [savedKey, JSON.stringify(text.slice(-20)).slice(1, -1)],
        { polling: 100, timeout: 60_000 },
      );
    }
    const after = await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return { longTasks: b.longTasks.filter((t) => t.start >= b.typingFrom), storageWrites: b.storageWrites };
    });
    return {
      value: await field.inputValue(),
      keys: typed.keys,
      commitsPerKey: typed.commits / text.length,
      storageWritesPerKey: typed.storageWrites / text.length,
      storageCharsPerKey: typed.storageWriteChars / text.length,
      storageWritesAfterSave: after.storageWrites,
      longTasks: after.longTasks.length,
      longestTask: Math.max(0, ...after.longTasks.map((t) => t.duration)),
    };
  } finally {
    await context.close();
  }
}
