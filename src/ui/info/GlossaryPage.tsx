import { content } from '@/content';
import { checkedAgainst } from '@/domain/dates';
import { Heading, Page } from '@/ui/components/Page';

export function GlossaryPage() {
  const entries = [...content.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  return (
    <Page title="Glossary">
      <div className="narrow">
        <Heading>Glossary</Heading>
        <p className="lead">The words you will meet when joining a trust, in plain English.</p>
        <p>Some of these words have a legal meaning. We explain them simply, so this is not legal advice: ask a solicitor before you rely on one.</p>
        {entries.map((entry) => (
          <section key={entry.id} id={entry.id} aria-labelledby={`${entry.id}-term`}>
            <h2 id={`${entry.id}-term`}>{entry.term}</h2>
            <p>{entry.definition}</p>
            {entry.aliases.length > 0 && <p className="hint">Also called: {entry.aliases.join(', ')}</p>}
            <p className="hint">{checkedAgainst(entry.asOf)}</p>
          </section>
        ))}
      </div>
    </Page>
  );
}
