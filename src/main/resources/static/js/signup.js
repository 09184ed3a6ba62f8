// Chooses the browser's own time zone in the sign-up's list, so the person's days are their own; the list
// stays visible to change, and a choice the server shows back (after a refused form) is kept as it is.
const field = document.getElementById('time-zone');
if (field && !field.form?.dataset.zoneChosen) {
  let zone = '';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    zone = '';
  }
  if (zone && ![...field.options].some((option) => option.value === zone)) {
    field.add(new Option(zone, zone));   // an alias the list leaves out: the server takes any IANA id
  }
  if (zone) field.value = zone;
}
