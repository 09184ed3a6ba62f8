// The guided player: one hold at a time, with countdown, side, repetition and
// set counters, a paced breathing cue, pause, resume, skip, back, keyboard
// shortcuts, optional spoken cues, and a "This hurts, stop" path that sends
// the person back to the safety check. Every timer is computed from the
// clock's timestamps, never from counted ticks. When the page says a person
// is signed in (data-signed-in), each finished or stopped run is also kept in
// their account; an anonymous visitor's runs stay in this browser only.
import { createClock, secondsLeft } from './clock.js';
import { createVoice, createWakeLock, chime } from './cues.js';
import { store } from './storage.js';
import { runOf } from './account.js';
import { send, signedInHere } from './outbox.js';
import './last-check.js';

const BREATH_IN_MS = 4000;
const BREATH_CYCLE_MS = 10000;
const SIDES = ['right side', 'left side'];

const root = document.getElementById('player');
// the kept routine's page (kept-routine.js) starts the player itself, with the routine this browser kept
if (root?.dataset.plan) start(root);

/** Every hold and rest of the routine, in order. */
export function buildPhases(items) {
  const phases = [];
  items.forEach((item, itemIndex) => {
    for (let set = 1; set <= item.sets; set++) {
      for (let rep = 1; rep <= item.reps; rep++) {
        for (let side = 1; side <= item.sides; side++) {
          const where = { itemIndex, set, rep, side };
          phases.push({ ...where, kind: 'hold', seconds: item.holdSeconds });
          if (item.restSeconds > 0) phases.push({ ...where, kind: 'rest', seconds: item.restSeconds });
        }
      }
    }
  });
  return phases;
}

