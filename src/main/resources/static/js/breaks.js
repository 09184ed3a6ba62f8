// Page notifications of movement breaks (reminders-api.md, "In the page"):
// while a Spinewise page is open, it shows a notification at each break in
// `next`, through the service worker, whose click opens the desk routine. A
// browser with a push subscription gets the server's push instead, so it shows
// none of its own: one notification per break. Loaded on signed-in pages only.

// The notification's words, in the page's language (layout/page.jte gives them to signed-in pages).
const WORDS = JSON.parse(document.body?.dataset.breakWords || '{}');
// Timers far ahead are unreliable in a sleeping tab: look again at the latest after this long.
const LOOK_AGAIN_MS = 60 * 60 * 1000;

/** The service worker's registration, or null where there is none. */
export async function serviceWorker() {
  if (!('serviceWorker' in navigator)) return null;
  await navigator.serviceWorker.register('/sw.js');
  return navigator.serviceWorker.ready;
}

/** Shows the break of `at` (ms) through the service worker; one tag per break, so open tabs show it once. */
export async function showBreak(registration, at) {
  await registration.showNotification(WORDS.title, {
    body: WORDS.body,
    tag: `movement-break-${at}`,
    data: { url: '/routine/desk' },
    actions: [{ action: 'open', title: WORDS.action }],
  });
}

async function nextBreak() {
  const answer = await fetch('/api/v1/me/reminders', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) return null;
  const { next } = await answer.json();
  return (next || []).map((text) => Date.parse(text)).find((at) => at > Date.now()) ?? null;
}

async function planNext() {
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  const registration = await serviceWorker();
  if (!registration || (registration.pushManager && await registration.pushManager.getSubscription())) return;
  const at = await nextBreak();
  if (at === null) return;
  const wait = at - Date.now();
  if (wait > LOOK_AGAIN_MS) {
    setTimeout(planNext, LOOK_AGAIN_MS);
    return;
  }
  setTimeout(async () => {
    await showBreak(registration, at);
    setTimeout(planNext, 1000);
  }, wait);
}

planNext().catch(() => { /* offline or signed out: no page notifications */ });
document.addEventListener('reminders-changed', () => planNext().catch(() => {}));
