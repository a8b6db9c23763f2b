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

const pageKey = (l: Location) => {
  const { itemId, trustId } = positionOf(l);
  return JSON.stringify([l.page, itemId ?? null, trustId ?? null]);
};

/**
 * Where a link straight to a journey page leads (a deep link, a bookmark, a link from a page
 * outside the journey such as compare or an opened pack): the page itself if the journey would
 * open it now (its guards: the profile complete, a step that can start, a trust still there),
 * otherwise wherever the journey sends the user instead. It is the machine's START with that
 * page to resume, so a page never judges this for itself.
 */
export function arrive(content: Content, answers: Answers, to: Location): Location {
  const { location } = next(content, answers, { page: 'start' }, { type: 'START', resume: to });
  return pageKey(location) === pageKey(to) ? to : location;
}
