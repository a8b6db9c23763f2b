import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { content } from '@/content';
import { checkBrandColour } from '@/domain/contrast';
import { buildPackLink, LINK_LIMIT, type LinkBuild } from '@/domain/pack-link';
import {
  aboutFields,
  aboutLabels,
  checkPack,
  describePack,
  emptyPack,
  finishPack,
  logoProblem,
  MAX_PACK_CHARS,
  PACK_LIMITS,
  packFileName,
  readTrustPack,
  toPackFile,
  type PackContact,
  type PackLink,
  type TrustPack,
  type TrustPackDraft,
} from '@/domain/trust-pack';
import { syncTrustPackAcrossTabs, TRUST_PACK_KEY, useTrustPack } from '@/store/trust-pack-store';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { FileField } from '@/ui/components/FileField';
import { LinksEditor } from './LinksEditor';
import { PackBand } from './PackBand';
import { Heading, Page } from '@/ui/components/Page';
import { Radios } from '@/ui/components/Radios';
import { TextField } from '@/ui/components/TextField';
import { TrustAnswerPanel } from './TrustAnswerPanel';
import { today } from '@/domain/dates';
import { capitalise } from '@/domain/labels';
import { downloadFile } from '@/ui/components/download';
import { refusedFile, UNCHANGED } from '@/ui/components/refused-file';

const DEFAULT_COLOUR = '#1d3557';
const blankLink = (l: PackLink) => l.title.trim() === '' && l.url.trim() === '';
const blankContact = (c: PackContact) => !c.name.trim() && !c.role.trim() && !c.email?.trim() && !c.phone?.trim();

/** The draft row a finished pack's row came from (finishing leaves out empty rows). */
function draftRow<T>(rows: T[], isBlank: (row: T) => boolean, finishedIndex: number): number {
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    if (!isBlank(rows[i] as T)) seen++;
    if (seen === finishedIndex) return i;
  }
  return finishedIndex;
}

/** The id of the field a problem in a finished pack belongs to. */
function fieldFor(path: PropertyKey[], draft: TrustPackDraft): string {
  const [first, second, third, fourth, fifth] = path;
  if (first === 'trustName') return 'pack-trust-name';
  if (first === 'about' && typeof second === 'string') return `pack-about-${second}`;
  if (first === 'schools') return 'pack-schools';
  if (first === 'colour') return 'pack-colour';
  if (first === 'logo') return 'pack-logo';
  if (first === 'contacts' && typeof second === 'number') {
    return `pack-contact-${draftRow(draft.contacts, blankContact, second)}-${String(third ?? 'name')}`;
  }
  if (first === 'links' && typeof second === 'number') return `pack-link-${draftRow(draft.links, blankLink, second)}-${String(third ?? 'url')}`;
  if (first === 'answers' && typeof second === 'string') {
    if (third === 'links' && typeof fourth === 'number') {
      return `pack-answer-${second}-link-${draftRow(draft.answers[second]?.links ?? [], blankLink, fourth)}-${String(fifth ?? 'url')}`;
    }
    return `pack-answer-${second}`;
  }
  return 'pack-trust-name';
}

