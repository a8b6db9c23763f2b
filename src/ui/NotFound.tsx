import { Link } from 'react-router';
import { Heading, Page } from './components/Page';

export function NotFound({ what }: { what?: string }) {
  return (
    <Page title="Page not found">
      <div className="narrow">
        <Heading>Page not found</Heading>
        <p>{what ?? 'There is no page at this address. It may have moved, or the link may be wrong.'}</p>
        <p>Your answers are safe on this device.</p>
        <p>
          <Link to="/tasks">Go to your tasks</Link> or <Link to="/">the start page</Link>.
        </p>
      </div>
    </Page>
  );
}
