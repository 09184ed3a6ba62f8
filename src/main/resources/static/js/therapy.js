// The heat and cold timer: a checklist first, a session that can never run
// past the maximum, ends by itself with a gentle alert, and the library's rest
// before the next cold session. Timed from timestamps. The limits and texts
// come from the page, which renders them from the library.
import { createClock, formatMinutes, secondsLeft } from './clock.js';
import { chime, createWakeLock, words } from './cues.js';
import { store } from './storage.js';
import { send, signedInHere } from './outbox.js';
import './last-check.js';

const ALTERNATE_BLOCK_MINUTES = 5;

const coach = document.getElementById('coach');
if (coach) start(coach);

/** Minutes as asked, kept within 1 and the maximum whatever was typed. */
export function clampMinutes(value, max, fallback) {
  const minutes = Math.round(Number(value));
  if (!Number.isFinite(minutes) || minutes < 1) return fallback;
  return Math.min(minutes, max);
}

/** Which of heat or cold applies at a moment of an alternating session. */
export function alternateKind(elapsedMs, first) {
  const block = Math.floor(elapsedMs / (ALTERNATE_BLOCK_MINUTES * 60000));
  const other = first === 'COLD' ? 'HEAT' : 'COLD';
  return block % 2 === 0 ? first : other;
}

/** A signed-in person's session is also kept in their account, once, when the network is back if it is not now. */
async function keepOnServer(record) {
  await send('/api/v1/therapy-sessions', record);
}

/** The pregnancy caution, when the latest safety check in this browser fired a rule that means pregnant. */
function showPregnancyCaution(coach) {
  const caution = coach.querySelector('[data-out="pregnancy"]');
  if (!caution) return;
  const meanPregnant = coach.dataset.pregnancyRules.split(' ');
  const fired = store.lastScreening()?.firedRules ?? [];
  caution.hidden = !fired.some((id) => meanPregnant.includes(id));
}

