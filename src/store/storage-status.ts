import { create } from 'zustand';

/** What the app knows about saving on this device, for the header note and banners. */
export type StorageProblem =
  | 'unavailable' // disabled, or blocked by browser settings
  | 'full' // quota exceeded
  | 'corrupt' // the saved data could not be read; a copy was kept
  | undefined;

interface StorageStatus {
  problem: StorageProblem;
  /** When the last save worked (ISO time), for "Saved on this device". */
  savedAt?: string;
  /** Answers dropped on loading because the content no longer has their ids. */
  dropped: string[];
  /** Set when another tab changed the answers and this tab took them in. */
  updatedFromOtherTab: boolean;
  /** Where a copy of unreadable saved data was kept, if any. */
  backupKey?: string;
  /** Parts of the saved answers that could not be read and were set aside, in words ("One decision record could not be read…"). */
  setAside?: string;
  /** Set when the app reloaded itself into a new version of the tool. */
  newVersion?: boolean;
}

export const useStorageStatus = create<StorageStatus>()(() => ({
  problem: undefined,
  dropped: [],
  updatedFromOtherTab: false,
}));

export const reportStorage = (patch: Partial<StorageStatus>) => useStorageStatus.setState(patch);
