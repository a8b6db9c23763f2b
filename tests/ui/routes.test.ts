import { describe, expect, it, vi } from 'vitest';
import { loadPage, pageRoutes, preloadPage, routeFor } from '@/ui/routes';

/**
 * The entry script asks for the code of the page the address names before React has loaded
 * (src/main.tsx, src/ui/routes.ts). It must choose the page React Router will show, and the
 * router must then use the very same download, not start another.
 */
const example = (pattern: string) =>
  pattern === '*' ? '/no-such-page' : pattern.replace(/:questionId/, 'q01-values').replace(/:stepId/, 'agree-why').replace(/:trustId/, 't1');

describe('routeFor: the page an address shows', () => {
  for (const route of pageRoutes) {
    it(`${route.path} → ${route.name}`, () => {
      expect(routeFor(`#${example(route.path)}`).name).toBe(route.name);
    });
  }

  it('fixed paths win over paths with a parameter, as in React Router', () => {
    expect(routeFor('#/meeting/record').name).toBe('RecordViewPage');
    expect(routeFor('#/trusts').name).toBe('TrustsPage');
    expect(routeFor('#/trusts/t2/questions/q03').name).toBe('QuestionPage');
  });

  it('ignores the query, a trailing slash and an empty address', () => {
    expect(routeFor('#/profile/school-name?change=1').name).toBe('ProfilePage');
    expect(routeFor('#/tasks/').name).toBe('TasksPage');
    expect(routeFor('').name).toBe('StartPage');
    expect(routeFor('#').name).toBe('StartPage');
    expect(routeFor('#/open-pack?d=abc').name).toBe('OpenPackPage');
  });

  it('an unknown address gets the not-found page', () => {
    expect(routeFor('#/profile').name).toBe('NotFound');
    expect(routeFor('#/trusts/t1/questions').name).toBe('NotFound');
  });
});

describe('loadPage: one download per page', () => {
  it('the entry script and the router share the download', async () => {
    const load = vi.fn(() => Promise.resolve({}));
    const first = loadPage('/test-page', load);
    const second = loadPage('/test-page', load);
    expect(second).toBe(first);
    await first;
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed download is tried again next time (back online)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch (test)')).mockResolvedValue({});
    await expect(loadPage('/flaky-page', load)).rejects.toThrow('Failed to fetch');
    await expect(loadPage('/flaky-page', load)).resolves.toBeDefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('preloadPage asks for the page the address names, and nothing for the start page', async () => {
    const profile = pageRoutes.find((r) => r.name === 'ProfilePage')!;
    const spy = vi.spyOn(profile, 'load');
    preloadPage('#/profile/school-name');
    expect(spy).toHaveBeenCalledTimes(1);
    // The router's later request is the same download.
    await loadPage(profile.path, profile.load!);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    preloadPage('#/');
    expect(spy).not.toHaveBeenCalled();
  });
});
