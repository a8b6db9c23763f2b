import { Fragment } from 'react';
import { content } from '../../content';
import { splitByGlossary } from '../../domain/glossary';
import { Dialog, DialogClose } from './Dialog';

/**
 * Text in which glossary terms open their definition in a dialog. Pass the same `linked`
 * set to every GlossaryText on a page so each term is linked once, at its first use.
 */
export function GlossaryText({ text, linked }: { text: string; linked?: Set<string> }) {
  const segments = splitByGlossary(text, content.glossary, linked);
  return (
    <>
      {segments.map((segment, index) => {
        const entry = segment.entryId ? content.glossary.find((g) => g.id === segment.entryId) : undefined;
        if (!entry) return <Fragment key={index}>{segment.text}</Fragment>;
        return (
          <Dialog
            key={index}
            title={entry.term}
            description={<p>{entry.definition}</p>}
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
