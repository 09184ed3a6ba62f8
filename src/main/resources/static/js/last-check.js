// After an emergency or urgent result, pages that offer exercise, heat or cold show a caution until a new
// check replaces it (the result is kept in this browser only; see storage.js and screening-result.js).
import { store } from './storage.js';

const STOPS_EXERCISE = new Set(['EMERGENCY', 'URGENT']);

function showLastCheckCaution(root = document) {
  const caution = root.querySelector('[data-last-check-caution]');
  const last = store.lastScreening();
  if (!caution || !last || !STOPS_EXERCISE.has(last.disposition)) return;
  const date = caution.querySelector('[data-out="last-check-date"]');
  if (date && last.at) date.textContent = new Date(last.at).toLocaleDateString([], { dateStyle: 'medium' });
  caution.hidden = false;
}

showLastCheckCaution();
