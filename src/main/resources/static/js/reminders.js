// The movement-break settings page (/me/reminders): the schedule, the calendar
// address and this device's push subscription, all through the HTTP API.
import { writeToApi } from './api.js';
import { serviceWorker } from './breaks.js';
import { words } from './cues.js';

const form = document.getElementById('schedule');
const out = (name) => document.querySelector(`[data-out="${name}"]`);
const say = words(form);

function scheduleFromForm() {
  const interval = form.elements.intervalMinutes.value.trim();
  return {
    enabled: form.elements.enabled.checked,
    days: [...form.querySelectorAll('input[name="days"]:checked')].map((box) => box.value),
    from: form.elements.from.value,
    to: form.elements.to.value,
    intervalMinutes: /^\d{1,4}$/.test(interval) ? Number(interval) : interval,
  };
}

function showErrors(errors) {
  form.querySelectorAll('[data-error]').forEach((p) => { p.hidden = true; p.textContent = ''; });
  for (const error of errors) {
    const p = form.querySelector(`[data-error="${error.field}"]`) || out('saved');
    p.hidden = false;
    p.textContent = `${p.textContent} ${error.message}`.trim();
  }
}

function showNext(next) {
  const list = out('next');
  list.replaceChildren(...next.map((at) => {
    const item = document.createElement('li');
    item.textContent = new Date(at).toLocaleString(form.dataset.lang === 'es' ? 'es' : 'en-GB', {
      timeZone: form.dataset.zone || undefined, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit',
    });
    return item;
  }));
  out('none')?.remove();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const answer = await writeToApi('/api/v1/me/reminders', scheduleFromForm(), 'PUT');
  const body = await answer.json().catch(() => ({}));
  if (answer.ok) {
    showErrors([]);
    showNext(body.next);
    out('saved').textContent = say('saved');
    document.dispatchEvent(new Event('reminders-changed'));
  } else {
    out('saved').textContent = say('notSaved');
    showErrors(body.errors || []);
  }
});

async function showCalendar() {
  const answer = await fetch('/api/v1/me/reminders/calendar', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  out('calendar').value = answer.ok ? (await answer.json()).url : '';
}

document.querySelector('[data-action="calendar-new"]').addEventListener('click', async () => {
  const answer = await writeToApi('/api/v1/me/reminders/calendar', undefined, 'POST');
  out('calendar-status').textContent = answer.status === 201
    ? say('calendar.new') : say('failed');
  await showCalendar();
});

document.querySelector('[data-action="calendar-stop"]').addEventListener('click', async () => {
  await writeToApi('/api/v1/me/reminders/calendar', undefined, 'DELETE');
  out('calendar-status').textContent = say('calendar.stopped');
  await showCalendar();
});

function keyBytes(base64url) {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

document.querySelector('[data-action="push-on"]').addEventListener('click', async () => {
  const status = out('push-status');
  try {
    if (!('Notification' in window) || await Notification.requestPermission() !== 'granted') {
      status.textContent = say('push.blocked');
      return;
    }
    const registration = await serviceWorker();
    const { publicKey } = await (await fetch('/api/v1/push/public-key', { headers: { Accept: 'application/json' } })).json();
    const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
    const answer = await writeToApi('/api/v1/me/push-subscriptions', subscription.toJSON());
    status.textContent = answer.ok ? say('push.on') : say('push.service');
  } catch {
    status.textContent = say('push.failed');
  }
  document.dispatchEvent(new Event('reminders-changed'));
});

document.querySelector('[data-action="push-test"]').addEventListener('click', async () => {
  const answer = await writeToApi('/api/v1/me/reminders/test', undefined, 'POST');
  out('push-status').textContent = answer.status === 202
    ? say('push.sent')
    : say('push.tooMany');
});

showCalendar();
