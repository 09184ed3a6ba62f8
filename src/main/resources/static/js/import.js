// After sign-up: offers to bring the routines this browser kept (storage.js)
// into the new account. Nothing is sent until the person clicks.
import { store } from './storage.js';
import { runOf, saveRun } from './account.js';

function routines(n) {
  return `${n} routine${n === 1 ? '' : 's'}`;
}

const root = document.getElementById('import');
if (root) offer(root);

function offer(root) {
  const candidates = store.sessions().filter((session) => !session.savedToAccount && !session.imported && runOf(session));
  if (candidates.length === 0) {
    root.dataset.state = 'nothing';
    return;
  }
  const button = root.querySelector('[data-action="import"]');
  const result = root.querySelector('[data-out="result"]');
  button.textContent = `Bring over ${routines(candidates.length)} this browser kept`;
  root.hidden = false;
  root.dataset.state = 'offered';
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.textContent = 'Bringing them over…';
    let imported = 0;
    const failed = [];
    for (const session of candidates) {
      try {
        await saveRun(runOf(session));
        imported++;
        store.updateSessions((sessions) => sessions.map((kept) => (kept.at === session.at ? { ...kept, imported: true } : kept)));
      } catch (error) {
        failed.push(error.message);
      }
    }
    button.hidden = true;
    result.textContent = `Brought over ${routines(imported)} into your account.`
      + (failed.length ? ` ${routines(failed.length)} could not be brought over and stay in this browser.` : '');
    root.dataset.state = 'done';
    root.dataset.imported = String(imported);
  });
}
