import { content } from '@/content';
import { LINK_LIMIT, type LinkBuild } from '@/domain/pack-link';
import { finishPack, type TrustPackDraft } from '@/domain/trust-pack';
import { today } from '@/domain/dates';
import { TrustAnswerPanel } from './TrustAnswerPanel';

interface SharePanelProps {
  draft: TrustPackDraft;
  link: LinkBuild | undefined;
  busy: boolean;
  message: string;
  saveFile(): void;
  makeLink(): Promise<void>;
  copyLink(): Promise<void>;
}

/** Sharing the pack: what a school will see, a file or a link, and what happened, said aloud. */
export function SharePanel({ draft, link, busy, message, saveFile, makeLink, copyLink }: SharePanelProps) {
  const questions = content.tenQuestions.questions;
  const firstAnswered = questions.find((q) => draft.answers[q.id]?.answer.trim()) ?? questions[0];
  const preview = finishPack(draft, today());
  return (
    <>
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
    </>
  );
}
