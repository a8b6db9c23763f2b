import { content } from '../../content';
import { progress } from '../../domain/progress';
import { useAnswers } from '../../store/answers-store';
import { ConfirmDialog } from '../components/Dialog';
import { Heading, Page } from '../components/Page';
import { useJourney } from '../use-journey';

export function StartPage() {
  const answers = useAnswers((s) => s.answers);
  const reset = useAnswers((s) => s.reset);
  const send = useJourney({ page: 'start' });
  const started = Object.keys(answers.profile).length > 0 || answers.trusts.length > 0 || Object.keys(answers.steps).length > 0;
  const { overall } = progress(content, answers);
  return (
    <Page title="Should we join a trust?">
      <div className="narrow">
        <Heading>Should we join a trust?</Heading>
        <p className="lead">
          Use this tool to decide whether your school should join or form a multi-academy trust, which trust fits, and whether you are
          ready.
        </p>
        <p>It walks you through:</p>
        <ul>
          <li>a few questions about your school, so you only see the steps that apply to you</li>
          <li>
            Sir David Carter’s ten questions to ask any trust, with what a strong answer looks like and the red flags to watch for
          </li>
          <li>the stages of joining: getting started, first considerations, and engagement and consultation</li>
          <li>a readiness report you can share with your governing board, on screen or as a PDF</li>
        </ul>
        <h2>How long it takes</h2>
        <p>
          About 5 minutes to describe your school, then 30 to 60 minutes for the ten questions for each trust. You do not need to do it in
          one go: your answers are saved as you type and you can come back at any time.
        </p>
        <h2>What you will need</h2>
        <ul>
          <li>the name of the trust or trusts you are thinking about</li>
          <li>what they have told you, and any documents they have shared, such as their scheme of delegation and accounts</li>
          <li>notes from visits and from talking to heads of schools already in the trust</li>
        </ul>
        <h2>Your answers stay on this device</h2>
        <p>
          Nothing you enter is sent anywhere. There is no account, no tracking and no cookies. To move your answers to another device or
          share them with your board, save them to a file.
        </p>
        {started ? (
          <>
            <p className="progress-line">
              You have done {overall.done} of {overall.total} tasks.
            </p>
            <div className="cluster">
              <button type="button" className="button button--start" onClick={() => send({ type: 'START' })}>
                Continue where you left off
              </button>
              <ConfirmDialog
                trigger={
                  <button type="button" className="button button--secondary">
                    Start again
                  </button>
                }
                title="Start again?"
                body={
                  <p>
                    This deletes every answer saved on this device: your school’s details, your trusts and your notes. It cannot be undone.
                    If you might need them, save them to a file first from Your data.
                  </p>
                }
                confirmLabel="Yes, delete my answers and start again"
                onConfirm={reset}
              />
            </div>
          </>
        ) : (
          <button type="button" className="button button--start" onClick={() => send({ type: 'START' })}>
            Start now
          </button>
        )}
        <p className="hint">This tool gives guidance, not legal advice.</p>
      </div>
    </Page>
  );
}
