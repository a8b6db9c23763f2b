import { flushSaves } from '@/store/safe-storage';

/**
 * Saves bytes or text as a file on this device (no network: a blob URL, revoked after).
 * Whatever typing is still waiting to be saved on the device is saved first, so the device
 * never holds less than a file made from it.
 */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  flushSaves();
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
