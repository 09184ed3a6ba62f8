// Writes to the HTTP API (account-api.md) from page scripts, one way for all:
// every change under /api/v1 carries the CSRF header, and a refused token is
// fetched afresh once (it changes when the person signs in again elsewhere).

// Over TLS the cookie is __Host-XSRF-TOKEN (only this host can set it), else XSRF-TOKEN.
const CSRF_COOKIE = /^(?:__Host-)?XSRF-TOKEN=/;

/** The CSRF header: from the token's cookie, or fetched afresh. */
async function csrfHeader(fresh) {
  const cookie = fresh ? null : document.cookie.split('; ').find((pair) => CSRF_COOKIE.test(pair));
  if (cookie) return { 'X-XSRF-TOKEN': decodeURIComponent(cookie.replace(CSRF_COOKIE, '')) };
  const answer = await fetch('/api/v1/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await answer.json();
  return { [body.headerName]: body.token };
}

/**
 * Sends `body` as JSON to `path` with the CSRF header, once more with a fresh token when refused (403).
 * @returns {Promise<Response>} the server's answer, whatever its status; rejects only when offline
 */
export async function writeToApi(path, body, method = 'POST') {
  const send = async (fresh) => fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(await csrfHeader(fresh)) },
    body: JSON.stringify(body),
  });
  const answer = await send(false);
  return answer.status === 403 ? send(true) : answer;
}
