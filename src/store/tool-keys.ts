/*
 * The tool's keys in browser storage. Free of imports: the entry script uses it before
 * anything else has loaded (src/ui/early.ts), and "Delete all" uses it to remove them.
 */

/** Every key this tool writes starts with this: answers, set-aside copies, restore points, the trust's pack draft, display choices. */
export const KEY_PREFIX = 'join-a-trust:';

/** The tool's keys in one storage area. */
export function toolKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  return keys;
}
