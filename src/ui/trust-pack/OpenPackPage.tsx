import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { content } from '@/content';
import { linkDataToText } from '@/domain/pack-link';
import { describePack, MAX_PACK_CHARS, openPack, packSchools, readTrustPack, trustForPack, type TrustPack } from '@/domain/trust-pack';
import { useAnswers } from '@/store/answers-store';
import { arrival } from '@/store/journey';
import { toPath } from '@/ui/journey/paths';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { FileField } from '@/ui/components/FileField';
import { useLinkData } from '@/ui/components/use-link-data';
import { PackBand } from './PackBand';
import { PackDetails } from './PackDetails';
import { LinkList } from '@/ui/components/ExternalLink';
import { Heading, Page } from '@/ui/components/Page';
import { refusedFile, UNCHANGED } from '@/ui/components/refused-file';
import { formatDateLong } from '@/domain/dates';

interface Pending {
  source: string;
  pack: TrustPack;
  dropped: string[];
}

/** Opens a trust pack from a link or a file: shows it first, and adds it only when the school says so. */
export function OpenPackPage() {
  const [search] = useSearchParams();
  const data = search.get('d');
  const answers = useAnswers((s) => s.answers);
  const replace = useAnswers((s) => s.replace);
  const [pending, setPending] = useState<Pending>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** The link data last read, so "Reading…" shows until this link's pack is read. */
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<{ trustId: string; name: string; attached: boolean }>();
  const input = useRef<HTMLInputElement>(null);

  const fail = (source: string, problems: string[]) => {
    setPending(undefined);
    setErrors(refusedFile('open-pack-file', source, problems, UNCHANGED.answers));
  };
  const show = (source: string, text: string) => {
    const result = readTrustPack(text, content);
    if (!result.ok) return fail(source, result.problems);
    setErrors([]);
    setDone(undefined);
    setPending({ source, pack: result.pack, dropped: result.dropped });
  };

  const reading = useLinkData(data, linkDataToText, (result) => {
    if (result.ok) show('The link', result.text);
    else fail('The link', [result.problem]);
  });

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    if (file.size > MAX_PACK_CHARS * 4) return fail(file.name, [`The file is too big to be a trust pack (${Math.round(file.size / 1000)} kB).`]);
    show(file.name, await file.text());
  };

  const accept = () => {
    if (!pending) return;
    const result = openPack(useAnswers.getState().answers, pending.pack);
    setConfirming(false);
    if (!result.ok) return fail(pending.source, [result.problem]);
    replace(result.answers, { reason: 'pack', label: `Before you opened the pack from ${pending.pack.trustName.trim()}` });
    setDone({ trustId: result.trustId, name: pending.pack.trustName.trim(), attached: result.attached });
    setPending(undefined);
  };

  const existing = pending ? trustForPack(answers, pending.pack) : undefined;
  const firstQuestion = content.tenQuestions.questions[0];
  // Where the journey would take the school for the trust's first question (its profile first, if that is not finished).
  const questionLink = done && firstQuestion ? toPath(arrival({ page: 'question', trustId: done.trustId, questionId: firstQuestion.id }, answers)) : undefined;

  return (
    <Page title="Open a trust pack" error={errors.length > 0}>
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <Heading>Open a trust pack</Heading>
        <p className="lead">A trust pack holds a trust’s own answers to the ten questions, for schools thinking of joining it.</p>
        <p>
          When you open one, you see the trust’s answer beside each question, marked “Provided by the trust”. You still rate every
          answer yourself: the trust cannot set your ratings, and the report keeps what the trust says apart from what your school has
          checked.
        </p>
        {reading && (
          <p role="status" className="hint">
            Reading the pack in the link…
          </p>
        )}
        {done && (
          <div className="banner banner--success" role="status" aria-labelledby="pack-done-title">
            <h2 id="pack-done-title" className="banner__title">
              Done
            </h2>
            <div className="banner__body">
              <p>
                {done.attached
                  ? `The trust’s answers are now attached to ${done.name}. Your own ratings and notes are as they were.`
                  : `${done.name} has been added to your trusts, with its answers.`}
              </p>
              <ul>
                {questionLink && (
                  <li>
                    <Link to={questionLink}>
                      {questionLink.startsWith('/profile/')
                        ? `Tell us about your school first, then see ${done.name}’s answers beside the questions`
                        : `See ${done.name}’s answer beside question 1, and rate it`}
                    </Link>
                  </li>
                )}
                <li>
                  <Link to="/compare">Compare your trusts side by side</Link>
                </li>
                <li>
                  <Link to="/tasks">Go to your tasks</Link>
                </li>
              </ul>
            </div>
          </div>
        )}
        {pending && (
          <section aria-labelledby="pending-title" className="pack-preview">
            <PackBand pack={pending.pack}>
              <h2 id="pending-title" className="pack-band__title">
                {pending.pack.trustName}
              </h2>
              <p className="pack-band__name">Trust pack prepared on {formatDateLong(pending.pack.preparedOn)}</p>
            </PackBand>
            <p>
              {pending.source === 'The link' ? 'The link' : `The file ${pending.source}`} holds {describePack(pending.pack, content)}.
              {packSchools(pending.pack) && ` The trust says it has ${packSchools(pending.pack)}.`}
            </p>
            {pending.dropped.length > 0 && (
              <p className="hint">
                Left out: {pending.dropped.join('; ')}.
              </p>
            )}
            <details>
              <summary>Read the trust’s answers before adding them</summary>
              <div className="details__body">
                {content.tenQuestions.questions.map((q) => {
                  const a = pending.pack.answers[q.id];
                  return (
                    <section key={q.id}>
                      <h3>
                        {q.number}. {q.text}
                      </h3>
                      {a ? <p className="pack-text">{a.answer}</p> : <p className="hint">No answer in the pack.</p>}
                      {a?.links && <LinkList links={a.links} />}
                    </section>
                  );
                })}
                <PackDetails pack={pending.pack} />
              </div>
            </details>
            {existing ? (
              <>
                <p>
                  You already have a trust called {existing.name}. The pack will be attached to it
                  {existing.pack ? `, replacing the pack of ${formatDateLong(existing.pack.preparedOn)}` : ''}.
                </p>
                <button type="button" className="button" onClick={() => setConfirming(true)}>
                  Attach the pack to {existing.name}
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={accept}>
                Add {pending.pack.trustName} to your trusts
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => setPending(undefined)}>
              Do not add it
            </button>
          </section>
        )}

        <h2>Open a pack from a file</h2>
        <FileField
          id="open-pack-file"
          label="Choose a trust pack file (.json)"
          hint="You will see what is in it before anything is added."
          invalid={errors.length > 0}
          inputRef={input}
          onFiles={(files) => void openFile(files[0])}
        />
        <p>
          Are you a trust? <Link to="/trust-mode">Prepare a pack for schools</Link>.
        </p>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={existing ? `Attach the pack to ${existing.name}?` : 'Attach the pack?'}
        body={
          existing &&
          pending && (
            <>
              <p>
                {existing.pack
                  ? `This replaces the trust’s answers from its pack of ${formatDateLong(existing.pack.preparedOn)} with those from its pack of ${formatDateLong(pending.pack.preparedOn)}.`
                  : `${existing.name} has no pack yet, so nothing of the trust’s is replaced.`}
              </p>
              <p>Your own ratings, evidence, red flags and notes for {existing.name} are kept as they are.</p>
            </>
          )
        }
        confirmLabel="Yes, attach it"
        onConfirm={accept}
        safe
      />
    </Page>
  );
}
