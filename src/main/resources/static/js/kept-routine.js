// GET /routine: the routine this browser kept when it was last planned (player.js keeps it), with the date of
// the safety check it was planned from. The player starts only once the person confirms that nothing on the
// warning-sign list has appeared since; without a kept routine the page offers to plan one.
import { store } from './storage.js';
import { start } from './player.js';

const root = document.getElementById('player');
const kept = store.lastRoutine();
if (root && kept?.plan?.items?.length) {
  document.querySelector('[data-kept-none]').hidden = true;
  document.querySelector('[data-kept-routine]').hidden = false;
  const when = document.querySelector('[data-out="screened-at"]');
  const at = new Date(kept.screenedAt ?? kept.plannedAt);
  when.dateTime = at.toISOString();
  when.textContent = at.toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'long' });
  const steps = document.querySelector('[data-out="kept-steps"]');
  kept.plan.items.forEach((item) => {
    const step = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/library/${encodeURIComponent(item.exerciseId)}`;
    link.textContent = item.name;
    step.append(link);
    steps.append(step);
  });
  root.dataset.plan = JSON.stringify(kept.plan);
  start(root);
}
