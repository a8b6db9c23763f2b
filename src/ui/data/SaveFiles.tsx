import { useRef, useState } from 'react';
import { content } from '@/content';
import type { Answers } from '@/domain/answers';
import { describeSetAside, type SetAsidePart } from '@/domain/salvage';
import { describeAnswers, hasAnything, MAX_FILE_BYTES, readSaveFile, saveFileName, toSaveFile } from '@/domain/save-file';
import { useAnswers } from '@/store/answers-store';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { FileField } from '@/ui/components/FileField';
import { today } from '@/domain/dates';
import { downloadFile } from '@/ui/components/download';
import { refusedFile, UNCHANGED } from '@/ui/components/refused-file';

interface Pending {
  fileName: string;
  answers: Answers;
  dropped: string[];
  setAside: SetAsidePart[];
}

/**
 * Save the whole assessment to a file, and open one, on any device. What happened is said in
 * `message`, which the page owns, so that whatever happens next on the page replaces it.
 */
export function SaveFiles({ message, onMessage: setMessage }: { message: string; onMessage(text: string): void }) {
  const answers = useAnswers((s) => s.answers);
  const replace = useAnswers((s) => s.replace);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [pending, setPending] = useState<Pending>();
  const input = useRef<HTMLInputElement>(null);

  const save = () => {
    const file = toSaveFile(answers, content.meta.contentVersion, new Date().toISOString());
    downloadFile(saveFileName(answers, today()), JSON.stringify(file, null, 2), 'application/json');
    setMessage('Your answers have been saved to a file. Look in your Downloads folder.');
  };

  const accept = (p: Pending) => {
    // What was here before is kept as a restore point (see "Go back to an earlier copy").
    replace(p.answers, { reason: 'import', label: `Before you opened ${p.fileName}` });
    setPending(undefined);
    const dropped = p.dropped.length > 0 ? ` ${p.dropped.length} answer(s) to questions that no longer exist were left out.` : '';
    const setAside = p.setAside.length > 0 ? ` ${describeSetAside(p.setAside).replace('has been set aside; everything else is here', 'was left out; everything else is here').replace('have been set aside; everything else is here', 'were left out; everything else is here')} The file itself is unchanged.` : '';
    setMessage(`Opened ${p.fileName}: ${describeAnswers(p.answers)}.${dropped}${setAside}`);
  };

  const open = async (file: File | undefined) => {
    setMessage('');
    if (!file) return;
    const fail = (problems: string[]) => setErrors(refusedFile('open-file', file.name, problems, UNCHANGED.answers));
    if (file.size > MAX_FILE_BYTES) {
      fail([`The file is too big (${Math.round(file.size / 1000)} kB). A save file from this tool is under ${MAX_FILE_BYTES / 1_000_000} MB.`]);
      return;
    }
    const result = readSaveFile(await file.text(), content);
    if (input.current) input.current.value = '';
    if (!result.ok) {
      fail(result.problems);
      return;
    }
    setErrors([]);
    const next = { fileName: file.name, answers: result.answers, dropped: result.dropped, setAside: result.setAside };
    if (hasAnything(answers)) setPending(next);
    else accept(next);
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <h2>Save your answers to a file</h2>
      <p>
        Use a file to keep a copy, to carry on using another device, or to pass your answers to someone else. The file holds everything
        you have entered, including notes, so keep it as safe as any school document.
      </p>
      <button type="button" className="button button--secondary" onClick={save}>
        Save answers to a file
      </button>
      <h2>Open a saved file</h2>
      <FileField
        id="open-file"
        label="Choose a save file (.json)"
        hint="If you already have answers on this device, you will be asked before anything is replaced."
        invalid={errors.length > 0}
        inputRef={input}
        onFiles={(files) => void open(files[0])}
      />
      <p role="status" aria-live="polite">
        {message}
      </p>
      <ConfirmDialog
        open={pending !== undefined}
        onOpenChange={(o) => !o && setPending(undefined)}
        title="Replace your current answers?"
        body={
          pending && (
            <>
              <p>
                Opening <strong>{pending.fileName}</strong> replaces everything on this device.
              </p>
              <p>
                You have now: {describeAnswers(answers)}.
                <br />
                The file has: {describeAnswers(pending.answers)}.
              </p>
              <p>What you have now is kept on this device first, so you can go back to it from “Go back to an earlier copy” below.</p>
            </>
          )
        }
        confirmLabel="Yes, replace my answers"
        onConfirm={() => pending && accept(pending)}
      />
    </>
  );
}
