import { transition } from 'xstate';
import type { Content } from '@/content/schema';
import type { Answers } from '@/domain/answers';
import { journeyMachine, type JourneyEvent } from './journey';
import { locationOf, positionOf, type JourneyPage, type Location } from './location';

/**
 * The journey as a pure function: from where the user is and what they have said,
 * an event gives the next location and the answers after it. Nothing is kept between calls.
 */
export function next(
  content: Content,
  answers: Answers,
  from: Location,
  event: JourneyEvent,
): { location: Location; answers: Answers } {
  const snapshot = journeyMachine.resolveState({
    value: from.page,
    context: { content, answers, ...positionOf(from) },
  });
  const [after] = transition(journeyMachine, snapshot, event);
  const page = after.value as JourneyPage;
  const location = locationOf(page, after.context);
  return { location, answers: after.context.answers };
}
