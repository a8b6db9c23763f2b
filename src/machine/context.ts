import type { Content } from '@/content/schema';
import type { Answers } from '@/domain/answers';
import type { Position } from './location';

/**
 * The journey machine's context. Where the user is comes from the URL (a Position) and what
 * they said comes from the store; both are handed in, so the machine holds nothing that is not
 * derived. Its own file so that journey.ts and the look-ups in where.ts can both use it.
 */
export interface JourneyContext extends Position {
  content: Content;
  answers: Answers;
}

export interface JourneyInput {
  content: Content;
  answers: Answers;
}
