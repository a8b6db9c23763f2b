/*
 * The few parts of React Router this app uses, in about 2 kB instead of about 14 kB gzipped
 * (issue 16: the first visit toward 100 kB). vite.config.ts points every import of
 * 'react-router' here (the build and the unit tests alike), so pages keep importing
 * 'react-router' and its types; any other part of React Router is a build error, not a
 * silent gap. Behaviour follows React Router 7's: hash addresses (#/trusts?x=1) with the
 * same history entries (state { usr, key, idx }), case-insensitive paths with :params and
 * '*', a link to the page already shown replaces rather than adds an entry, and changes of
 * page are transitions (the page shown stays until the next one has loaded).
 */
import {
  Children,
  createContext,
  createElement,
  Fragment,
  isValidElement,
  startTransition,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}
export type To = string;
export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

interface History {
  location: Location;
  createHref(to: To): string;
  push(to: To, state?: unknown): void;
  replace(to: To, state?: unknown): void;
  go(delta: number): void;
  listen(listener: (location: Location) => void): () => void;
}

/** "/a/b?x=1#h" as its parts. */
function parsePath(path: string): Pick<Location, 'pathname' | 'search' | 'hash'> {
  let rest = path;
  let hash = '';
  let search = '';
  const h = rest.indexOf('#');
  if (h >= 0) {
    hash = rest.slice(h);
    rest = rest.slice(0, h);
  }
  const q = rest.indexOf('?');
  if (q >= 0) {
    search = rest.slice(q);
    rest = rest.slice(0, q);
  }
  const pathname = rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
  return { pathname, search: search === '?' ? '' : search, hash: hash === '#' ? '' : hash };
}

const pathOf = (l: Pick<Location, 'pathname' | 'search' | 'hash'>) => l.pathname + l.search + l.hash;
const newKey = () => Math.random().toString(36).slice(2, 10);

function hashHistory(win: Window): History {
  const global = win.history;
  const read = (): Location => {
    const state = global.state as { usr?: unknown; key?: string } | null;
    return { ...parsePath(win.location.hash.slice(1)), state: state?.usr ?? null, key: state?.key ?? 'default' };
  };
  const index = () => (global.state as { idx?: number } | null)?.idx;
  if (index() == null) global.replaceState({ ...(global.state as object | null), idx: 0 }, '');
  let listener: ((location: Location) => void) | undefined;
  const createHref = (to: To) => {
    // As React Router: with a <base> element, the whole address before the hash.
    const base = win.document.querySelector('base')?.getAttribute('href');
    const url = win.location.href;
    return `${base ? url.slice(0, url.indexOf('#') === -1 ? url.length : url.indexOf('#')) : ''}#${to}`;
  };
  const write = (to: To, state: unknown, replace: boolean) => {
    const idx = (index() ?? 0) + (replace ? 0 : 1);
    const entry = { usr: state ?? null, key: newKey(), idx };
    if (replace) global.replaceState(entry, '', createHref(to));
    else global.pushState(entry, '', createHref(to));
    listener?.(read());
  };
  return {
    get location() {
      return read();
    },
    createHref,
    push: (to, state) => write(to, state, false),
    replace: (to, state) => write(to, state, true),
    go: (delta) => global.go(delta),
    listen(fn) {
      listener = fn;
      // popstate comes with every change of hash (back, forward, a typed address, an <a href="#…">).
      const onPop = () => fn(read());
      win.addEventListener('popstate', onPop);
      return () => {
        win.removeEventListener('popstate', onPop);
        listener = undefined;
      };
    },
  };
}

function memoryHistory(initialEntries: (string | Partial<Location>)[], initialIndex?: number): History {
  const entries: Location[] = (initialEntries.length > 0 ? initialEntries : ['/']).map((e) =>
    typeof e === 'string' ? { ...parsePath(e), state: null, key: newKey() } : { pathname: '/', search: '', hash: '', state: null, key: newKey(), ...e },
  );
  let index = Math.min(Math.max(initialIndex ?? entries.length - 1, 0), entries.length - 1);
  let listener: ((location: Location) => void) | undefined;
  const tell = () => listener?.(entries[index]!);
  return {
    get location() {
      return entries[index]!;
    },
    createHref: (to) => to,
    push(to, state) {
      index += 1;
      entries.splice(index, entries.length, { ...parsePath(to), state: state ?? null, key: newKey() });
      tell();
    },
    replace(to, state) {
      entries[index] = { ...parsePath(to), state: state ?? null, key: newKey() };
      tell();
    },
    go(delta) {
      index = Math.min(Math.max(index + delta, 0), entries.length - 1);
      tell();
    },
    listen(fn) {
      listener = fn;
      return () => {
        listener = undefined;
      };
    },
  };
}

interface RouterState {
  location: Location;
  history: History;
}
const RouterContext = createContext<RouterState | null>(null);
const ParamsContext = createContext<Record<string, string | undefined>>({});
const OutletContext = createContext<ReactNode>(null);

function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (!router) throw new Error('This part of the app needs a router around it.');
  return router;
}

