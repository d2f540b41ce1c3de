#!/usr/bin/env bash
# Times `followup extract` (release build) on SampleNotes and on COPIES copies of it,
# beside the cmark-gfm command-line tool parsing the same files. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES="${COPIES:-300}"
BIN=.build/release/followup
[ -x "$BIN" ] || { echo "build first: make release" >&2; exit 2; }
command -v cmark-gfm >/dev/null || { echo "installing the cmark-gfm tool for comparison" >&2; ${SUDO:-$( [ "$(id -u)" = 0 ] || echo sudo)} apt-get install -y -qq cmark-gfm >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/notebook"
for i in $(seq 1 "$COPIES"); do
  mkdir -p "$work/notebook/$i"
  cp SampleNotes/*.md "$work/notebook/$i/"
done
samples=$(ls SampleNotes/*.md | wc -l)
total=$((samples * COPIES))
bytes=$(cat SampleNotes/*.md | wc -c)

seconds() { # best of 3 wall-clock runs of "$@", output discarded
  python3 - "$@" <<'PY'
import subprocess, sys, time
best = min(
    (lambda start: (subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), time.perf_counter() - start)[1])(time.perf_counter())
    for _ in range(3))
print(f"{best:.3f}", end="")
PY
}

echo "followup extract speed ($(nproc) cores), best of 3 runs"
printf '%-44s %8s %10s\n' "what" "notes" "seconds"
printf '%-44s %8d %10s\n' "followup extract --format json SampleNotes" "$samples" "$(seconds "$BIN" extract --format json SampleNotes)"
printf '%-44s %8d %10s\n' "cmark-gfm on the same files" "$samples" "$(seconds sh -c "cat SampleNotes/*.md | cmark-gfm -e tasklist -e table >/dev/null")"
printf '%-44s %8d %10s\n' "followup extract --format json (copies)" "$total" "$(seconds "$BIN" extract --format json "$work/notebook")"
printf '%-44s %8d %10s\n' "followup extract --format jsonl (copies)" "$total" "$(seconds "$BIN" extract --format jsonl "$work/notebook")"
printf '%-44s %8d %10s\n' "cmark-gfm, one process a file (copies)" "$total" "$(seconds sh -c "find '$work/notebook' -name '*.md' -print0 | xargs -0 -n1 cmark-gfm -e tasklist -e table >/dev/null")"
printf '%-44s %8d %10s\n' "cmark-gfm, all files in one process (copies)" "$total" "$(seconds sh -c "find '$work/notebook' -name '*.md' -print0 | xargs -0 cat | cmark-gfm -e tasklist -e table >/dev/null")"
echo "($((bytes * COPIES / 1024)) KiB of notes in the copies)"
