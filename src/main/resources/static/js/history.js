// Shows what this browser keeps (see storage.js), and forgets it on request.
import { store } from './storage.js';

const when = (iso) => (iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '');
const STOPPED = { sharp: 'sharp pain', numbness: 'numbness or tingling', weakness: 'a weak leg', leg: 'pain into a leg', uncomfortable: 'discomfort' };
const DISPOSITIONS = {
  EMERGENCY: 'get emergency help', URGENT: 'see a doctor soon', SEE_PROFESSIONAL: 'book a visit', SELF_CARE: 'self-care',
};

function fill(table, rows) {
  const body = table.querySelector('tbody');
  body.replaceChildren(...rows.map((cells) => {
    const row = document.createElement('tr');
    cells.forEach((text) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    });
    return row;
  }));
  table.hidden = rows.length === 0;
}

function show(root) {
  const out = (name) => root.querySelector(`[data-out="${name}"]`);
  const last = store.lastScreening();
  if (last) out('last-check').textContent = `${when(last.at)}: ${DISPOSITIONS[last.disposition] ?? last.disposition}.`;
  const sessions = store.sessions().slice().reverse();
  out('no-sessions').hidden = sessions.length > 0;
  fill(out('sessions'), sessions.map((s) => [when(s.at), String(Math.round((s.seconds ?? 0) / 60)),
    s.painBefore ?? '–', s.painAfter ?? '–', s.stoppedBecause ? STOPPED[s.stoppedBecause] ?? s.stoppedBecause : '–']));
  const therapy = store.therapySessions().slice().reverse();
  out('no-therapy').hidden = therapy.length > 0;
  fill(out('therapy'), therapy.map((t) => [when(t.startedAt), t.kind.toLowerCase(), String(t.minutes), t.finished ? 'yes' : 'ended early']));
  root.dataset.state = 'ready';
  root.querySelector('[data-action="forget"]').addEventListener('click', () => {
    store.forgetAll();
    window.location.reload();
  });
}

// Last, once the constants above exist (calling it earlier threw as soon as anything was stored).
const root = document.getElementById('history');
if (root) show(root);
