// Spinewise's service worker. It keeps this release's public pages for offline use, and shows notifications:
// a Web Push message from the server ({"title", "body", "url"}) and, through the page's breaks.js, a break while
// a page is open. A click opens the desk routine. Only addresses on this site are opened, whatever a message says.
//
// Offline: at install it fetches every public page (as an anonymous visitor: no cookie goes, so nothing of a
// signed-in person is ever kept) with its CSS, scripts and images into a cache named after the release; the
// server writes RELEASE (a hash of what the pages are made of) and PRECACHE into this file, so a new release is
// a new worker, and its activation deletes every older cache. Online, everything comes from the network; the
// cache answers only when the network does not. Pages are kept in one language: a page that shows another
// (the person switched) asks for the pages again in that language.

const RELEASE = '__RELEASE__';
const PRECACHE = __PRECACHE__;
const PREFIX = `spinewise-${RELEASE}-`;
const OFFLINE_PAGE = '/offline';
/** A cached page carries this on its <html>, so its scripts know it is the saved copy. */
const SAVED_MARK = 'data-saved-copy';

const DESK_ROUTINE = '/routine/desk';

function sameSite(url) {
  try {
    const target = new URL(url, self.location.origin);
    return target.origin === self.location.origin ? target.href : new URL(DESK_ROUTINE, self.location.origin).href;
  } catch {
    return new URL(DESK_ROUTINE, self.location.origin).href;
  }
}

self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch { /* not JSON: show the default text */ }
  event.waitUntil(self.registration.showNotification(message.title || 'Time to get up for a moment', {
    body: message.body || 'Two minutes of easy moves at your desk, then a short walk.',
    tag: 'movement-break',
    data: { url: sameSite(message.url || DESK_ROUTINE) },
    actions: [{ action: 'open', title: 'Start the desk routine' }],
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = sameSite(event.notification.data?.url || DESK_ROUTINE);
  event.waitUntil((async () => {
    const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const same = open.find((client) => client.url === url);
    if (same) return same.focus();
    return self.clients.openWindow(url);
  })());
});

/** The language of a page's HTML (its <html lang>), or '' when it names none. */
function languageOf(html) {
  return /<html[^>]*\slang="([A-Za-z-]{2,12})"/.exec(html)?.[1] ?? '';
}

/** Every address of PRECACHE, fetched anonymously (in `language` when given) into a new cache, all or nothing. */
async function fill(language) {
  const name = PREFIX + (language || 'default');
  await caches.delete(name);
  const cache = await caches.open(name);
  let shown = language;
  await Promise.all(PRECACHE.map(async (path) => {
    const url = new URL(path, self.location.origin);
    if (language) url.searchParams.set('lang', language);
    const answer = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'error' });
    if (!answer.ok) throw new Error(`${path} answered ${answer.status}`);
    if (!(answer.headers.get('Content-Type') || '').startsWith('text/html')) return cache.put(path, answer);
    const html = await answer.text();
    if (path === '/') shown = languageOf(html);
    const headers = new Headers(answer.headers);
    return cache.put(path, new Response(html.replace('<html', `<html ${SAVED_MARK}`), { headers }));
  }));
  await cache.put('/__language', new Response(shown || ''));
  // only now that the new copy is whole do the other copies of this release go
  const names = await caches.keys();
  await Promise.all(names.filter((other) => other.startsWith(PREFIX) && other !== name).map((other) => caches.delete(other)));
}

/** This release's copy of `path`, or undefined. */
async function saved(path) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const answer = await (await caches.open(name)).match(path);
    if (answer) return answer;
  }
  return undefined;
}

self.addEventListener('install', (event) => {
  event.waitUntil(fill('').then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('spinewise-') && !name.startsWith(PREFIX)).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith((async () => {
    try {
      return await fetch(request);
    } catch (offline) {
      // A bookmarked routine (/routine/{id}) opens offline as the routine this browser kept.
      const copy = await saved(url.pathname.startsWith('/routine/') ? '/routine' : url.pathname);
      if (copy) return copy;
      if (request.mode === 'navigate') return (await saved(OFFLINE_PAGE)) ?? Response.error();
      return Response.error();
    }
  })());
});

// A page tells the worker its language; pages kept in another one are fetched again in this one.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'language' || !/^[A-Za-z-]{2,12}$/.test(event.data.language || '')) return;
  event.waitUntil((async () => {
    const kept = await saved('/__language');
    if (kept && (await kept.text()) === event.data.language) return;
    await fill(event.data.language);
  })());
});
