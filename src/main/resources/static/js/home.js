// The home page offers the routine this browser kept, when it kept one; /routine opens it, offline too.
import { store } from './storage.js';

const again = document.querySelector('[data-routine-again]');
if (again && store.lastRoutine()?.plan?.items?.length) again.hidden = false;