export function start(root) {
  const plan = JSON.parse(root.dataset.plan);
  if (!root.hasAttribute('data-kept')) store.setLastRoutine({ plan, screenedAt: store.lastScreening()?.at ?? null, plannedAt: new Date().toISOString() });
  const phases = buildPhases(plan.items);
  const clock = createClock();
  const voice = createVoice();
  const wakeLock = createWakeLock();
  const out = (name) => root.querySelector(`[data-out="${name}"]`);
  const stages = [...root.querySelectorAll('[data-stage]')];
  const stopRow = root.querySelector('[data-stop-row]');
  const dialog = root.querySelector('[data-dialog="hurts"]');
  const pauseButton = root.querySelector('[data-action="pause"]');
  // a saved copy was made for nobody: the last page the server showed says who is signed in
  const signedIn = root.dataset.signedIn === 'true' || (document.documentElement.hasAttribute('data-saved-copy') && signedInHere());
  const confirmSigns = document.querySelector('[data-confirm-signs]');

  const state = {
    index: 0, endsAt: 0, phaseStartedAt: 0, paused: false, remainingMs: 0,
    startedAt: null, painBefore: null, painAfter: null, holdsDone: 0, timer: null, completed: false,
  };

  root.hidden = false;
  show('before');

  function show(stage) {
    stages.forEach((element) => { element.hidden = element.dataset.stage !== stage; });
    stopRow.hidden = stage !== 'playing';
    root.dataset.state = stage === 'playing' && state.paused ? 'paused' : stage;
  }

  function checkedValue(name) {
    const input = root.querySelector(`input[name="${name}"]:checked`);
    return input ? Number(input.value) : null;
  }

  function begin() {
    if (confirmSigns && !confirmSigns.checked) {
      out('confirm').hidden = false;
      confirmSigns.focus();
      return;
    }
    state.painBefore = checkedValue('pain-before');
    voice.enabled = root.querySelector('[data-option="speech"]').checked;
    state.startedAt = new Date();
    wakeLock.hold();
    show('playing');
    enter(0, clock.now());
    state.timer = setInterval(tick, 100);
    document.addEventListener('visibilitychange', tick);
    // Focusing the controls would scroll them to the bottom edge and the name, drawing and countdown off the top.
    pauseButton.focus({ preventScroll: true });
    root.scrollIntoView({ block: 'start' });
  }

  function enter(index, at) {
    state.index = index;
    state.phaseStartedAt = at;
    state.endsAt = at + phases[index].seconds * 1000;
    renderPhase();
    announce();
  }

  /** Moves on by as many phases as the clock says have ended (several, after the tab slept). */
  function tick() {
    if (state.paused || root.dataset.state !== 'playing') return;
    const now = clock.now();
    while (now >= state.endsAt) {
      if (phases[state.index].kind === 'hold') state.holdsDone++;
      if (state.index + 1 >= phases.length) {
        complete();
        return;
      }
      const endedAt = state.endsAt;
      state.index++;
      state.phaseStartedAt = endedAt;
      state.endsAt = endedAt + phases[state.index].seconds * 1000;
      if (now < state.endsAt) {
        renderPhase();
        announce();
      }
    }
    renderCount(now);
  }

  function renderPhase() {
    const phase = phases[state.index];
    const item = plan.items[phase.itemIndex];
    out('progress').textContent = `Exercise ${phase.itemIndex + 1} of ${plan.items.length}`;
    out('name').textContent = item.name;
    const image = out('image');
    if (image.getAttribute('src') !== item.image) image.setAttribute('src', item.image);
    out('phase').textContent = phase.kind === 'hold'
      ? (item.sides === 2 ? `Hold, ${SIDES[phase.side - 1]}` : 'Hold')
      : 'Rest and breathe';
    const counters = [];
    if (item.reps > 1) counters.push(`Repetition ${phase.rep} of ${item.reps}`);
    counters.push(`Set ${phase.set} of ${item.sets}`);
    if (item.sides === 2) counters.push(`Side ${phase.side} of 2`);
    out('counters').textContent = counters.join(' · ');
    out('instruction').textContent = phase.kind === 'hold' ? item.breathing : 'Relax, then get ready for the next hold.';
  }

  function renderCount(now) {
    const left = state.paused ? Math.ceil(state.remainingMs / 1000) : secondsLeft(state.endsAt, now);
    const count = out('count');
    if (count.textContent !== String(left)) count.textContent = String(left);
    const inBreath = ((now - state.phaseStartedAt) % BREATH_CYCLE_MS) < BREATH_IN_MS;
    out('breath').dataset.phase = inBreath ? 'in' : 'out';
  }

  function announce() {
    const phase = phases[state.index];
    const item = plan.items[phase.itemIndex];
    const text = phase.kind === 'hold'
      ? `${item.name}. ${item.sides === 2 ? SIDES[phase.side - 1] + '. ' : ''}Hold for ${phase.seconds} seconds.`
      : `Rest for ${phase.seconds} seconds.`;
    out('announce').textContent = text;
    voice.say(text);
  }

  function togglePause() {
    if (root.dataset.state !== 'playing' && root.dataset.state !== 'paused') return;
    const now = clock.now();
    if (state.paused) {
      state.paused = false;
      state.endsAt = now + state.remainingMs;
      state.phaseStartedAt = state.endsAt - phases[state.index].seconds * 1000;
      pauseButton.textContent = 'Pause';
      root.dataset.state = 'playing';
      voice.say('Resuming.');
    } else {
      state.paused = true;
      state.remainingMs = Math.max(0, state.endsAt - now);
      pauseButton.textContent = 'Resume';
      root.dataset.state = 'paused';
      out('announce').textContent = 'Paused.';
      voice.say('Paused.');
    }
    renderCount(now);
  }

  /** The first hold of the next exercise (its sets and rests are skipped too), or the end. */
  function skip() {
    const current = phases[state.index].itemIndex;
    const next = phases.findIndex((phase) => phase.itemIndex > current);
    if (next < 0) {
      complete();
      return;
    }
    jump(next);
  }

  /** Back to the start of this exercise, or to the previous exercise when this one has barely begun. */
  function back() {
    const now = state.paused ? state.endsAt - state.remainingMs : clock.now();
    const current = phases[state.index].itemIndex;
    const start = firstPhaseOf(current);
    const barelyBegun = state.index === start && now - state.phaseStartedAt < 2000;
    jump(barelyBegun && current > 0 ? firstPhaseOf(current - 1) : start);
  }

  function firstPhaseOf(itemIndex) {
    return phases.findIndex((phase) => phase.itemIndex === itemIndex);
  }

  function jump(index) {
    enter(index, clock.now());
    if (state.paused) state.remainingMs = phases[index].seconds * 1000;
    renderCount(clock.now());
  }

  function halt() {
    clearInterval(state.timer);
    document.removeEventListener('visibilitychange', tick);
    wakeLock.release();
    voice.enabled = false;
  }

  function complete() {
    state.completed = true;
    halt();
    chime();
    show('after');
    root.querySelector('[data-pain="after"] input')?.focus();
  }

  function finish() {
    state.painAfter = checkedValue('pain-after');
    const session = record(null);
    keepInAccount(session);
    out('change').textContent = painChange(session.painBefore, session.painAfter);
    out('summary').textContent =
      `You did ${session.holdsDone} holds of ${plan.items.length} exercises in ${Math.round(session.seconds / 60)} minutes.`;
    show('summary');
    out('change').focus?.();
  }

  /** Pauses and asks what happened; nothing is kept until the person answers. */
  function hurts() {
    if (!state.paused) togglePause();
    show('stopped');
    out('stopped-title').textContent = 'Routine stopped';
    out('stopped-advice').textContent = 'Tell us what happened.';
    out('stopped-actions').replaceChildren();
    dialog.returnValue = '';
    dialog.showModal();
  }

  function afterHurt() {
    const reason = dialog.querySelector('input[name="hurt"]:checked')?.value;
    if (dialog.returnValue !== 'ok' || !reason) {
      // Closed with Escape: nothing happened, so nothing is kept; the routine waits, paused.
      show('playing');
      pauseButton.focus({ preventScroll: true });
      return;
    }
    if (reason === 'uncomfortable') offerToCarryOn();
    else stopFor(reason);
  }

  /** Discomfort alone need not end the routine: the person chooses to carry on or to stop here. */
  function offerToCarryOn() {
    const title = out('stopped-title');
    title.textContent = 'Paused: just uncomfortable';
    out('stopped-advice').textContent = 'Some discomfort while stretching can be normal. Rest and breathe. '
      + 'Carry on only if it fades, moving less far and more slowly. If it turns sharp or spreads, stop.';
    out('stopped-actions').replaceChildren(
      actionButton('carry-on', 'Carry on gently', 'primary'), ' ', actionButton('end-here', 'Stop the routine here'));
    focusTitle(title);
  }

  function actionButton(action, text, className) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.textContent = text;
    if (className) button.className = className;
    return button;
  }

  function carryOn() {
    show('playing');
    if (state.paused) togglePause();
    pauseButton.focus({ preventScroll: true });
  }

  function stopFor(reason) {
    halt();
    keepInAccount(record(reason));
    const title = out('stopped-title');
    if (reason === 'uncomfortable') {
      title.textContent = 'Routine stopped';
      out('stopped-advice').textContent = 'Some discomfort while stretching can be normal. Rest, breathe, and only go on if it fades. '
        + 'Next time, move less far and more slowly.';
      out('stopped-actions').innerHTML = '<a href="/screening">New safety check</a> · <a href="/therapy">Heat or cold timer</a>';
    } else {
      title.textContent = 'Please answer the safety check again now';
      out('stopped-advice').textContent = {
        sharp: 'Sharp pain is a sign to stop. Do not go on with this routine.',
        numbness: 'Numbness or tingling can mean a nerve is irritated. Do not go on with this routine.',
        weakness: 'A leg that feels weak or gives way can mean a nerve is not working fully. Do not go on with this routine.',
        leg: 'Pain spreading into a leg can come from an irritated nerve. Do not go on with this routine.',
      }[reason] + ' Answer the questions again with how you feel now, and follow the advice they give.';
      out('stopped-actions').innerHTML = `<a class="button button-primary" href="/screening?after=${reason}">Answer the safety check again</a>`;
    }
    focusTitle(title);
  }

  function focusTitle(title) {
    title.setAttribute('tabindex', '-1');
    title.focus();
  }

  function record(stoppedBecause) {
    const session = {
      at: state.startedAt?.toISOString() ?? new Date().toISOString(),
      seconds: Math.round(millisecondsDone() / 1000),
      holdsDone: state.holdsDone,
      items: plan.items.length,
      painBefore: state.painBefore,
      painAfter: state.painAfter,
      stoppedBecause,
      rulesVersion: plan.rulesVersion,
      endedAt: new Date().toISOString(),
      completed: completedIds(),
    };
    store.addSession(session);
    return session;
  }

  /** The library ids of the exercises whose every hold has ended (skipped ones too), in routine order. */
  function completedIds() {
    const done = state.completed ? plan.items.length : phases[state.index].itemIndex;
    return [...new Set(plan.items.slice(0, done).map((item) => item.exerciseId))];
  }

  /** Signed in: keeps the run in the person's account too, and says whether that worked. */
  async function keepInAccount(session) {
    if (!signedIn) return;
    const status = out('account');
    status.hidden = false;
    const run = runOf(session);
    if (!run) {
      status.textContent = 'Not kept in your account: choose your pain before you start, so your routines can be compared. It is kept in this browser.';
      root.dataset.saved = 'skipped';
      return;
    }
    status.textContent = 'Keeping this routine in your account…';
    const answer = await send('/api/v1/routine-runs', run);
    if (answer?.ok) {
      store.updateSessions((sessions) => sessions.map((kept) => (kept.at === session.at ? { ...kept, savedToAccount: true } : kept)));
      status.textContent = 'Kept in your account.';
      root.dataset.saved = answer.body?.id ?? 'stored';
    } else if (!answer) {
      status.textContent = 'You are offline: this routine is kept in this browser and goes to your account, once, when the network is back.';
      root.dataset.saved = 'waiting';
    } else {
      const detail = answer.body?.errors?.map((error) => `${error.field} ${error.message}`).join('; ') || `status ${answer.status}`;
      status.textContent = `Could not keep this routine in your account (${detail}). It is kept in this browser.`;
      root.dataset.saved = 'failed';
    }
  }

  function millisecondsDone() {
    const before = phases.slice(0, state.index).reduce((sum, phase) => sum + phase.seconds * 1000, 0);
    const length = phases[state.index].seconds * 1000;
    if (state.completed) return before + length;
    const inPhase = state.paused ? length - state.remainingMs : clock.now() - state.phaseStartedAt;
    return before + Math.min(Math.max(inPhase, 0), length);
  }

  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    const actions = {
      start: begin, pause: togglePause, skip, back, hurts, finish, 'carry-on': carryOn, 'end-here': () => stopFor('uncomfortable'),
    };
    actions[action]?.();
  });
  dialog.addEventListener('close', afterHurt);

  document.addEventListener('keydown', (event) => {
    const typing = event.target.closest('input, select, textarea, dialog');
    // Space pauses or resumes even on a focused player button (after a click on Skip it used to skip again).
    const activating = event.key === ' ' && event.target.closest('button, a') && !root.contains(event.target);
    if (typing || activating || event.altKey || event.ctrlKey || event.metaKey) return;
    const playing = root.dataset.state === 'playing' || root.dataset.state === 'paused';
    if (!playing) return;
    const keys = {
      ' ': togglePause, ArrowRight: skip, ArrowLeft: back, h: hurts, H: hurts,
      s: () => { voice.enabled = !voice.enabled; out('announce').textContent = voice.enabled ? 'Speech on.' : 'Speech off.'; },
    };
    keys.S = keys.s;
    if (keys[event.key]) {
      event.preventDefault();
      keys[event.key]();
    }
  });
}

export function painChange(before, after) {
  if (before === null || after === null) return 'Pain change not recorded.';
  const change = after - before;
  if (change < 0) return `Pain ${before} → ${after}: down ${-change} point${change === -1 ? '' : 's'}.`;
  if (change > 0) return `Pain ${before} → ${after}: up ${change} point${change === 1 ? '' : 's'}. If pain keeps rising, take the safety check again.`;
  return `Pain ${before} → ${after}: unchanged.`;
}
