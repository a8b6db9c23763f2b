import { useState } from 'react';

/** An on/off display choice (not an answer) remembered on this device; storage faults are ignored. */
export function useRememberedFlag(key: string): [boolean, (next: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) === 'on';
    } catch {
      return false;
    }
  });
  const set = (next: boolean) => {
    setValue(next);
    try {
      localStorage.setItem(key, next ? 'on' : 'off');
    } catch {
      // A display choice that cannot be saved still works for this visit.
    }
  };
  return [value, set];
}
