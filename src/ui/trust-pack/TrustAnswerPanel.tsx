import { content } from '@/content';
import type { TrustPack } from '@/domain/trust-pack-schema';
import { formatDateLong } from '@/domain/dates';
import { LinkList } from '@/ui/components/ExternalLink';
import { PackDetails } from './PackDetails';
import { brandStyle, PackLogo } from './PackBand';

/**
 * "Provided by the trust": the trust's own answer to one question, from its pack, beside the
 * question. Plain text only. The school's rating below it is the school's alone.
 */
export function TrustAnswerPanel({ pack, questionId }: { pack: TrustPack; questionId: string }) {
  const answer = pack.answers[questionId];
  const number = content.tenQuestions.questions.find((q) => q.id === questionId)?.number;
  return (
    <section className="pack-panel" aria-labelledby="pack-panel-title" style={brandStyle(pack)} data-testid="provided-by-trust">
      <div className="pack-band">
        <PackLogo pack={pack} />
        <div className="pack-band__text">
          <h2 id="pack-panel-title" className="pack-band__title">
            Provided by the trust
          </h2>
          <p className="pack-band__name">
            {pack.trustName}, in its pack of {formatDateLong(pack.preparedOn)}
          </p>
        </div>
      </div>
      <div className="pack-panel__body">
        {answer ? (
          <>
            <p className="pack-text">{answer.answer}</p>
            {answer.links && answer.links.length > 0 && <LinkList links={answer.links} />}
          </>
        ) : (
          <p>The trust’s pack has no answer to question {number}. Ask the trust about it.</p>
        )}
        <p className="hint">
          This is what the trust says about itself; nobody has checked it. Your rating below is your school’s own, and the report keeps
          the trust’s words apart from what your school has checked.
        </p>
        <details>
          <summary>More from the trust: its vision, charges, contacts and documents</summary>
          <div className="details__body">
            <PackDetails pack={pack} />
          </div>
        </details>
      </div>
    </section>
  );
}
