import { useState } from 'react';
import { Link } from 'react-router';
import { STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { deleteAllData } from '@/store/delete-all';
import type { RestorePoint } from '@/store/restore-points';
import { ConfirmDialog } from '@/ui/components/Dialog';
import { Heading, Page } from '@/ui/components/Page';
import { RestorePoints } from './RestorePoints';
import { SaveFiles } from './SaveFiles';

export function YourDataPage() {
  const restore = useAnswers((s) => s.restore);
  /**
   * What just happened on this page, said once: beside the save files when a file was saved or
   * opened, at the foot of the page otherwise. A new message replaces the one before, wherever it was.
   */
  const [status, setStatus] = useState<{ where: 'files' | 'page'; text: string }>({ where: 'page', text: '' });
  const setMessage = (text: string) => setStatus({ where: 'page', text });
  /** The copy kept in this tab before "Delete all", for "Undo". */
  const [deleted, setDeleted] = useState<RestorePoint | null>();
  return (
    <Page title="Your data">
      <div className="narrow">
        <Heading>Your data</Heading>
        <p className="lead">Everything you enter stays on this device, in this browser.</p>
        <h2>What is kept, and where</h2>
        <p>
          Your school’s details, the trusts you name, your ratings and your notes are saved in this browser’s local storage (under the name
          “{STORAGE_KEY}”). They are saved as you type.
        </p>
        <p>
          Nothing is sent anywhere. The tool has no server, no account, no analytics and no cookies, and it loads no fonts or scripts from
          other websites. Links to sources open the publisher’s website only when you choose to follow them.
        </p>
        <p>
          Anyone who uses this browser on this device can see your answers. On a shared computer, delete them when you have finished.
        </p>
        <SaveFiles message={status.where === 'files' ? status.text : ''} onMessage={(text) => setStatus({ where: 'files', text })} />
        <RestorePoints onRestored={setMessage} />
        <h2>Trust packs</h2>
        <p>
          A trust pack holds a trust’s own answers to the ten questions. A school can <Link to="/open-pack">open a trust pack</Link> from
          a file or a link; the trust’s answers are kept with your answers, apart from your own ratings. A trust can{' '}
          <Link to="/trust-mode">prepare a pack for schools</Link>; the pack it is preparing is saved in this browser under
          “join-a-trust:trust-pack”, apart from any school’s answers.
        </p>
        <h2>Delete all data on this device</h2>
        <p>
          This removes everything this tool has saved in this browser: your answers, the earlier copies kept on this device, any copy of
          data that could not be read, a trust pack being prepared, and display choices.
        </p>
        <ConfirmDialog
          trigger={
            <button type="button" className="button button--warning">
              Delete all data on this device
            </button>
          }
          title="Delete all data on this device?"
          body={
            <p>
              Your school’s details, your trusts, your ratings and notes, the earlier copies and any trust pack being prepared will be
              deleted from this browser. Until you close this tab you can undo it; after that it cannot be undone.
            </p>
          }
          confirmLabel="Yes, delete everything"
          onConfirm={() => {
            setDeleted(deleteAllData() ?? null);
            setMessage('All data this tool saved has been deleted from this device.');
          }}
        />
        <p aria-live="polite" role="status">
          {status.where === 'page' ? status.text : ''}
        </p>
        {deleted && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              restore(deleted, 'Before you undid deleting everything');
              setDeleted(null);
              setMessage(`Your answers are back: ${deleted.summary}.`);
            }}
          >
            Undo: bring my answers back
          </button>
        )}
      </div>
    </Page>
  );
}
