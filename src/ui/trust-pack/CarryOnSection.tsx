import type { RefObject } from 'react';
import type { TrustPackDraft } from '@/domain/trust-pack';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { FileField } from '@/ui/components/FileField';

interface CarryOnProps {
  errorFor(field: string): string | undefined;
  openInput: RefObject<HTMLInputElement | null>;
  openPackFile(file: File | undefined): Promise<void>;
  /** The pack as it was before opening a file or starting a new one, so either can be undone. */
  previous: TrustPackDraft | undefined;
  startNew(): void;
  undo(previous: TrustPackDraft): void;
}

/** Opening a pack file to carry on editing it, starting a new pack, and undoing either. */
export function CarryOnSection({ errorFor, openInput, openPackFile, previous, startNew, undo }: CarryOnProps) {
  return (
    <>
      <h2>Carry on on another device</h2>
      <p>Save the pack to a file, then open it here on the other device to carry on editing it.</p>
      <FileField
        id="pack-open-file"
        label="Open a trust pack file to edit (.json)"
        hint="This replaces the pack you are preparing on this device."
        invalid={Boolean(errorFor('pack-open-file'))}
        inputRef={openInput}
        onFiles={(files) => void openPackFile(files[0])}
      />
      <ConfirmDialog
        trigger={
          <button type="button" className="button button--warning">
            Start a new pack
          </button>
        }
        title="Start a new pack?"
        body={<p>This deletes the pack you are preparing from this device. If you might need it, save it to a file first.</p>}
        confirmLabel="Yes, delete it and start again"
        onConfirm={startNew}
      />
      {previous && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => undo(previous)}
          >
            Undo: bring back the pack you were preparing
          </button>
        </p>
      )}
    </>
  );
}
