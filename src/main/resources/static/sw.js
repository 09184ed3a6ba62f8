// Spinewise's service worker. For now it only shows notifications: a Web Push
// message from the server ({"title", "body", "url"}) and, through the page's
// breaks.js, a break while a page is open. A click opens the desk routine.
// Only addresses on this site are opened, whatever a message says.

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
