import type { ReactNode, Ref } from 'react';

interface FileFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Marks the field as having a problem (the message itself is in the error summary). */
  invalid?: boolean;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onFiles(files: File[]): void;
}

/** A labelled file picker. The file is read on this device; nothing is uploaded. */
export function FileField({ id, label, hint, invalid, accept = '.json,application/json', multiple, disabled, inputRef, onFiles }: FileFieldProps) {
  return (
    <div className={`form-group${invalid ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onFiles([...(e.target.files ?? [])])}
      />
    </div>
  );
}
