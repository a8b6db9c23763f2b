import type { RatingAnswer } from '@/domain/answers';
import { ratingLabels } from '@/domain/labels';
import { ratingOrder } from '@/domain/meeting';

/** The five answers, best first, in the report's words. */
export const ratingOptions = ratingOrder.map((value: RatingAnswer) => ({ value, label: ratingLabels[value] }));
