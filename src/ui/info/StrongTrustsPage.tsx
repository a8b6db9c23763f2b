import { content } from '@/content';
import { Cites } from '@/ui/components/Cites';
import { GlossaryText, glossarySections } from '@/ui/components/GlossaryText';
import { Heading, Page } from '@/ui/components/Page';
import { formatDateLong } from '@/domain/dates';

/** Background for the ten questions: what good looks like, from the sector and from the DfE. */
export function StrongTrustsPage() {
  const [elements = [], pillars = []] = glossarySections([content.elements.map((e) => e.summary), content.pillars.pillars.map((p) => p.summary)]);
  return (
    <Page title="What makes a strong trust">
      <div className="narrow">
        <Heading>What makes a strong trust</Heading>
        <p className="lead">
          Two views of what good looks like. Use them alongside the ten questions when you compare trusts.
        </p>
        <h2>Eight elements of a strong trust-based system</h2>
        <p>From the Confederation of School Trusts, the sector body for trusts, in our own words.</p>
        {content.elements.map((element, index) => (
          <section key={element.id} aria-labelledby={element.id}>
            <h3 id={element.id}>
              {index + 1}. {element.title}
            </h3>
            <p>
              <GlossaryText segments={elements[index] ?? []} />
            </p>
            <Cites ids={element.cites} />
          </section>
        ))}
        <h2>The DfE’s five trust quality descriptions</h2>
        <p>
          {content.pillars.framework}. {content.pillars.status} (Checked against sources published up to {formatDateLong(content.pillars.asOf)}.)
        </p>
        {content.pillars.pillars.map((pillar, index) => (
          <section key={pillar.id} aria-labelledby={pillar.id}>
            <h3 id={pillar.id}>{pillar.name}</h3>
            <p>
              <GlossaryText segments={pillars[index] ?? []} />
            </p>
            <Cites ids={pillar.cites} />
          </section>
        ))}
      </div>
    </Page>
  );
}
