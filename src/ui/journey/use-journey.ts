import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { JourneyEvent } from '@/machine/journey';
import type { Location } from '@/machine/location';
import { advance } from '@/store/journey';
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
