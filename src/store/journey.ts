import { content } from '@/content';
import type { JourneyEvent } from '@/machine/journey';
import type { Location } from '@/machine/location';
import { arrive, next } from '@/machine/next';
import { useAnswers } from './answers-store';

/**
 * The one bridge between the journey machine and the store: the machine works out the
 * next location from the saved answers; any answers it settled are written back.
 */
export function advance(from: Location, event: JourneyEvent): Location {
  const { answers, replace } = useAnswers.getState();
  const result = next(content, answers, from, event);
  if (result.answers !== answers) replace(result.answers);
  return result.location;
}

/** Where an event would lead, without saving anything: for links on the task list. */
export function peek(from: Location, event: JourneyEvent): Location {
  return next(content, useAnswers.getState().answers, from, event).location;
}

/**
 * Where a link straight to a journey page leads with these answers (the saved ones unless
 * given): the page itself, or where the journey sends the user first (see arrive).
 */
export function arrival(to: Location, answers = useAnswers.getState().answers): Location {
  return arrive(content, answers, to);
}
