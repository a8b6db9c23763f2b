import { content } from '../../content';
import { Heading, Page } from '../components/Page';

export function GlossaryPage() {
  const entries = [...content.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  return (
    <Page title="Glossary">
      <div className="narrow">
        <Heading>Glossary</Heading>
        <p className="lead">The words you will meet when joining a trust, in plain English.</p>
        {entries.map((entry) => (
          <section key={entry.id} id={entry.id} aria-labelledby={`${entry.id}-term`}>
            <h2 id={`${entry.id}-term`}>{entry.term}</h2>
            <p>{entry.definition}</p>
            {entry.aliases.length > 0 && <p className="hint">Also called: {entry.aliases.join(', ')}</p>}
          </section>
        ))}
      </div>
    </Page>
  );
}
