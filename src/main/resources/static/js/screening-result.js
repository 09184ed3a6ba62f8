// Keeps the outcome of the latest screening in this browser only (no answers, no server call).
import { store } from './storage.js';

const section = document.getElementById('screening-result');
if (section?.dataset.screeningSummary) {
  const summary = JSON.parse(section.dataset.screeningSummary);
  store.setLastScreening({ ...summary, at: new Date().toISOString() });
}
