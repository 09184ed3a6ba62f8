// On every page: registers the service worker (sw.js keeps the public pages for offline use), says in words
// when the page is the copy saved in this browser or the network is gone, stops a search that cannot work,
// offers to install Spinewise where the browser allows it, and sends what was done offline once back online.
import { flush, noteLivePage } from './outbox.js';

const html = document.documentElement;
const savedCopy = html.hasAttribute('data-saved-copy');
const note = document.querySelector('[data-offline-note]');
const searchNote = document.querySelector('[data-search-offline]');

function offline() {
  return savedCopy || !navigator.onLine;
}

function showState() {
  if (note) note.hidden = !offline();
  html.dataset.offline = offline() ? 'true' : 'false';
  if (searchNote && !offline()) searchNote.textContent = '';
}

showState();
window.addEventListener('online', () => { showState(); flush(); });
window.addEventListener('offline', showState);

document.querySelector('form.search')?.addEventListener('submit', (event) => {
  if (!offline()) return;
  event.preventDefault();
  searchNote.textContent = 'Search needs the network. You are offline: try again when you are connected.';
});

if (!savedCopy) {
  noteLivePage(document.body.dataset.signedIn === 'true');
  if (navigator.onLine) flush();
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
    // a page in another language than the kept pages (the person switched) has them kept again in its own
    if (!savedCopy && html.lang) registration.active?.postMessage({ type: 'language', language: html.lang });
  }).catch(() => { /* no worker (private window, old browser): pages work online only */ });
}

let installPrompt = null;
const installButton = document.querySelector('[data-install]');
window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  installPrompt = event;
  if (installButton) installButton.hidden = false;
});
installButton?.addEventListener('click', async () => {
  if (!installPrompt) return;
  installPrompt.prompt();
  await installPrompt.userChoice;
  installPrompt = null;
  installButton.hidden = true;
});
window.addEventListener('appinstalled', () => { if (installButton) installButton.hidden = true; });
