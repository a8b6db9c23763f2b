import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

interface DialogProps {
  /** Omit for a dialog opened from code (controlled with `open`). */
  trigger?: ReactNode;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?(open: boolean): void;
}

/** An accessible modal dialog (Radix): focus is trapped and returns to the trigger. */
export function Dialog({ trigger, title, description, children, open, defaultOpen, onOpenChange }: DialogProps) {
  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog__overlay" />
        <RadixDialog.Content className="dialog__content">
          <RadixDialog.Title asChild>
            <h2>{title}</h2>
          </RadixDialog.Title>
          {description ? (
            <RadixDialog.Description asChild>
              <div>{description}</div>
            </RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export const DialogClose = RadixDialog.Close;

/** "Are you sure?" with a clear, named consequence and two buttons. */
export function ConfirmDialog(props: {
  /** The button that opens it; omit it and pass `open` to open the dialog from code. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?(open: boolean): void;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  defaultOpen?: boolean;
  /** A confirmation that destroys nothing gets the ordinary button, not the red one. */
  safe?: boolean;
}) {
  return (
    <Dialog
      trigger={props.trigger}
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.title}
      description={props.body}
      defaultOpen={props.defaultOpen}
    >
      <div className="cluster">
        <DialogClose asChild>
          <button type="button" className={props.safe ? 'button' : 'button button--warning'} onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </DialogClose>
        <DialogClose asChild>
          <button type="button" className="button button--secondary">
            Cancel
          </button>
        </DialogClose>
      </div>
    </Dialog>
  );
}
