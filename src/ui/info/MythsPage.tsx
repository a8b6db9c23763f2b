import { content } from '@/content';
import { Cites } from '@/ui/components/Cites';
import { GlossaryText } from '@/ui/components/GlossaryText';
import { Heading, Page } from '@/ui/components/Page';
import { checkedAgainst } from '@/domain/dates';

export function MythsPage() {
  return (
    <Page title="Facts and myths">
      <div className="narrow">
        <Heading>Facts and myths</Heading>
        <p className="lead">What staff, parents and governors often hear about trusts, what is true, and what to check for your school.</p>
        <p>Some answers are about the law. They are general guidance, not legal advice: check with a solicitor before you act on one.</p>
        {content.myths.map((myth) => (
          <section key={myth.id} aria-labelledby={myth.id}>
            <h2 id={myth.id}>“{myth.claim}”</h2>
            <p>
              <strong>What is true: </strong>
              <GlossaryText text={myth.truth} />
            </p>
            <p>
              <strong>What to check locally: </strong>
              {myth.checkLocally}
            </p>
            <p className="hint">{checkedAgainst(myth.asOf)}</p>
            <Cites ids={myth.cites} />
          </section>
        ))}
      </div>
    </Page>
  );
}