function start(coach) {
  coach.hidden = false;   // the coach needs this script: without it the page shows its written guidance instead
  const clock = createClock();
  const wakeLock = createWakeLock();
  const max = Number(coach.dataset.maxMinutes);
  const fallback = Number(coach.dataset.defaultMinutes);
  const firstAlternate = coach.dataset.recommended === 'COLD' ? 'COLD' : 'HEAT';
  // Wall-clock time, as the end of the last session is kept; an accelerated clock (?speed=) shortens it alike.
  const coldRestMs = (Number(coach.dataset.coldRestMinutes) * 60000) / clock.speed;
  let restTimer = null;
  const out = (name) => coach.querySelector(`[data-out="${name}"]`);
  const say = words(coach);
  const startButton = coach.querySelector('[data-action="start"]');
  const pauseButton = coach.querySelector('[data-action="pause"]');
  const minutesInput = coach.querySelector('#minutes');
  const session = { mode: null, endsAt: 0, startedAt: 0, paused: false, remainingMs: 0, timer: null, minutes: 0 };
  showPregnancyCaution(coach);
  coach.dataset.state = 'ready';

  const mode = () => coach.querySelector('input[name="mode"]:checked').value;

  function refresh() {
    const current = mode();
    coach.querySelectorAll('[data-for]').forEach((item) => { item.hidden = !item.dataset.for.split(' ').includes(current); });
    const checks = [...coach.querySelectorAll('[data-check]')].filter((box) => !box.closest('[hidden]'));
    const allChecked = checks.every((box) => box.checked);
    const restUntil = coldRestUntil();
    const resting = current !== 'HEAT' && restUntil > Date.now();
    out('rest').hidden = !resting;
    clearTimeout(restTimer);
    if (resting) {
      out('rest-until').textContent = new Date(restUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      restTimer = setTimeout(refresh, restUntil - Date.now());   // let cold start again once the rest is over
    }
    startButton.disabled = !allChecked || resting || coach.dataset.state === 'running';
    out('why-disabled').textContent = resting ? say('resting') : allChecked ? '' : say('tickEvery');
  }

  function coldRestUntil() {
    const lastCold = store.therapySessions().filter((s) => s.kind !== 'HEAT').map((s) => Date.parse(s.endedAt)).sort().pop();
    return lastCold ? lastCold + coldRestMs : 0;
  }

  function begin() {
    session.minutes = clampMinutes(minutesInput.value, max, fallback);
    minutesInput.value = session.minutes;
    session.mode = mode();
    session.startedAt = clock.now();
    session.endsAt = session.startedAt + session.minutes * 60000;
    session.paused = false;
    session.startedAtWall = new Date().toISOString();
    coach.dataset.state = 'running';
    out('running').hidden = false;
    out('done').hidden = true;
    startButton.disabled = true;
    coach.querySelectorAll('input').forEach((input) => { input.disabled = true; });
    wakeLock.hold();
    session.timer = setInterval(tick, 200);
    document.addEventListener('visibilitychange', tick);
    out('announce').textContent = say(currentKind() === 'COLD' ? 'startedCold' : 'startedHeat', { minutes: session.minutes });
    tick();
    pauseButton.focus();
  }

  function currentKind() {
    const elapsed = (session.paused ? session.endsAt - session.remainingMs : clock.now()) - session.startedAt;
    return session.mode === 'ALTERNATE' ? alternateKind(elapsed, firstAlternate) : session.mode;
  }


  function tick() {
    if (session.paused || coach.dataset.state !== 'running') return;
    const now = clock.now();
    if (now >= session.endsAt) {
      end(true);
      return;
    }
    const kind = currentKind();
    const text = say(session.mode === 'ALTERNATE' ? (kind === 'COLD' ? 'alternatingCold' : 'alternatingHeat') : (kind === 'COLD' ? 'sessionCold' : 'sessionHeat'));
    if (out('mode').textContent !== text) {
      if (out('mode').textContent) out('announce').textContent = say(kind === 'COLD' ? 'switchCold' : 'switchHeat');
      out('mode').textContent = text;
    }
    out('time').textContent = formatMinutes(secondsLeft(session.endsAt, now));
  }

  function togglePause() {
    const now = clock.now();
    if (session.paused) {
      session.paused = false;
      const shift = now - (session.endsAt - session.remainingMs);
      session.startedAt += shift;
      session.endsAt = now + session.remainingMs;
      pauseButton.textContent = say('pause');
      out('announce').textContent = say('resumed');
    } else {
      session.paused = true;
      session.remainingMs = session.endsAt - now;
      pauseButton.textContent = say('resume');
      out('announce').textContent = say('paused');
    }
  }

  function end(finished) {
    clearInterval(session.timer);
    document.removeEventListener('visibilitychange', tick);
    wakeLock.release();
    coach.dataset.state = finished ? 'done' : 'stopped';
    out('running').hidden = true;
    coach.querySelectorAll('input').forEach((input) => { input.disabled = false; });
    const record = { kind: session.mode, minutes: session.minutes, startedAt: session.startedAtWall,
      endedAt: new Date().toISOString(), finished };
    store.addTherapySession(record);
    const savedCopy = document.documentElement.hasAttribute('data-saved-copy');
    if (coach.dataset.signedIn === 'true' || (savedCopy && signedInHere())) keepOnServer(record);
    const done = out('done');
    done.hidden = false;
    done.textContent = finished
      ? say({ COLD: 'upCold', HEAT: 'upHeat' }[session.mode] ?? 'upAlternate')
      : say('ended');
    if (finished) chime();
    done.focus();
    refresh();
  }

  coach.addEventListener('change', refresh);
  coach.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'start') begin();
    if (action === 'pause') togglePause();
    if (action === 'stop') end(false);
  });
  minutesInput.addEventListener('change', () => { minutesInput.value = clampMinutes(minutesInput.value, max, fallback); });
  refresh();
}
