import { useEffect, useRef, useState } from 'react';
import { content } from '@/content';
import { plural } from '@/domain/labels';
import { VIEW_LIMITS } from '@/domain/limits';
import { LINK_LIMIT, linkDataIn } from '@/domain/pack-link';
import { meetingOf } from '@/domain/meeting';
import { importMemberFiles, MAX_MEETING_FILE_CHARS, type ImportFile, type ImportResult } from '@/domain/meeting-files';
import { memberViewLinkText, VIEW_ROUTE } from '@/domain/meeting-link';
import { useAnswers } from '@/store/answers-store';
import { addMemberViews, ensureAssessmentId } from '@/store/meeting';
import { ErrorSummary } from '@/ui/components/ErrorSummary';
import { TextField } from '@/ui/components/TextField';
import { FileField } from '@/ui/components/FileField';
import './meeting.css';

const resultId = (i: number) => `import-result-${i}`;
/** Room for a link to every view an assessment can hold, one on each line. */
const MAX_PASTED_LINKS = VIEW_LIMITS.views * (LINK_LIMIT + 1);
const added = (r: ImportResult) => r.outcome === 'added' || r.outcome === 'replaced';

/** A link's view as an import "file" (its text), or the reason it cannot be read. */
async function fromLink(name: string, data: string | null): Promise<ImportFile | ImportResult> {
  if (!data) return { fileName: name, outcome: 'refused', message: `${name} was not added. It is not a link to a governor’s view from this tool.` };
  const text = await memberViewLinkText(data);
  return text.ok ? { name, text: text.text, from: name.toLowerCase() } : { fileName: name, outcome: 'refused', message: `${name} was not added. ${text.problem}` };
}

/**
 * Reads governors' views (files or links) with the same checks, merges the new ones into the
 * latest saved answers, and gives a line for each saying what happened to it.
 */
async function importViews(sources: (ImportFile | ImportResult)[]): Promise<ImportResult[]> {
  const files = sources.filter((s): s is ImportFile => 'text' in s);
  const assessmentId = ensureAssessmentId();
  const { answers } = useAnswers.getState();
  const questionIds = content.tenQuestions.questions.map((q) => q.id);
  const outcome = importMemberFiles(meetingOf(answers).views, files, questionIds, { assessmentId, trusts: answers.trusts });
  // Only the views found new (or newer) are added, each merged into the latest saved answers.
  addMemberViews(outcome.results.filter((r) => added(r) && r.view).map((r) => r.view!));
  // importMemberFiles gives one result per file, in order.
  let next = 0;
  return sources.map((s) => ('text' in s ? outcome.results[next++]! : s));
}

function Results({ results }: { results: ImportResult[] }) {
  const count = results.filter(added).length;
  return (
    <>
      <div role="status" aria-live="polite">
        {results.length > 0 && (
          <p className="progress-line">
            {plural(results.length, results.every((r) => r.fileName.startsWith('Link') || r.fileName === 'The link') ? 'link' : 'file')} read: {count}{' '}
            added, {results.length - count} not added.
          </p>
        )}
      </div>
      {results.length > 0 && (
        <ul className="import-results">
          {results.map((r, i) => (
            <li key={`${i}-${r.fileName}`} id={resultId(i)} tabIndex={-1}>
              {/* A view added or updated says so in its own sentence ("Added Priya’s view …"); one not added is tagged. */}
              {!added(r) && (
                <>
                  <strong className="tag tag--red">Not added</strong>{' '}
                </>
              )}
              {r.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A governor's view opened from its link (…#/meeting/add-view?d=…): read and added, with the same checks as a file. */
export function ViewFromLink({ data }: { data: string }) {
  const [results, setResults] = useState<ImportResult[]>([]);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    let current = true;
    void fromLink('The link', data)
      .then((source) => importViews([source]))
      .then((done) => {
        if (!current) return;
        setResults(done);
        box.current?.focus();
      });
    return () => {
      current = false;
    };
  }, [data]);
  const ok = results.some(added);
  return (
    <section
      ref={box}
      tabIndex={-1}
      className={`banner ${results.length === 0 ? '' : ok ? 'banner--success' : 'banner--warning'}`}
      aria-labelledby="view-link-title"
    >
      <h2 id="view-link-title" className="banner__title">
        A governor’s view from a link
      </h2>
      <div className="banner__body">{results.length === 0 ? <p role="status">Reading the view in the link…</p> : <Results results={results} />}</div>
    </section>
  );
}

/** The clerk adds governors' views: files, or links pasted in. Each gets a line saying what happened to it. */
export function ImportViews() {
  const [results, setResults] = useState<ImportResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const run = async (sources: Promise<ImportFile | ImportResult>[]) => {
    if (sources.length === 0) return;
    setBusy(true);
    setResults(await importViews(await Promise.all(sources)));
    setBusy(false);
  };
  const importFiles = (files: File[]) => {
    void run(
      files.map(async (file) => ({
        name: file.name,
        // A file far too big is not read at all; readMemberViewFile then refuses it by size.
        text: file.size > MAX_MEETING_FILE_CHARS * 4 ? ' '.repeat(MAX_MEETING_FILE_CHARS + 1) : await file.text(),
      })),
    );
    if (input.current) input.current.value = '';
  };
  const importLinks = (event: React.FormEvent) => {
    event.preventDefault();
    const links = pasted.split(/\s+/).filter(Boolean);
    void run(links.map((link, i) => fromLink(links.length === 1 ? 'The link' : `Link ${i + 1}`, linkDataIn(link, VIEW_ROUTE))));
    setPasted('');
  };

  const refused = results.map((r, i) => ({ r, i })).filter(({ r }) => !added(r));
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
        onFiles={importFiles}
      />
      <form onSubmit={importLinks} className="form-group">
        <TextField
          id="member-links"
          label="Or paste links to governors’ views"
          hint="A governor who sent their view as a link: open the link on this device, or paste it here. You can paste several, one on each line."
          value={pasted}
          onChange={setPasted}
          multiline
          maxLength={MAX_PASTED_LINKS}
        />
        <button type="submit" className="button button--secondary" aria-disabled={busy || pasted.trim() === ''}>
          Add the views in these links
        </button>
      </form>
      <Results results={results} />
    </>
  );
}
