// The flare-up plan on /learn/flare-up-plan: keeps what a person types in this
// browser (see storage.js; nothing is sent) and prints it. Without this module
// the same fields are on the page, to print and fill in by hand.
import { store } from './storage.js';

const plan = document.getElementById('flare-up-plan');
if (plan) keep(plan);

function keep(plan) {
  const fields = [...plan.querySelectorAll('textarea')];
  const stored = store.flareUpPlan();
  const saved = stored && typeof stored === 'object' ? stored : {};
  fields.forEach((field) => {
    if (typeof saved[field.name] === 'string') field.value = saved[field.name];
    field.addEventListener('input', () => {
      store.setFlareUpPlan(Object.fromEntries(fields.map((each) => [each.name, each.value])));
    });
  });
  const print = plan.querySelector('[data-action="print"]');
  print.hidden = false;
  print.addEventListener('click', () => window.print());
  plan.querySelector('[data-out="kept"]').hidden = false;
  plan.dataset.state = 'ready';
}
