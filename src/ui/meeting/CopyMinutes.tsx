import { useRef, useState } from 'react';

/**
 * The decision as text for the minutes, with a copy button. Where the browser does not let
 * the tool copy (no clipboard access, or permission refused), the text is selected instead
 * so the clerk can copy it with the keyboard.
 */
export function CopyMinutes({ text }: { text: string }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');
  const selectAll = () => {
    area.current?.focus();
    area.current?.select();
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage('Copied. Paste it into the minutes.');
    } catch {
      selectAll();
      setMessage('This browser did not let the tool copy. The text is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.');
    }
  };
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Text for the minutes</h2>
      <label className="label" htmlFor="minutes-text">
        The decision as the clerk would minute it
      </label>
      <textarea id="minutes-text" ref={area} className="minutes" readOnly value={text} rows={16} onFocus={(e) => e.currentTarget.select()} />
      <div>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy text for the minutes
        </button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
