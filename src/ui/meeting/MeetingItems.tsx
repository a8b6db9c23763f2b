import { useState } from 'react';
import { Link } from 'react-router';
import { isUnresolvedRedFlag, type QuestionAnswer, type RatingAnswer } from '@/domain/answers';
import { plural, ratingLabels, ratingSourceLabels } from '@/domain/labels';
import { agreementInWords, rangeEnds, rangeInWords, ratingOrder, type QuestionSpread } from '@/domain/meeting';
import { agreeRating } from '@/store/meeting';
import { Radios } from '@/ui/components/Radios';
import { ratingOptions } from './rating-options';

/** The item's heading: the page's one h1, with where we are in the meeting above it. */
function ItemHeading({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <h1 id="meeting-item-heading" tabIndex={-1}>
      <span className="caption">{caption}</span>
      {children}
    </h1>
  );
}

/** "Anna Khan, Ben Ode, 1 unnamed": short enough for a table cell on a projector. */
function namesOnSlide(names: string[]): string {
  const named = names.filter(Boolean).sort((a, b) => a.localeCompare(b));
  const unnamed = names.length - named.length;
  return [...named, ...(unnamed ? [`${unnamed} unnamed`] : [])].join(', ') || 'Nobody';
}

function describe(s: QuestionSpread): string {
  const ends = rangeEnds(s);
  return `${agreementInWords(s)}${ends ? ` (${ends})` : ''}`;
}

export function OverviewItem(props: { trustName: string; viewCount: number; order: QuestionSpread[]; caption: string; prepareLink: string }) {
  return (
    <>
      <ItemHeading caption={props.caption}>Board discussion: {props.trustName}</ItemHeading>
      {props.viewCount === 0 ? (
        <p>
          No governors’ views of this trust are recorded yet. <Link to={props.prepareLink}>Add them first</Link>, or discuss each question
          and agree the board’s rating as you go.
        </p>
      ) : (
        <p>
          {plural(props.viewCount, 'governor')} gave their view. We start with the questions where views differ most.
        </p>
      )}
      <h2 className="meeting__subhead">Order of discussion</h2>
      <ol className="meeting__order">
        {props.order.map((s) => (
          <li key={s.questionId}>
            <strong>
              Question {s.number}, {s.shortTitle}:
            </strong>{' '}
            {describe(s).toLowerCase()}
          </li>
        ))}
      </ol>
    </>
  );
}

