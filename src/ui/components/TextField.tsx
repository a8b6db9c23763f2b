import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { count } from '@/domain/limits';
import { ErrorMessage } from './ErrorSummary';
import { Heading } from './Page';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  labelIsHeading?: boolean;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  /** When the field loses focus, with its value (for example to trim it). */
  onBlur?(value: string): void;
  error?: string;
  multiline?: boolean;
  autoComplete?: string;
  /** The most characters the field holds: the saved data's own limit (see domain/limits.ts). */
  maxLength?: number;
  /** A number: a short box, and a number keypad on phones. */
  numeric?: boolean;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * What a paste leaves in a field that holds at most `max` characters, and what to say about it;
 * null when the paste fits. The paste goes where the cursor is (replacing any selection), and
 * only what fits is kept, so nothing already typed is lost.
 */
export function pasteIntoLimit(
  value: string,
  selection: { start: number; end: number },
  pasted: string,
  max: number,
  multiline: boolean,
): { value: string; caret: number; message: string } | null {
  // Text boxes keep line breaks as "\n"; a one-line box has none.
  const text = multiline ? pasted.replace(/\r\n?/g, '\n') : pasted.replace(/\r\n?|\n/g, ' ');
  const room = max - (value.length - (selection.end - selection.start));
  if (text.length <= room) return null;
  let kept = text.slice(0, Math.max(0, room));
  // Never keep half of a character made of two code units (an emoji, say).
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  const message =
    kept.length === 0
      ? `Nothing was pasted: this box is full. It holds up to ${count(max)} characters.`
      : `Only the first ${count(kept.length)} of the ${count(text.length)} characters you pasted were kept. This box holds up to ${count(max)} characters.`;
  return { value: value.slice(0, selection.start) + kept + value.slice(selection.end), caret: selection.start + kept.length, message };
}

/**
 * A labelled text input or textarea with hint and error, GOV.UK style. With maxLength, typing
 * stops at the limit, and a paste that would go past it is cut to fit with a message that
 * says how much was kept (a browser would cut it without a word).
 */
export function TextField(props: TextFieldProps) {
  const { id, label, labelIsHeading, hint, value, onChange, onBlur, error, multiline, autoComplete, maxLength, numeric } = props;
  const [pasteMessage, setPasteMessage] = useState('');
  const caret = useRef<number | null>(null);
  const field = useRef<Field>(null);
  useLayoutEffect(() => {
    if (caret.current === null || !field.current) return;
    field.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const pasteId = pasteMessage ? `${id}-paste` : undefined;
  const describedBy = [hintId, errorId, pasteId].filter(Boolean).join(' ') || undefined;
  const labelElement = (
    <label className={labelIsHeading ? 'label h1' : 'label'} htmlFor={id}>
      {label}
    </label>
  );
  const change = (next: string) => {
    setPasteMessage('');
    onChange(next);
  };
  const paste = (event: React.ClipboardEvent<Field>) => {
    if (maxLength === undefined) return;
    const target = event.currentTarget;
    const start = target.selectionStart ?? value.length;
    const end = target.selectionEnd ?? start;
    const result = pasteIntoLimit(value, { start, end }, event.clipboardData.getData('text/plain'), maxLength, Boolean(multiline));
    if (!result) return;
    event.preventDefault();
    caret.current = result.caret;
    setPasteMessage(result.message);
    onChange(result.value);
  };
  const common = {
    id,
    name: id,
    value,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    spellCheck: true,
    onPaste: paste,
    onBlur: onBlur ? () => onBlur(value) : undefined,
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
      <div role="status">
        {pasteMessage && (
          <p className="error-message" id={pasteId}>
            <span className="visually-hidden">Warning: </span>
            {pasteMessage}
          </p>
        )}
      </div>
      {multiline ? (
        <textarea
          {...common}
          ref={field as React.RefObject<HTMLTextAreaElement>}
          className={`textarea${error ? ' textarea--error' : ''}`}
          rows={5}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input
          {...common}
          ref={field as React.RefObject<HTMLInputElement>}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          className={`input${numeric ? ' input--short' : ''}${error ? ' input--error' : ''}`}
          autoComplete={autoComplete ?? 'off'}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </div>
  );
}
