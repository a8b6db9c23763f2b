import { useEffect, useState } from 'react';
import { formatDateLong, today } from '@/domain/dates';
import { describeSetAside, salvageAnswers } from '@/domain/salvage';
import { describeAnswers } from '@/domain/save-file';
import { STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { refreshRestorePoints, useRestorePoints, type RestorePoint } from '@/store/restore-points';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { downloadFile } from '@/ui/components/download';

export const UNREADABLE_COPY_KEY = `${STORAGE_KEY}:unreadable-copy`;

/** "29 November 2026 at 10:42" */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${formatDateLong(today(date))} at ${time}`;
}

function readCopy(): string | null {
  try {
    return globalThis.localStorage.getItem(UNREADABLE_COPY_KEY);
  } catch {
    return null;
  }
}

/** What the set-aside copy holds, read part by part as on loading; undefined if nothing in it reads. */
function readableCopy(raw: string) {
  try {
    const parsed = JSON.parse(raw) as { state?: { answers?: unknown } } | null;
    const { answers, setAside } = salvageAnswers(parsed?.state?.answers);
    return setAside.some((p) => p.kind === 'whole save') ? undefined : { answers, setAside };
  } catch {
    return undefined;
  }
}

/**
 * Earlier copies of the answers kept on this device (restore points), each of which can be
 * brought back; and the copy of saved data that could not be read, to download or restore.
 */
export function RestorePoints({ onRestored }: { onRestored(message: string): void }) {
  const points = useRestorePoints((s) => s.points);
  const answers = useAnswers((s) => s.answers);
  const restore = useAnswers((s) => s.restore);
  const [copy] = useState(readCopy);
  useEffect(() => {
    refreshRestorePoints();
  }, []);

  const goBack = (point: RestorePoint) => {
    restore(point, `Before you went back to the copy from ${when(point.at)}`);
    onRestored(`Your answers are now as they were on ${when(point.at)}: ${point.summary}. What you had just before is kept as a restore point.`);
  };

  const copyRead = copy === null ? undefined : readableCopy(copy);
  const restoreCopy = () => {
    if (!copyRead) return;
    restore(
      { id: 'unreadable-copy', at: new Date().toISOString(), reason: 'restore', label: 'The copy that could not be read', summary: describeAnswers(copyRead.answers), answers: copyRead.answers },
      'Before you restored the copy that could not be read',
    );
    onRestored(
      `The copy has been restored: ${describeAnswers(copyRead.answers)}.${copyRead.setAside.length ? ` ${describeSetAside(copyRead.setAside).replace('; everything else is here.', '.')}` : ''} What you had just before is kept as a restore point.`,
    );
  };

  return (
    <>
      <h2>Go back to an earlier copy</h2>
      <p>
        Before anything replaces or removes a lot of your answers at once (opening a save file or a trust pack, removing a trust, starting
        again, deleting everything, or going back to a copy), the tool keeps a copy of them on this device. The last five are kept.
      </p>
      {points.length === 0 ? (
        <p className="hint">There are no earlier copies on this device yet.</p>
      ) : (
        <ul className="restore-points">
          {points.map((point) => (
            <li key={point.id} className="restore-points__item">
              <h3 className="restore-points__title">{point.label}</h3>
              <p>
                Kept on {when(point.at)}. It holds: {point.summary}.
                {point.memoryOnly ? ' It is kept only until you close this tab.' : ''}
              </p>
              <ConfirmDialog
                trigger={
                  <button type="button" className="button button--secondary">
                    Go back to this copy<span className="visually-hidden"> from {when(point.at)}</span>
                  </button>
                }
                title="Go back to this copy?"
                body={
                  <>
                    <p>
                      Your answers now ({describeAnswers(answers)}) will be replaced by the copy kept on {when(point.at)} ({point.summary}).
                    </p>
                    <p>What you have now is kept as a restore point first, so you can undo this.</p>
                  </>
                }
                confirmLabel="Yes, go back to this copy"
                safe
                onConfirm={() => goBack(point)}
              />
            </li>
          ))}
        </ul>
      )}
      {copy !== null && (
        <>
          <h2>Saved data that could not be read</h2>
          <p>
            When the tool found saved data it could not read, in whole or in part, it kept a copy of all of it here rather than delete
            it.{' '}
            {copyRead
              ? `The parts of it that can be read hold: ${describeAnswers(copyRead.answers)}.`
              : 'None of it can be read by the tool, but you can download it to keep it or to send to someone who can help.'}
          </p>
          <div className="cluster">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadFile(`join-a-trust-unreadable-copy-${today()}.json`, copy, 'application/json')}
            >
              Download the copy
            </button>
            {copyRead && (
              <ConfirmDialog
                trigger={
                  <button type="button" className="button button--secondary">
                    Restore the copy
                  </button>
                }
                title="Restore the copy that could not be read?"
                body={
                  <>
                    <p>
                      Your answers now ({describeAnswers(answers)}) will be replaced by the parts of the copy that can be read (
                      {describeAnswers(copyRead.answers)}).
                    </p>
                    <p>What you have now is kept as a restore point first, so you can undo this.</p>
                  </>
                }
                confirmLabel="Yes, restore the copy"
                safe
                onConfirm={restoreCopy}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
