// What a signed-in person did while offline, kept in this browser until the network is back, then sent once:
// each record carries a clientId the server stores it under, so a second send of the same record (a lost
// answer, two open tabs) stores nothing new (pocket.md, "Offline"). Records wait only for the person who made
// them: a page the server shows signed out (after sign-out, or to someone else) empties the outbox.
import { writeToApi } from './api.js';

const OUTBOX = 'spinewise.outbox';
const SIGNED_IN = 'spinewise.signedIn';

function read() {
  try { return JSON.parse(localStorage.getItem(OUTBOX) || '[]'); } catch { return []; }
}

function write(entries) {
  try { localStorage.setItem(OUTBOX, JSON.stringify(entries)); } catch { /* storage full: sent now or never */ }
}

/** A page served by the server (not the saved copy) says who is signed in; this browser remembers it. */
export function noteLivePage(signedIn) {
  try {
    if (signedIn) {
      localStorage.setItem(SIGNED_IN, 'true');
    } else {
      localStorage.removeItem(SIGNED_IN);
      localStorage.removeItem(OUTBOX);
    }
  } catch { /* storage off: nothing kept to send */ }
}

/** Whether the person was signed in on the last page the server showed (what a saved copy cannot say). */
export function signedInHere() {
  try { return localStorage.getItem(SIGNED_IN) === 'true'; } catch { return false; }
}

export function waiting() {
  return read().length;
}

let sending = null;
/** The server's last answers to records sent from this page, by clientId: { ok, status, body }. */
const answers = new Map();

/** Sends every waiting record once; a record goes when the server answered it (stored, or refused for good). */
export function flush() {
  sending ??= (async () => {
    for (const entry of read()) {
      let answer;
      try {
        answer = await writeToApi(entry.path, entry.body);
      } catch {
        break; // still offline: everything waits
      }
      const final = answer.ok || (answer.status >= 400 && answer.status < 500 && ![401, 403, 408, 429].includes(answer.status));
      if (!final) break;
      answers.set(entry.body.clientId, { ok: answer.ok, status: answer.status, body: await answer.json().catch(() => null) });
      write(read().filter((kept) => kept.body.clientId !== entry.body.clientId));
    }
  })().finally(() => { sending = null; });
  return sending;
}

/**
 * Keeps `body` for `path` with a new clientId and sends what waits.
 * @returns {Promise<object|null>} the server's answer to this record ({ ok, status, body }), or null while it waits
 */
export async function send(path, body) {
  const entry = { path, body: { ...body, clientId: crypto.randomUUID() } };
  write([...read(), entry]);
  await flush();
  await flush(); // a flush already under way when this was kept may have read the outbox before it
  const answer = answers.get(entry.body.clientId) ?? null;
  answers.delete(entry.body.clientId);
  return answer;
}