function Router({ history, children }: { history: History; children?: ReactNode }) {
  const [location, setLocation] = useState(history.location);
  useLayoutEffect(() => history.listen((next) => startTransition(() => setLocation(next))), [history]);
  const value = useMemo(() => ({ location, history }), [location, history]);
  return createElement(RouterContext.Provider, { value }, children);
}

export function HashRouter({ children }: { children?: ReactNode }) {
  const [history] = useState(() => hashHistory(window));
  return createElement(Router, { history }, children);
}

export function MemoryRouter({ children, initialEntries = ['/'], initialIndex }: { children?: ReactNode; initialEntries?: (string | Partial<Location>)[]; initialIndex?: number }) {
  const [history] = useState(() => memoryHistory(initialEntries, initialIndex));
  return createElement(Router, { history }, children);
}

export function useLocation(): Location {
  return useRouter().location;
}

/** Where `to` leads from here: absolute paths as they are; a relative one from the current path. */
function resolveTo(to: To, from: string): string {
  if (to.startsWith('/')) return to;
  if (to.startsWith('?') || to.startsWith('#')) return from + to;
  const base = from.split('/').filter(Boolean);
  for (const part of to.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.' && part !== '') base.push(part);
  }
  return `/${base.join('/')}`;
}

export function useNavigate(): (to: To | number, options?: NavigateOptions) => void {
  const { history, location } = useRouter();
  const from = location.pathname;
  return useCallback(
    (to: To | number, options: NavigateOptions = {}) => {
      if (typeof to === 'number') return history.go(to);
      const path = resolveTo(to, from);
      if (options.replace) history.replace(path, options.state);
      else history.push(path, options.state);
    },
    [history, from],
  );
}

export function useParams(): Record<string, string | undefined> {
  return useContext(ParamsContext);
}

export function useSearchParams(): [URLSearchParams, (next: URLSearchParams | Record<string, string>, options?: NavigateOptions) => void] {
  const { location } = useRouter();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback(
    (next: URLSearchParams | Record<string, string>, options?: NavigateOptions) => {
      const search = new URLSearchParams(next).toString();
      navigate(`${location.pathname}${search ? `?${search}` : ''}`, options);
    },
    [navigate, location.pathname],
  );
  return [params, set];
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: To; replace?: boolean; state?: unknown; ref?: Ref<HTMLAnchorElement> };

export function Link({ to, replace, state, onClick, target, ref, ...rest }: LinkProps) {
  const { history, location } = useRouter();
  const path = resolveTo(to, location.pathname);
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || (target && target !== '_self') || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    // As React Router: a link to the page already shown replaces its entry, not adds one.
    if (replace ?? pathOf(location) === pathOf(parsePath(path))) history.replace(path, state);
    else history.push(path, state);
  };
  return <a {...rest} ref={ref} target={target} href={history.createHref(path)} onClick={click} />;
}

export interface RouteProps {
  path?: string;
  element?: ReactNode;
  children?: ReactNode;
}
/** Only a description for <Routes>: it never renders by itself. */
export function Route(_props: RouteProps): ReactElement | null {
  throw new Error('<Route> is only ever used inside <Routes>.');
}

interface Leaf {
  pattern: RegExp;
  names: string[];
  splat: boolean;
  /** The elements from the outermost layout route to this route. */
  elements: ReactNode[];
}

function compile(path: string): Omit<Leaf, 'elements'> {
  const names: string[] = [];
  const splat = path.endsWith('*');
  const source = path
    .replace(/\/*\*?$/, '')
    .replace(/^\/*/, '/')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\/:([\w-]+)/g, (_, name: string) => {
      names.push(name);
      return '/([^\\/]+)';
    });
  const body = source === '/' ? '' : source;
  return { pattern: new RegExp(`^${body}${splat ? '(?:\\/(.*))?' : ''}\\/*$`, 'i'), names, splat };
}

function leaves(children: ReactNode, parents: ReactNode[] = []): Leaf[] {
  const out: Leaf[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    if (child.type === Fragment) {
      out.push(...leaves(child.props.children, parents));
      return;
    }
    const elements = [...parents, child.props.element ?? null];
    if (child.props.children) out.push(...leaves(child.props.children, elements));
    if (child.props.path !== undefined) out.push({ ...compile(child.props.path), elements });
  });
  return out;
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export function Routes({ children }: { children?: ReactNode }) {
  const { location } = useRouter();
  const routes = useMemo(() => {
    const all = leaves(children);
    // The catch-all comes after every route that names its path.
    return [...all.filter((r) => !r.splat), ...all.filter((r) => r.splat)];
  }, [children]);
  for (const route of routes) {
    const match = route.pattern.exec(location.pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decode(match[i + 1] ?? '');
    });
    if (route.splat) params['*'] = decode(match[route.names.length + 1] ?? '');
    const tree = route.elements.reduceRight<ReactNode>((inner, element) => createElement(OutletContext.Provider, { value: inner }, element), null);
    return createElement(ParamsContext.Provider, { value: params }, tree);
  }
  return null;
}

export function Outlet() {
  return useContext(OutletContext);
}
