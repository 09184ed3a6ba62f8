// Time for timers, read from a monotonic timestamp rather than counted in
// ticks, so a timer stays right when the browser throttles or sleeps the tab.
// `?speed=N` (1-1000) runs it N times faster: tests play a whole routine in
// seconds. It changes nothing else (the coach also divides the rest between
// cold sessions by `speed`, as that rest is counted from a stored wall-clock end).
export function createClock(search = window.location.search) {
  const requested = Number(new URLSearchParams(search).get('speed'));
  const speed = Number.isFinite(requested) && requested >= 1 && requested <= 1000 ? requested : 1;
  const origin = performance.now();
  return {
    speed,
    /** Milliseconds of (possibly accelerated) time since the page loaded. */
    now: () => (performance.now() - origin) * speed,
  };
}

/** Seconds left, rounded up, as a person reads a countdown. */
export function secondsLeft(endsAt, now) {
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

export function formatMinutes(totalSeconds) {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
