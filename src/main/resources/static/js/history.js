// Shows what this browser keeps (see storage.js), and forgets it on request.
import { store } from './storage.js';
import { words } from './cues.js';

const when = (iso) => (iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '');
const STOPPED = ['sharp', 'numbness', 'weakness', 'leg', 'uncomfortable'];
const DISPOSITIONS = ['EMERGENCY', 'URGENT', 'SEE_PROFESSIONAL', 'SELF_CARE'];

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
  const say = words(root);
  const last = store.lastScreening();
  if (last) out('last-check').textContent = `${when(last.at)}: ${DISPOSITIONS.includes(last.disposition) ? say(`disposition.${last.disposition}`) : last.disposition}.`;
  const sessions = store.sessions().slice().reverse();
  out('no-sessions').hidden = sessions.length > 0;
  fill(out('sessions'), sessions.map((s) => [when(s.at), String(Math.round((s.seconds ?? 0) / 60)),
    s.painBefore ?? '–', s.painAfter ?? '–', s.stoppedBecause ? (STOPPED.includes(s.stoppedBecause) ? say(`stopped.${s.stoppedBecause}`) : s.stoppedBecause) : '–']));
  const therapy = store.therapySessions().slice().reverse();
  out('no-therapy').hidden = therapy.length > 0;
  fill(out('therapy'), therapy.map((t) => [when(t.startedAt), t.kind === 'COLD' ? say('kind.COLD') : t.kind === 'HEAT' ? say('kind.HEAT') : t.kind.toLowerCase(), String(t.minutes), say(t.finished ? 'finished' : 'endedEarly')]));
  root.dataset.state = 'ready';
  root.querySelector('[data-action="forget"]').addEventListener('click', () => {
    store.forgetAll();
    window.location.reload();
  });
}

// Last, once the constants above exist (calling it earlier threw as soon as anything was stored).
const root = document.getElementById('history');
if (root) show(root);
