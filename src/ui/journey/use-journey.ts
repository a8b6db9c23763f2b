import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { JourneyEvent } from '@/machine/journey';
import type { Location } from '@/machine/location';
import { useAnswers } from '@/store/answers-store';
import { advance, arrival } from '@/store/journey';
import { toPath } from './paths';

/** Sends a journey event from this page and goes wherever the machine says. */
export function useJourney(here: Location) {
  const navigate = useNavigate();
  const key = JSON.stringify(here);
  return useCallback(
    (event: JourneyEvent) => {
      const to = advance(JSON.parse(key) as Location, event);
      navigate(toPath(to));
    },
    [key, navigate],
  );
}

/**
 * Whether the journey would open this page now, as the machine decides (its guards, not the
 * page's own copy of them), and if not, the address it sends the user to instead. Read again
 * whenever the answers change; a string, so a keystroke elsewhere does not re-render the page.
 */
export function useArrival(here: Location): { open: boolean; to: string } {
  const key = JSON.stringify(here);
  const to = useAnswers((s) => toPath(arrival(JSON.parse(key) as Location, s.answers)));
  return { open: to === toPath(here), to };
}

/** Goes to `to` in place of this address (Back skips it), when there is somewhere to go. */
export function useRedirect(to: string | undefined) {
  const navigate = useNavigate();
  useEffect(() => {
    if (to !== undefined) navigate(to, { replace: true });
  }, [to, navigate]);
}
