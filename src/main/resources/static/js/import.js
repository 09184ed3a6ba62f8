// After sign-up: offers to bring the routines this browser kept (storage.js)
// into the new account. Nothing is sent until the person clicks.
import { store } from './storage.js';
import { runOf, saveRun } from './account.js';
import { words } from './cues.js';

const root = document.getElementById('import');
if (root) offer(root);

function offer(root) {
  const say = words(root);
  // one or many, as the page's words say it: {count} is the number
  const counted = (key, count) => say(`${key}.${count === 1 ? 'one' : 'many'}`, { count });
  const candidates = store.sessions().filter((session) => !session.savedToAccount && !session.imported && runOf(session));
  if (candidates.length === 0) {
    root.dataset.state = 'nothing';
    return;
  }
  const button = root.querySelector('[data-action="import"]');
  const result = root.querySelector('[data-out="result"]');
  button.textContent = counted('offer', candidates.length);
  root.hidden = false;
  root.dataset.state = 'offered';
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.textContent = say('bringing');
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
    result.textContent = counted('done', imported) + (failed.length ? ` ${counted('failed', failed.length)}` : '');
    root.dataset.state = 'done';
    root.dataset.imported = String(imported);
  });
}
