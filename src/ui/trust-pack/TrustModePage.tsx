import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { content } from '@/content';
import { buildPackLink, LINK_LIMIT, type LinkBuild } from '@/domain/pack-link';
import {
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
  type TrustPack,
  type TrustPackDraft,
} from '@/domain/trust-pack';
import { syncTrustPackAcrossTabs, TRUST_PACK_KEY, useTrustPack } from '@/store/trust-pack-store';
import { ErrorSummary, type FieldError } from '@/ui/components/ErrorSummary';
import { Heading, Page } from '@/ui/components/Page';
import { today } from '@/domain/dates';
import { capitalise } from '@/domain/labels';
import { downloadFile } from '@/ui/components/download';
import { refusedFile, UNCHANGED } from '@/ui/components/refused-file';
import { AboutSection } from './AboutSection';
import { AnswersSection } from './AnswersSection';
import { CarryOnSection } from './CarryOnSection';
import { ContactsSection } from './ContactsSection';
import { LogoColourSection } from './LogoColourSection';
import { fieldFor } from './pack-fields';
import { SharePanel } from './SharePanel';

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
  const section = { draft, update, errorFor };

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

        <AboutSection {...section} />
        <LogoColourSection {...section} logoInput={logoInput} chooseLogo={chooseLogo} />
        <AnswersSection {...section} />
        <ContactsSection {...section} />
        <SharePanel draft={draft} link={link} busy={busy} message={message} saveFile={saveFile} makeLink={makeLink} copyLink={copyLink} />
        <CarryOnSection
          errorFor={errorFor}
          openInput={openInput}
          openPackFile={openPackFile}
          previous={previous}
          startNew={() => {
            keepForUndo();
            reset();
            setLink(undefined);
            setErrors([]);
            setMessage('The pack has been deleted from this device. You can start a new one.');
          }}
          undo={(before) => {
            replace(before);
            setPrevious(undefined);
            setLink(undefined);
            setMessage(`The pack you were preparing${before.trustName ? ` for ${before.trustName}` : ''} is back.`);
          }}
        />
        <p>
          <Link to="/">Back to the start page</Link>
        </p>
      </div>
    </Page>
  );
}
