// The signed-in person's account (account-api.md). Pages call this only when
// the server said a person is signed in, or when the person asked for it: an
// anonymous visitor's browser never sends any of it.
import { writeToApi } from './api.js';

const STOP_REASONS = {
  sharp: 'SHARP_PAIN', numbness: 'NUMBNESS_TINGLING', leg: 'PAIN_SPREADING_TO_LEG', uncomfortable: 'UNCOMFORTABLE',
  weakness: 'LEG_WEAKNESS',
};

/**
 * Keeps a routine run in the person's account (POST /api/v1/routine-runs).
 * @returns {Promise<object>} the stored run; rejects with an Error naming the problem
 */
export async function saveRun(run) {
  const answer = await writeToApi('/api/v1/routine-runs', run);
  if (answer.status !== 201) {
    let detail = `status ${answer.status}`;
    try {
      const problem = await answer.json();
      detail = problem.errors?.map((error) => `${error.field} ${error.message}`).join('; ') || problem.detail || detail;
    } catch { /* not JSON */ }
    throw new Error(detail);
  }
  return answer.json();
}

/**
 * A session as this browser keeps it (storage.js, player.js) as the contract's
 * routine run, or null when it cannot be one (no pain score before, no time).
 * An end after `now` (an accelerated test clock) is brought back to `now`.
 */
export function runOf(session, now = Date.now()) {
  if (!session || !Number.isInteger(session.painBefore) || session.painBefore < 0 || session.painBefore > 10) return null;
  const started = Date.parse(session.at);
  if (Number.isNaN(started) || started > now) return null;
  const reported = session.endedAt ? Date.parse(session.endedAt) : started + Math.max(0, Number(session.seconds) || 0) * 1000;
  const ended = Math.max(started, Math.min(Number.isNaN(reported) ? started : reported, now));
  if (session.stoppedBecause && !STOP_REASONS[session.stoppedBecause]) return null;
  return {
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(ended).toISOString(),
    completed: Array.isArray(session.completed) ? session.completed : [],
    painBefore: session.painBefore,
    painAfter: Number.isInteger(session.painAfter) ? session.painAfter : null,
    stop: session.stoppedBecause ? { reason: STOP_REASONS[session.stoppedBecause] } : null,
  };
}
