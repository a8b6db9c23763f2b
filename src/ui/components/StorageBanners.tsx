import { Link } from 'react-router';
import { reportStorage, useStorageStatus } from '@/store/storage-status';

/**
 * Tells the user, in words, about any problem saving on this device, and what to do. Shown
 * inside the layout's live region; its code loads only when there is something to say (Layout.tsx).
 */
export function StorageBanners() {
  const { problem, dropped, updatedFromOtherTab, setAside, newVersion } = useStorageStatus();
  const dismiss = reportStorage;
  return (
    <>
      {problem === 'unavailable' && (
        <Banner title="Your answers are not being saved" warning>
          <p>
            This browser is not letting the tool save to this device (storage may be turned off, or this is a private window). Your
            answers stay while this tab is open. To keep them, <Link to="/your-data">save them to a file</Link> before you close the tab.
          </p>
        </Banner>
      )}
      {problem === 'full' && (
        <Banner title="This device’s storage is full" warning>
          <p>
            Your latest change could not be saved on this device. Nothing already saved has been lost, and your answers stay while this
            tab is open. <Link to="/your-data">Save your answers to a file</Link>, then free some space (for example, shorten long notes).
          </p>
        </Banner>
      )}
      {problem === 'corrupt' && (
        <Banner title="We could not read your saved answers" warning>
          <p>
            The answers saved on this device were damaged, so the tool has started with empty answers. A copy of the damaged data has
            been kept on this device and has not been deleted. If you saved a file before, you can{' '}
            <Link to="/your-data">open it from Your data</Link>.
          </p>
          <button type="button" className="button button--secondary" onClick={() => dismiss({ problem: undefined })}>
            I understand
          </button>
        </Banner>
      )}
      {setAside && (
        <Banner title="Part of your saved answers could not be read" warning>
          <p>{setAside}</p>
          <p>
            A copy of everything that was saved, the unreadable part included, has been kept on this device. You can download it or go
            back to it from <Link to="/your-data">Your data</Link>.
          </p>
          <button type="button" className="button button--secondary" onClick={() => dismiss({ setAside: undefined })}>
            I understand
          </button>
        </Banner>
      )}
      {newVersion && (
        <Banner title="A new version of this tool is ready">
          <p>This page has been updated to the new version of the tool. Your answers are as you left them.</p>
          <button type="button" className="button button--secondary" onClick={() => dismiss({ newVersion: false })}>
            Dismiss
          </button>
        </Banner>
      )}
      {dropped.length > 0 && (
        <Banner title="Some old answers no longer apply">
          <p>
            The questions were updated since you last used the tool. {dropped.length} answer{dropped.length === 1 ? '' : 's'} belonged to
            questions that no longer exist and {dropped.length === 1 ? 'was' : 'were'} left out: {dropped.slice(0, 5).join('; ')}
            {dropped.length > 5 ? '; and others' : ''}.
          </p>
          <button type="button" className="button button--secondary" onClick={() => dismiss({ dropped: [] })}>
            Dismiss
          </button>
        </Banner>
      )}
      {updatedFromOtherTab && (
        <Banner title="Updated from another tab">
          <p>You have this tool open in another tab. Changes made there now show here too, so neither tab overwrites the other.</p>
          <button type="button" className="button button--secondary" onClick={() => dismiss({ updatedFromOtherTab: false })}>
            Dismiss
          </button>
        </Banner>
      )}
    </>
  );
}

function Banner({ title, warning, children }: { title: string; warning?: boolean; children: React.ReactNode }) {
  return (
    <section className={`banner${warning ? ' banner--warning' : ''}`} aria-label={title}>
      <h2 className="banner__title">{title}</h2>
      <div className="banner__body">{children}</div>
    </section>
  );
}
