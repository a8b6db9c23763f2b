import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet on a machine with no network (see tests/browser/chromium.ts). */
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** CHROME_PATH, else Debian's Chromium; exits with the command to run when there is none. */
export function findChrome() {
  const path = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!path) {
    console.error('Chromium was not found. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  return path;
}
