/**
 * Which chunks each route needs, as the build writes them (apps/web/build/route-preload.mts) into a
 * small script that index.html loads beside the first chunk.
 */
export interface RoutePreloadTable {
  /** Scripts (without `.js`) and stylesheets under /assets/, in the order to ask for them. */
  files: string[];
  /** Route patterns (`/bank/questions/:id`), the indexes of the files a route's page needs, and of its first-load queries. */
  routes: Array<[pattern: string, files: number[], requests?: number[]]>;
  /**
   * Queries a page sends as soon as it runs (`Me`, the bank's first page): sent by this script on a first
   * load instead, and answered to the app by first-load.ts. With `anySearch` 0 only when the address has no
   * query string (the page's variables would come from it).
   */
  requests?: Array<[key: string, operationName: string, variables: Record<string, unknown>, query: string, anySearch: 0 | 1]>;
  /** What every route needs (the signed-in app), but the routes in `except`. */
  everywhere: number[];
  except: string[];
}

declare global {
  interface Window {
    /** Asks for the chunks of the route at `pathname` (index.html's route-preload script); absent in development. */
    panelistPreloadRoute?: (pathname: string) => void;
  }
}

/**
 * The route-preload script: asks for the chunks and stylesheets of the address at once, while the first
 * chunk and React are still downloading (the router would ask only once they ran), sends the page's
 * first queries, and leaves `panelistPreloadRoute` for the router to ask for chunks on each navigation (App.tsx).
 *
 * The build writes this function's source into the script: it must use nothing from outside itself.
 */
export function installRoutePreload(table: RoutePreloadTable, win: Window): void {
  const segments = (path: string) => path.split('/').filter((segment) => segment.length > 0);

  /** React Router's choice among matching patterns: static segments outrank parameters, which outrank a splat. */
  function bestRoute(pathname: string): RoutePreloadTable['routes'][number] | null {
    const parts = segments(pathname);
    let best: RoutePreloadTable['routes'][number] | null = null;
    let bestScore = -Infinity;
    for (const route of table.routes) {
      const pattern = segments(route[0]);
      const splat = pattern[pattern.length - 1] === '*';
      if (splat ? parts.length < pattern.length - 1 : parts.length !== pattern.length) continue;
      let score = pattern.length;
      let matches = true;
      for (let index = 0; index < pattern.length && matches; index += 1) {
        const segment = pattern[index];
        if (segment === '*') score -= 2;
        else if (segment.startsWith(':')) score += 3;
        else if (segment === safeDecode(parts[index])) score += 10;
        else matches = false;
      }
      if (matches && score > bestScore) {
        best = route;
        bestScore = score;
      }
    }
    return best;
  }

  function safeDecode(segment: string): string {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }

  const asked = new Set<string>();

  function preload(pathname: string): void {
    const route = bestRoute(pathname);
    const outside = table.except.includes(route ? route[0] : pathname);
    // The table numbers its files in the order to ask for them (stylesheets, then the largest scripts).
    const wanted = (route ? route[1] : []).concat(outside ? [] : table.everywhere).sort((a, b) => a - b);
    // The links already there: the first chunk's, the bundler loader's (absolute addresses), this script's.
    const present = new Set(Array.from(win.document.getElementsByTagName('link'), (link) => link.href));
    for (const index of wanted) {
      const file = table.files[index];
      const stylesheet = file.endsWith('.css');
      const href = new URL(`/assets/${file}${stylesheet ? '' : '.js'}`, win.location.href).href;
      if (asked.has(href) || present.has(href)) continue;
      asked.add(href);
      const link = win.document.createElement('link');
      // A stylesheet the page will apply anyway (the bundler's loader would add the same link later).
      link.rel = stylesheet ? 'stylesheet' : 'modulepreload';
      // As the bundler's own links are: the same request, so the module or sheet is fetched once.
      link.crossOrigin = '';
      link.href = href;
      win.document.head.appendChild(link);
    }
  }

  /** The first load's queries, sent while the JavaScript downloads (first-load.ts hands them to Apollo). */
  function sendFirstLoad(pathname: string, search: string): void {
    const route = bestRoute(pathname);
    const indexes = route && route[2] ? route[2] : [];
    if (indexes.length === 0 || typeof win.fetch !== 'function') return;
    const requests = win.panelistFirstLoad || (win.panelistFirstLoad = {});
    for (const index of indexes) {
      const [key, operationName, variables, query, anySearch] = (table.requests || [])[index];
      if (search && !anySearch) continue;
      const body = JSON.stringify({ operationName, variables, query });
      const answer = win
        .fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body })
        .then((response) => response.json().then((parsed: unknown) => ({ status: response.status, body: parsed })))
        .catch(() => null);
      requests[key] = { query, sentAt: win.performance.now(), answer };
    }
  }

  win.panelistPreloadRoute = preload;
  preload(win.location.pathname);
  sendFirstLoad(win.location.pathname, win.location.search);
}
