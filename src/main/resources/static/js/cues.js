// Spoken cues (when the person turns them on) and keeping the screen awake,
// each only where the browser offers it.
export function createVoice() {
  let enabled = false;
  return {
    get enabled() { return enabled; },
    set enabled(value) {
      enabled = Boolean(value) && 'speechSynthesis' in window;
      if (!enabled && 'speechSynthesis' in window) window.speechSynthesis.cancel();
    },
    say(text) {
      if (!enabled) return;
      window.speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang || 'en'; // the page's language, so a Spanish cue is read in Spanish
      window.speechSynthesis.speak(utterance);
    },
  };
}

export function createWakeLock() {
  let lock = null;
  let wanted = false;
  async function acquire() {
    if (!wanted || lock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      lock = await navigator.wakeLock.request('screen');
      lock.addEventListener('release', () => { lock = null; });
    } catch {
      lock = null; // refused (battery saver, permissions): the routine works without it
    }
  }
  document.addEventListener('visibilitychange', acquire);
  return {
    hold() { wanted = true; acquire(); },
    release() { wanted = false; lock?.release(); lock = null; },
  };
}

/** A soft two-note chime, made on the spot (no sound file to download). */
export function chime() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  const context = new Context();
  [660, 880].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, context.currentTime + i * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.2, context.currentTime + i * 0.35 + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + i * 0.35 + 0.9);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(context.currentTime + i * 0.35);
    oscillator.stop(context.currentTime + i * 0.35 + 1);
  });
  navigator.vibrate?.([200, 100, 200]);
}

/**
 * The words a page hands its script (data-words, rendered from messages*.properties in the page's
 * language), as a function of a key and the values for its {name} placeholders.
 */
export function words(element) {
  const all = JSON.parse(element.dataset.words || '{}');
  return (key, values = {}) => (all[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
