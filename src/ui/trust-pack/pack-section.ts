import type { TrustPackDraft } from '@/domain/trust-pack';

/** What each part of the trust-mode form is given: the draft, a way to change it, and its fields' errors. */
export interface PackSectionProps {
  draft: TrustPackDraft;
  update(change: (draft: TrustPackDraft) => TrustPackDraft): void;
  errorFor(field: string): string | undefined;
}