/** Trust mode: a trust writes its own answers to the ten questions and shares them as a file or a link. */
export function TrustModePage() {
  useEffect(() => syncTrustPackAcrossTabs(), []);
  const draft = useTrustPack((s) => s.draft);
  const update = useTrustPack((s) => s.update);
  const replace = useTrustPack((s) => s.replace);
  const reset = useTrustPack((s) => s.reset);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState('');
  /** The pack as it was before opening a file or starting a new one, so either can be undone. */
  const [previous, setPrevious] = useState<TrustPackDraft>();
  const keepForUndo = () => {
    const before = useTrustPack.getState().draft;
    setPrevious(JSON.stringify(before) === JSON.stringify(emptyPack()) ? undefined : before);
  };
  const [link, setLink] = useState<LinkBuild>();
  const [busy, setBusy] = useState(false);
  const logoInput = useRef<HTMLInputElement>(null);
  const openInput = useRef<HTMLInputElement>(null);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const colourCheck = checkBrandColour(draft.colour);
  const questions = content.tenQuestions.questions;

  const setAnswer = (id: string, patch: { answer?: string; links?: PackLink[] }) =>
    update((d) => {
      const current = d.answers[id] ?? { answer: '' };
      return { ...d, answers: { ...d.answers, [id]: { ...current, ...patch } } };
    });
  const setContacts = (contacts: PackContact[]) => update((d) => ({ ...d, contacts }));
  const setContact = (index: number, patch: Partial<PackContact>) =>
    setContacts(draft.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  /** The pack as it will be shared, or null after showing what to fix. */
  const finished = (): TrustPack | null => {
    setLink(undefined);
    setMessage('');
    const result = checkPack(finishPack(draft, today()), content);
    if (!result.ok) {
      const seen = new Set<string>();
      setErrors(
        result.problems.flatMap((p) => {
          const field = fieldFor(p.path, draft);
          if (seen.has(field)) return [];
          seen.add(field);
          return [{ field, message: p.sentence }];
        }),
      );
      return null;
    }
    setErrors([]);
    return result.pack;
  };

  const saveFile = () => {
    const pack = finished();
    if (!pack) return;
    downloadFile(packFileName(pack), JSON.stringify(toPackFile(pack), null, 2), 'application/json');
    setMessage(`Your pack has been saved as ${packFileName(pack)}: ${describePack(pack, content)}. Look in your Downloads folder.`);
  };

  const makeLink = async () => {
    if (busy) return;
    const pack = finished();
    if (!pack) return;
    setBusy(true);
    try {
      const built = await buildPackLink(pack, window.location.href);
      setLink(built);
      setMessage(
        built.fits
          ? `Your link is ready (${built.link.length.toLocaleString('en-GB')} characters).${built.leftOutLogo ? ' It leaves out your logo, which is too big for a link; the file has it.' : ''}`
          : `Your pack is too big for a link (${built.link.length.toLocaleString('en-GB')} characters; the most is ${LINK_LIMIT.toLocaleString('en-GB')}). Save it to a file and send the file instead.`,
      );
    } catch (error) {
      setMessage(`Sorry, the link could not be made (${error instanceof Error ? error.message : String(error)}). Save the pack to a file instead.`);
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    if (!link?.fits) return;
    try {
      await navigator.clipboard.writeText(link.link);
      setMessage('The link has been copied. Paste it into an email or a message to a school.');
    } catch {
      setMessage('The link could not be copied for you. Select it in the box and copy it yourself.');
    }
  };

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const fail = (text: string) => {
      setErrors([{ field: 'pack-logo', message: `${file.name} could not be added. ${capitalise(text)}` }]);
      if (logoInput.current) logoInput.current.value = '';
    };
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return fail('the logo must be a PNG or JPEG picture. SVG is not accepted, because it can carry code.');
    if (file.size > PACK_LIMITS.logoBytes) return fail(`the logo is ${Math.ceil(file.size / 1000)} kB, and the most is 100 kB. Make it smaller and try again.`);
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    }).catch(() => '');
    const problem = logoProblem(dataUrl);
    if (problem) return fail(`${problem}.`);
    setErrors([]);
    update((d) => ({ ...d, logo: dataUrl }));
    setMessage(`Your logo ${file.name} has been added.`);
  };

  const openPackFile = async (file: File | undefined) => {
    if (!file) return;
    const fail = (problems: string[]) => setErrors(refusedFile('pack-open-file', file.name, problems, UNCHANGED.pack));
    if (openInput.current) openInput.current.value = '';
    if (file.size > MAX_PACK_CHARS * 4) return fail(['The file is too big to be a trust pack.']);
    const result = readTrustPack(await file.text(), content);
    if (!result.ok) return fail(result.problems);
    setErrors([]);
    keepForUndo();
    replace(result.pack);
    setMessage(`Opened ${file.name}: ${result.pack.trustName}, ${describePack(result.pack, content)}. You can carry on editing it.`);
  };

  const firstAnswered = questions.find((q) => draft.answers[q.id]?.answer.trim()) ?? questions[0];
  const preview = finishPack(draft, today());

  return (
    <Page title="Prepare a trust pack" error={errors.length > 0}>
      <div className="narrow">
        <ErrorSummary errors={errors} />
        <Heading caption="For trusts">Prepare a pack for schools</Heading>
        <p className="lead">
          Answer Carter’s ten questions for schools thinking of joining your trust, then share your answers as a file or a link.
        </p>
        <p>
          A school that opens your pack sees your answer beside each question, marked “Provided by the trust”. The school rates your
          answers itself: a pack cannot hold ratings.
        </p>
        <p className="hint">
          Your pack is saved on this device as you type (under “{TRUST_PACK_KEY}”), apart from any school’s answers. Nothing is sent
          anywhere. Everything in it will be readable by anyone you share it with, so leave out anything private.
        </p>

        <h2>About your trust</h2>
        <TextField
          id="pack-trust-name"
          label="Name of the trust"
          hint="As schools know it. A school that has already added your trust by this name gets your answers attached to it."
          value={draft.trustName}
          onChange={(v) => update((d) => ({ ...d, trustName: v }))}
          error={errorFor('pack-trust-name')}
          maxLength={PACK_LIMITS.trustName}
          autoComplete="organization"
        />
        <TextField
          id="pack-schools"
          label="Number of schools in the trust (optional)"
          hint={`A whole number, from 1 to ${PACK_LIMITS.schools}. Schools comparing trusts see it beside your central charge.`}
          value={draft.schools === undefined ? '' : String(draft.schools)}
          onChange={(v) => update(({ schools: _schools, ...d }) => (v === '' ? d : { ...d, schools: v }))}
          error={errorFor('pack-schools')}
          maxLength={PACK_LIMITS.schoolsText}
          numeric
        />
        {aboutFields.map((field) => (
          <TextField
            key={field}
            id={`pack-about-${field}`}
            label={`${aboutLabels[field].label} (optional)`}
            hint={aboutLabels[field].hint}
            value={draft.about?.[field] ?? ''}
            onChange={(v) => update((d) => ({ ...d, about: { ...d.about, [field]: v } }))}
            error={errorFor(`pack-about-${field}`)}
            multiline
            maxLength={PACK_LIMITS.about}
          />
        ))}

        <h2>Logo and colour</h2>
        <div className={`form-group${errorFor('pack-logo') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="pack-logo">
            Logo (optional)
          </label>
          <p className="hint" id="pack-logo-hint">
            A PNG or JPEG picture of 100 kB or less. SVG is not accepted, because an SVG file can carry code.
          </p>
          {errorFor('pack-logo') && (
            <p className="error-message" id="pack-logo-error">
              <span className="visually-hidden">Error: </span>
              {errorFor('pack-logo')}
            </p>
          )}
          <input
            ref={logoInput}
            id="pack-logo"
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={`pack-logo-hint${errorFor('pack-logo') ? ' pack-logo-error' : ''}`}
            onChange={(e) => void chooseLogo(e.target.files?.[0])}
          />
          {draft.logo && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => update(({ logo: _logo, ...d }) => d)}>
                Remove the logo
              </button>
            </p>
          )}
        </div>
        <Radios
          name="pack-colour-choice"
          legend="Colour"
          hint="Your colour is used only for the band at the top of your answers, and only if white text on it is easy to read."
          options={[
            { value: 'default', label: 'Use the tool’s own dark blue' },
            { value: 'own', label: 'Use our colour' },
          ]}
          value={draft.colour ? 'own' : 'default'}
          onChange={(v) => update(({ colour: _colour, ...d }) => (v === 'own' ? { ...d, colour: DEFAULT_COLOUR } : d))}
          conditional={{
            own: (
              <div className="form-group">
                <label className="label" htmlFor="pack-colour">
                  Your colour
                </label>
                <input
                  id="pack-colour"
                  type="color"
                  className="pack-colour-input"
                  value={draft.colour ?? DEFAULT_COLOUR}
                  aria-describedby="pack-colour-check"
                  onChange={(e) => update((d) => ({ ...d, colour: e.target.value }))}
                />
              </div>
            ),
          }}
        />
        <p id="pack-colour-check" role="status" className={colourCheck.ratio !== null && !colourCheck.use ? 'warning-text' : undefined}>
          {colourCheck.message}
        </p>
        <p className="hint">How the top of your answers will look:</p>
        <PackBand pack={{ ...draft, trustName: draft.trustName.trim() || 'Your trust' }}>
          <p className="pack-band__title">Provided by the trust</p>
          <p className="pack-band__name">{draft.trustName.trim() || 'Your trust'}</p>
        </PackBand>

        <h2>Your answers to the ten questions</h2>
        <p>
          Answer in plain words, as you would to a headteacher or a chair of governors. Say what happens in practice, and link to
          documents that show it. You can leave a question out, but schools will notice.
        </p>
        {questions.map((q) => {
          const answer = draft.answers[q.id] ?? { answer: '' };
          return (
            <section key={q.id} className="pack-question" aria-labelledby={`pack-q-${q.id}`}>
              <h3 id={`pack-q-${q.id}`}>
                {q.number}. {q.shortTitle}
              </h3>
              <TextField
                id={`pack-answer-${q.id}`}
                label={q.text}
                hint={q.strongAnswer[0] ? `A strong answer, for example: ${q.strongAnswer[0]}` : undefined}
                value={answer.answer}
                onChange={(v) => setAnswer(q.id, { answer: v })}
                error={errorFor(`pack-answer-${q.id}`)}
                multiline
                maxLength={PACK_LIMITS.answer}
              />
              <LinksEditor
                id={`pack-answer-${q.id}-link`}
                noun={`Link for question ${q.number}`}
                links={answer.links ?? []}
                max={PACK_LIMITS.linksPerAnswer}
                onChange={(links) => setAnswer(q.id, { links })}
                errorFor={errorFor}
              />
            </section>
          );
        })}

        <h2>Who schools can contact</h2>
        {draft.contacts.map((c, i) => (
          <fieldset key={i} className="pack-row">
            <legend className="legend--medium">Contact {i + 1}</legend>
            <TextField id={`pack-contact-${i}-name`} label="Name" value={c.name} onChange={(v) => setContact(i, { name: v })} error={errorFor(`pack-contact-${i}-name`)} maxLength={PACK_LIMITS.contactText} autoComplete="name" />
            <TextField id={`pack-contact-${i}-role`} label="Role" hint="For example, Chief executive" value={c.role} onChange={(v) => setContact(i, { role: v })} error={errorFor(`pack-contact-${i}-role`)} maxLength={PACK_LIMITS.contactText} autoComplete="organization-title" />
            <TextField id={`pack-contact-${i}-email`} label="Email (optional)" value={c.email ?? ''} onChange={(v) => setContact(i, { email: v })} error={errorFor(`pack-contact-${i}-email`)} maxLength={PACK_LIMITS.email} autoComplete="email" />
            <TextField id={`pack-contact-${i}-phone`} label="Phone (optional)" value={c.phone ?? ''} onChange={(v) => setContact(i, { phone: v })} error={errorFor(`pack-contact-${i}-phone`)} maxLength={PACK_LIMITS.phone} autoComplete="tel" />
            <button type="button" className="button button--secondary" onClick={() => setContacts(draft.contacts.filter((_, j) => j !== i))}>
              Remove contact {i + 1}
            </button>
          </fieldset>
        ))}
        {draft.contacts.length < PACK_LIMITS.contacts ? (
          <button type="button" className="button button--secondary" onClick={() => setContacts([...draft.contacts, { name: '', role: '' }])}>
            Add {draft.contacts.length === 0 ? 'a' : 'another'} contact
          </button>
        ) : (
          <p className="hint">That is the most: {PACK_LIMITS.contacts} contacts.</p>
        )}

        <h2>Published documents</h2>
        <p>Link to documents schools should read: your accounts, scheme of delegation, improvement plan and Ofsted reports.</p>
        <LinksEditor
          id="pack-link"
          noun="Document"
          links={draft.links}
          max={PACK_LIMITS.links}
          onChange={(links) => update((d) => ({ ...d, links }))}
          errorFor={errorFor}
        />

        <h2>Share your pack</h2>
        {firstAnswered && (
          <details>
            <summary>See what a school sees beside question {firstAnswered.number}</summary>
            <div className="details__body">
              <TrustAnswerPanel pack={{ ...preview, trustName: preview.trustName || 'Your trust' }} questionId={firstAnswered.id} />
            </div>
          </details>
        )}
        <p>
          Send schools the pack as a file, or as a link. A link holds the whole pack after its # sign, a part of a web address that
          browsers never send to any website, so no server sees your pack. A link can be at most {LINK_LIMIT.toLocaleString('en-GB')}{' '}
          characters, so that email and chat do not cut it short; a long pack, or one with a logo, may have to go as a file.
        </p>
        <div className="cluster">
          <button type="button" className="button" onClick={saveFile}>
            Save the pack to a file
          </button>
          <button type="button" className="button button--secondary" onClick={() => void makeLink()} aria-disabled={busy}>
            {busy ? 'Making the link…' : 'Make a link'}
          </button>
        </div>
        <p role="status" aria-live="polite" data-testid="pack-message">
          {message}
        </p>
        {link?.fits && (
          <div className="form-group">
            <label className="label" htmlFor="pack-share-link">
              Link to your pack
            </label>
            <textarea id="pack-share-link" className="textarea pack-share-link" readOnly value={link.link} rows={4} onFocus={(e) => e.currentTarget.select()} />
            <p>
              <button type="button" className="button button--secondary" onClick={() => void copyLink()}>
                Copy the link
              </button>
            </p>
          </div>
        )}

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
          onConfirm={() => {
            keepForUndo();
            reset();
            setLink(undefined);
            setErrors([]);
            setMessage('The pack has been deleted from this device. You can start a new one.');
          }}
        />
        {previous && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                replace(previous);
                setPrevious(undefined);
                setLink(undefined);
                setMessage(`The pack you were preparing${previous.trustName ? ` for ${previous.trustName}` : ''} is back.`);
              }}
            >
              Undo: bring back the pack you were preparing
            </button>
          </p>
        )}
        <p>
          <Link to="/">Back to the start page</Link>
        </p>
      </div>
    </Page>
  );
}
