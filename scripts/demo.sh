#!/usr/bin/env bash
# The README's demo: a scratch copy of the example registry, never the checkout itself.
set -euo pipefail
regelsyn="$1"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/regelsyn-demo.XXXXXX")"
demo="$scratch/solhaven"
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }
# regelsyn commits what it writes under git's own name for you; without one, the demo's own
who=()
if ! git config user.email >/dev/null 2>&1; then
  who=(--author "Sekretæren <sekretaer@example.invalid>")
fi

step "$regelsyn" "${who[@]}" init "$demo" --example
step "$regelsyn" -C "$demo" rule list
step "$regelsyn" -C "$demo" rule show ugentlig-vejning
step "$regelsyn" -C "$demo" "${who[@]}" rule add --title "Skriftlig godkendelse af vagtbytte" \
  --kind approval --text "Vagtbytte skal godkendes skriftligt af afdelingslederen." \
  --owner-level arbejdsplads --minutes 5 --per-year 20 --people 30 --tag arbejdstid
step "$regelsyn" -C "$demo" check || true
step "$regelsyn" -C "$demo" "${who[@]}" review --decisions "$(dirname "$0")/demo-decisions.yaml"
step cat "$demo/reviews/2026-11-22.md"
step "$regelsyn" -C "$demo" review list
step "$regelsyn" -C "$demo" rule history rengoering-log
step git -C "$demo" log --oneline
printf '\nThe demo registry is in %s. Try a meeting yourself:\n  %s -C %s review --all\n' \
  "$demo" "$regelsyn" "$demo"
