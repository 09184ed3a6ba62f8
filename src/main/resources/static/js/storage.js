// The browser-only memory of an anonymous person: the last screening, the
// session history and the flare-up plan they wrote. Nothing here is sent to the server by this module (a
// signed-in person's player and the import after sign-up send runs themselves).
const KEYS = {
  lastScreening: 'spinewise.lastScreening',
  sessions: 'spinewise.sessions',
  therapy: 'spinewise.therapySessions',
  flareUpPlan: 'spinewise.flareUpPlan',
  lastRoutine: 'spinewise.lastRoutine',
};
const MAX_SESSIONS = 200;

function read(key, fallback) {
  try {
    const text = localStorage.getItem(key);
    return text ? JSON.parse(text) : fallback;
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the app still works, it just forgets
  }
}

export const store = {
  lastScreening: () => read(KEYS.lastScreening, null),
  setLastScreening: (summary) => write(KEYS.lastScreening, summary),
  sessions: () => read(KEYS.sessions, []),
  addSession: (session) => write(KEYS.sessions, [...read(KEYS.sessions, []), session].slice(-MAX_SESSIONS)),
  updateSessions: (change) => write(KEYS.sessions, change(read(KEYS.sessions, []))),
  therapySessions: () => read(KEYS.therapy, []),
  addTherapySession: (session) => write(KEYS.therapy, [...read(KEYS.therapy, []), session].slice(-MAX_SESSIONS)),
  lastRoutine: () => read(KEYS.lastRoutine, null),
  setLastRoutine: (routine) => write(KEYS.lastRoutine, routine),
  flareUpPlan: () => read(KEYS.flareUpPlan, {}),
  setFlareUpPlan: (plan) => write(KEYS.flareUpPlan, plan),
  forgetAll: () => Object.values(KEYS).forEach((key) => {
    try { localStorage.removeItem(key); } catch { /* nothing stored */ }
  }),
};
