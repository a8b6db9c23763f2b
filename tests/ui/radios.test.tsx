import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RatingAnswer } from '@/domain/answers';
import { Radios } from '@/ui/components/Radios';
import { ratingOptions } from '@/ui/meeting/rating-options';

describe('Radios', () => {
  it('gives onChange the options’ own type, so no page casts what it gets', async () => {
    const chosen: RatingAnswer[] = [];
    // The handler takes a RatingAnswer, not a string: this line type-checks only if Radios is generic.
    const keep = (rating: RatingAnswer) => chosen.push(rating);
    render(<Radios name="r" legend="Rating" options={ratingOptions} value={undefined} onChange={keep} />);
    await userEvent.click(screen.getByLabelText('Meets what we need'));
    expect(chosen).toEqual(['meets']);
    // A value that is not one of the options is refused by the type checker (npm run typecheck).
    // @ts-expect-error 'not-a-rating' is not a RatingAnswer
    render(<Radios name="s" legend="Rating" options={ratingOptions} value="not-a-rating" onChange={keep} />);
  });
});
