import { Fragment } from 'react';
import { content } from '@/content';
import { checkedAgainst } from '@/domain/dates';
import { splitByGlossary, splitPageByGlossary, type Segment } from '@/domain/glossary';
import { Dialog, DialogClose } from './Dialog';

/**
 * A page's texts in groups (a paragraph, a list...), in reading order, split so that each
 * glossary term is linked once, at its first use on the page. Pure: the same texts always give
 * the same links, however often React renders the page.
 */
export function glossarySections(sections: readonly (readonly string[])[]): Segment[][][] {
  const flat = splitPageByGlossary(sections.flat(), content.glossary);
  let at = 0;
  return sections.map((texts) => texts.map(() => flat[at++] ?? []));
}

/**
 * Text in which glossary terms open their definition in a dialog. Either `text` alone (its
 * terms are linked at their first use in it), or `segments` from glossarySections, so that a
 * term is linked once on the page.
 */
export function GlossaryText(props: { text: string } | { segments: Segment[] }) {
  const segments = 'segments' in props ? props.segments : splitByGlossary(props.text, content.glossary);
  return (
    <>
      {segments.map((segment, index) => {
        const entry = segment.entryId ? content.glossary.find((g) => g.id === segment.entryId) : undefined;
        if (!entry) return <Fragment key={index}>{segment.text}</Fragment>;
        return (
          <Dialog
            key={index}
            title={entry.term}
            description={
              <>
                <p>{entry.definition}</p>
                <p className="hint">{checkedAgainst(entry.asOf)}</p>
              </>
            }
            trigger={
              <button type="button" className="link-button" aria-haspopup="dialog">
                {segment.text}{' '}
                <span className="visually-hidden">(what this means)</span>
              </button>
            }
          >
            <DialogClose asChild>
              <button type="button" className="button button--secondary">
                Close
              </button>
            </DialogClose>
          </Dialog>
        );
      })}
    </>
  );
}
