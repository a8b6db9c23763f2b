import { useRef, useState } from 'react';
import { content } from '../../../content';
import { plural } from '../../../domain/labels';
import { importMemberFiles, MAX_MEETING_FILE_CHARS, meetingOf, type ImportResult } from '../../../domain/meeting';
import { useAnswers } from '../../../store/answers-store';
import { addMemberViews, ensureAssessmentId } from '../../../store/meeting';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import './meeting.css';

const resultId = (i: number) => `import-result-${i}`;

/** The clerk imports governors' view files: each file gets a line saying what happened to it. */
export function ImportViews() {
  const [results, setResults] = useState<ImportResult[]>([]);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const assessmentId = ensureAssessmentId();
    const read = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        // A file far too big is not read at all; readMemberViewFile then refuses it by size.
        text: file.size > MAX_MEETING_FILE_CHARS * 4 ? ' '.repeat(MAX_MEETING_FILE_CHARS + 1) : await file.text(),
      })),
    );
    const { answers } = useAnswers.getState();
    const questionIds = content.tenQuestions.questions.map((q) => q.id);
    const outcome = importMemberFiles(meetingOf(answers).views, read, questionIds, { assessmentId, trusts: answers.trusts });
    // Only the views found new are added, each merged into the latest saved answers.
    addMemberViews(outcome.results.filter((r) => r.outcome === 'added' && r.view).map((r) => r.view!));
    setResults(outcome.results);
    setBusy(false);
    if (input.current) input.current.value = '';
  };

  const added = results.filter((r) => r.outcome === 'added');
  const refused = results.map((r, i) => ({ r, i })).filter(({ r }) => r.outcome !== 'added');
  return (
    <>
      <ErrorSummary errors={refused.map(({ r, i }) => ({ field: resultId(i), message: r.message }))} />
      <FileField
        id="member-files"
        label="Choose governors’ view files (.json)"
        hint="You can choose several files at once. A file that cannot be used is named below and left out; nothing already recorded changes."
        multiple
        disabled={busy}
        inputRef={input}
        onFiles={(files) => void importFiles(files)}
      />
      <div role="status" aria-live="polite">
        {results.length > 0 && (
          <p className="progress-line">
            {plural(results.length, 'file')} read: {added.length} added, {refused.length} not added.
          </p>
        )}
      </div>
      {results.length > 0 && (
        <ul className="import-results">
          {results.map((r, i) => (
            <li key={`${i}-${r.fileName}`} id={resultId(i)} tabIndex={-1}>
              <strong className={r.outcome === 'added' ? 'tag tag--green' : 'tag tag--red'}>{r.outcome === 'added' ? 'Added' : 'Not added'}</strong>{' '}
              {r.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
