# shellcheck shell=bash
# A benchmark's report in docs/, shared by bench/load and bench/startup: the hand-written part above
# the marker stays, the figures below it are replaced, and only when every measurement worked. A
# measurement runs in $(...), where exit ends only the subshell, so a failed one leaves WORK/failed.

# Prints the hand-written part of REPORT, up to and including MARKER; starts the report with TITLE
# and the marker when it has none.
report_kept() { # report marker title
  [ -f "$1" ] && grep -qF "$2" "$1" || printf '# %s\n\n%s\n' "$3" "$2" > "$1"
  awk -v m="$2" '{print} $0 == m {exit}' "$1"
}

# Stops the benchmark, leaving REPORT as it was, when a measurement failed.
report_check_measured() { # report work
  [ ! -f "$2/failed" ] || { echo "A measurement failed; $1 is left as it was." >&2; exit 1; }
}

# NEW replaces REPORT, and is shown, when every measurement worked.
report_replace() { # report new work
  report_check_measured "$1" "$3"
  mv "$2" "$1"
  cat "$1"
}
