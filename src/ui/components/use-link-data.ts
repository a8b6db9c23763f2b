import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Reads what a link carries after `?d=` (an invitation, a trust pack) once per value, and hands
 * the result to `onRead`. A newer value replaces an older one still being read, whose result is
 * then dropped. Returns true while the link's data is being read.
 */
export function useLinkData<T>(data: string | null, read: (data: string) => Promise<T>, onRead: (result: T) => void): boolean {
  const [readData, setReadData] = useState<string | null>(null);
  const latest = useRef({ read, onRead });
  useLayoutEffect(() => {
    latest.current = { read, onRead };
  });
  useEffect(() => {
    if (data === null) return;
    let current = true;
    void latest.current.read(data).then((result) => {
      if (!current) return;
      setReadData(data);
      latest.current.onRead(result);
    });
    return () => {
      current = false;
    };
  }, [data]);
  return data !== null && readData !== data;
}
