// GET /routine: the routine this browser kept when it was last planned (player.js keeps it), with the date of
// the safety check it was planned from. The player starts only once the person confirms that nothing on the
// warning-sign list has appeared since; without a kept routine the page offers to plan one.
import { store } from './storage.js';
import { start } from './player.js';
import { words } from './cues.js';

const root = document.getElementById('player');
const kept = store.lastRoutine();
if (root && kept?.plan?.items?.length) {
  document.querySelector('[data-kept-none]').hidden = true;
  document.querySelector('[data-kept-routine]').hidden = false;
  const when = document.querySelector('[data-out="screened-at"]');
  const at = new Date(kept.screenedAt ?? kept.plannedAt);
  when.dateTime = at.toISOString();
  when.textContent = at.toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'long' });
  showSteps(document.querySelector('[data-out="kept-steps"]'), kept.plan.items, words(root));
  root.dataset.plan = JSON.stringify(kept.plan);
  start(root);
}

/**
 * The kept routine's steps as the routine page lists them: in rounds, each with its dose and drawing (a
 * routine kept by an older release has neither rounds nor doses in words, and shows its names alone).
 */
function showSteps(list, items, say) {
  let round = null;
  items.forEach((item, index) => {
    if (!round || item.round !== round.number) {
      if (item.rounds > 1) list.append(element('h2', 'round-title', say('round', { n: item.round, total: item.rounds })));
      round = { number: item.round, steps: element('ol', 'routine') };
      round.steps.start = index + 1;
      list.append(round.steps);
    }
    const step = element('li', 'routine-step');
    const link = element('a');
    link.href = `/library/${encodeURIComponent(item.exerciseId)}`;
    link.textContent = item.name;
    step.append(link);
    if (item.dose) step.append(document.createElement('br'), element('span', 'source', item.dose));
    if (item.imageAlt) {
      const drawing = element('img', 'step-drawing');
      Object.assign(drawing, { src: item.image, alt: item.imageAlt, width: 320, height: 200 });
      step.append(drawing);
    }
    round.steps.append(step);
  });
}

function element(name, className, text) {
  const made = document.createElement(name);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}