export function QuestionItem(props: {
  spread: QuestionSpread;
  viewCount: number;
  caption: string;
  trustId: string;
  showNames: boolean;
  showNotes: boolean;
  answer: QuestionAnswer | undefined;
}) {
  const { spread: s, viewCount, showNames } = props;
  const noAnswer = viewCount - s.rated - s.unsure;
  return (
    <>
      <ItemHeading caption={props.caption}>
        {s.number}. {s.shortTitle}
      </ItemHeading>
      <div className="meeting__columns">
        <div>
          <p className="meeting__question">{s.text}</p>
          <p className="meeting__agreement">
            <strong>{describe(s)}</strong>
          </p>
          <table className={`meeting__counts${showNames ? ' meeting__counts--names' : ''}`}>
            <caption>
              How governors rated it ({plural(viewCount, 'view')}
              {noAnswer > 0 ? `; ${noAnswer} did not answer` : ''})
            </caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Rating</th>
                <th scope="col">Governors</th>
                {showNames && <th scope="col">Who</th>}
              </tr>
            </thead>
            <tbody>
              {ratingOrder.map((r) => (
                <tr key={r}>
                  <th scope="row">{ratingLabels[r]}</th>
                  <td>
                    <div className="meeting__count">
                      <span>{s.counts[r]}</span>
                      <span className="meeting__bar" aria-hidden="true" style={{ width: `${viewCount ? (s.counts[r] / viewCount) * 85 : 0}%` }} />
                    </div>
                  </td>
                  {showNames && <td>{namesOnSlide(s.names[r])}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <OpenRedFlag answer={props.answer} />
          {props.showNotes && <Notes answer={props.answer} />}
          <AgreeRating key={s.questionId} trustId={props.trustId} spread={s} schoolRating={props.answer?.rating} />
        </div>
      </div>
    </>
  );
}

/** An open red flag the school raised: always on the slide, so nobody rates without it. */
function OpenRedFlag({ answer }: { answer: QuestionAnswer | undefined }) {
  if (!isUnresolvedRedFlag(answer)) return null;
  return (
    <p className="meeting__flag meeting__clamp">
      <strong>Red flag:</strong> {(answer?.redFlagNote ?? '').trim() || 'raised by the school, with no note.'}
    </p>
  );
}

/** The school's notes (and a red flag it has since resolved), only when the chair asks. */
function Notes({ answer }: { answer: QuestionAnswer | undefined }) {
  const notes = (answer?.notes ?? '').trim();
  const resolved = answer?.redFlag && answer.redFlagResolved ? (answer.redFlagNote ?? '').trim() || 'A red flag, with no note.' : '';
  return (
    <div className="meeting__notes">
      {resolved && (
        <p className="meeting__clamp">
          <strong>Red flag (resolved):</strong> {resolved}
        </p>
      )}
      <p className="meeting__clamp">
        <strong>Notes:</strong> {notes || 'none recorded for this question.'}
      </p>
    </div>
  );
}

/** The chair records the board's rating after discussion; the views stay on record. */
function AgreeRating({ trustId, spread, schoolRating }: { trustId: string; spread: QuestionSpread; schoolRating?: RatingAnswer }) {
  const [choice, setChoice] = useState<RatingAnswer | undefined>(spread.agreed ?? undefined);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');
  const name = `agree-${spread.questionId}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setError('Select the rating the board agrees');
      document.getElementById(name)?.focus();
      return;
    }
    setError(undefined);
    agreeRating(trustId, spread.questionId, choice);
    setMessage(`Recorded: the board agreed “${ratingLabels[choice]}” for question ${spread.number}. The range of views stays on record.`);
  };
  return (
    <form className="meeting__agree" onSubmit={submit} noValidate>
      <p>
        {ratingSourceLabels.school}: <strong>{schoolRating ? ratingLabels[schoolRating] : 'Not answered'}</strong>
      </p>
      {spread.agreed && (
        <p className="meeting__agreed">
          {ratingSourceLabels.board}: <strong>{ratingLabels[spread.agreed]}</strong>
        </p>
      )}
      <Radios
        name={name}
        legend="Agree the board’s rating"
        hint="It goes in the report, beside the school’s assessment. The views stay on record."
        options={ratingOptions}
        value={choice}
        onChange={setChoice}
        error={error}
        inline
      />
      <button type="submit" className="button">
        Record the board’s rating
      </button>
      {/* The line "Board’s agreed rating: …" shows it on screen; this says it to a screen reader. */}
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </form>
  );
}

export function SummaryItem(props: { spreads: QuestionSpread[]; caption: string; decisionLink: string; prepareLink: string }) {
  const agreed = props.spreads.filter((s) => s.agreed).length;
  return (
    <>
      <ItemHeading caption={props.caption}>Summary: the board’s ratings</ItemHeading>
      <p>
        The board has agreed {agreed} of {props.spreads.length} ratings.
      </p>
      <table className="meeting__summary">
        <caption className="visually-hidden">Range of views and the board’s agreed rating for each question</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Governors’ views</th>
            <th scope="col">Agreed</th>
          </tr>
        </thead>
        <tbody>
          {props.spreads.map((s) => (
            <tr key={s.questionId}>
              <th scope="row">
                {s.number}. {s.shortTitle}
              </th>
              <td>{rangeInWords(s)}</td>
              <td>{s.agreed ? ratingLabels[s.agreed] : 'Not yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cluster">
        <Link to={props.decisionLink} className="button">
          Record the decision
        </Link>
        <Link to={props.prepareLink} className="button button--secondary">
          Back to preparing the meeting
        </Link>
      </div>
    </>
  );
}
