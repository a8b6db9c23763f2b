import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Heading, Page } from './components/Page';

/**
 * Shown instead of a blank screen if a page fails. Answers are saved as they are typed,
 * so they are still on the device; the user can go back or save them to a file.
 */
export function RouteError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Page title="Something went wrong" error>
      <div className="narrow">
        <Heading>Sorry, something went wrong on this page</Heading>
        <p>Your answers are still saved on this device.</p>
        <ul>
          <li>
            <Link to="/tasks">Go back to your tasks</Link>
          </li>
          <li>
            <Link to="/your-data">Save your answers to a file</Link>
          </li>
          <li>
            <Link to="/">Go to the start page</Link>
          </li>
        </ul>
        <details>
          <summary>Technical details</summary>
          <div className="details__body">
            <p>{detail}</p>
          </div>
        </details>
      </div>
    </Page>
  );
}

/** Catches a failing page (a render error, or a page that did not download). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error !== undefined ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
