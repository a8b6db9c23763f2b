import { Link } from 'react-router';
import type { Location } from '@/machine/location';
import { peek } from '@/store/journey';
import { toPath } from '@/ui/journey/paths';

/** A real link to wherever the journey says "back" is from here. */
export function BackLink({ here }: { here: Location }) {
  return (
    <Link to={toPath(peek(here, { type: 'BACK' }))} className="back-link">
      Back
    </Link>
  );
}
