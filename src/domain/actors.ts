import type { Actor } from '@/content/schema';

/** Who does a step, in words. */
export const actorLabels: Record<Actor, string> = {
  headteacher: 'Headteacher',
  'governing-board': 'Governing board',
  trust: 'The trust',
  'local-authority': 'Local authority',
  diocese: 'Diocese or foundation',
  'staff-and-unions': 'Staff and unions',
  'parents-and-pupils': 'Parents and pupils',
  dfe: 'Department for Education',
  solicitors: 'Solicitors',
};
