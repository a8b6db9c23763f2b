import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const installCommand = 'apt-get update && apt-get install -y chromium poppler-utils';

/**
 * Finds Chromium: CHROME_PATH, then the usual Debian places. When it is missing and we are
 * root on Debian or Ubuntu, installs it (and says so); otherwise fails with the command to run.
 * Browser tests never skip silently.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.info(`Chromium is missing: installing it with "${installCommand}" (running as root on Debian/Ubuntu).`);
    execFileSync('bash', ['-c', `${installCommand} >/dev/null`], { stdio: 'inherit' });
    const installed = candidates.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(`Chromium was not found. Install it with:\n  sudo ${installCommand}\nor set CHROME_PATH to a Chromium or Chrome binary.`);
}

/** Flags that keep Chromium quiet on a machine with no network (see toolchain notes). */
export { chromeFlags as chromiumArgs } from '../tools/chrome.mjs';
