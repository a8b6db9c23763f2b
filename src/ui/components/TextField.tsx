import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorSummary';
import { Heading } from './Page';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  labelIsHeading?: boolean;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string;
  multiline?: boolean;
  autoComplete?: string;
  maxLength?: number;
}

/** A labelled text input or textarea with hint and error, GOV.UK style. */
export function TextField(props: TextFieldProps) {
  const { id, label, labelIsHeading, hint, value, onChange, error, multiline, autoComplete, maxLength } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelElement = (
    <label className={labelIsHeading ? 'label h1' : 'label'} htmlFor={id}>
      {label}
    </label>
  );
  const common = {
    id,
    name: id,
    value,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    spellCheck: true,
  } as const;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {labelIsHeading ? <Heading>{labelElement}</Heading> : labelElement}
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {multiline ? (
        <textarea {...common} className={`textarea${error ? ' textarea--error' : ''}`} rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          className={`input${error ? ' input--error' : ''}`}
          autoComplete={autoComplete ?? 'off'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
