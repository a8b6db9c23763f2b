import { useSearchParams } from 'react-router';
import { useTrusts } from '@/store/answers-store';

/** The trust the meeting is about: ?trust=t2 in the address, or the first trust. */
export function useMeetingTrust() {
  const trusts = useTrusts();
  const [search] = useSearchParams();
  const wanted = search.get('trust');
  const trust = trusts.find((t) => t.id === wanted) ?? trusts[0];
  return { trust, trusts, query: trust ? `?trust=${trust.id}` : '' };
}
