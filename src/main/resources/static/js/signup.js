// Sends the browser's time zone with the sign-up, so the person's days are their own.
const field = document.getElementById('time-zone');
if (field) {
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    field.value = '';
  }
}
