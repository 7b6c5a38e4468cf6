#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers with SharpFuzz and AFL++.
#
#   fuzz/run.sh TARGET SECONDS     one target, e.g. fuzz/run.sh article-html 60
#   fuzz/run.sh all SECONDS        every target, SECONDS each
#   fuzz/run.sh list               the targets
#
# Publishes fuzz/Whereabouts.Fuzz, instruments the engine assemblies with sharpfuzz, runs
# afl-fuzz on the seed corpus fuzz/corpus/TARGET for a bounded time, prints executions, speed and
# crashes per target, and exits 1 when any target crashed. Crashing inputs are kept in
# fuzz/crashes/TARGET/ (reproduce one with: dotnet fuzz/out/bin/Whereabouts.Fuzz.dll TARGET FILE).
# AFL++'s own state is under fuzz/out/ (not committed). Needs afl-fuzz (Debian: apt-get install afl++).
# Idempotent: every run publishes and instruments afresh and starts from the seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

targets=(article-html article-text claims pfif csv-list snapshot-json snapshot-zip names table-file)
# The assemblies whose branches guide the fuzzer: the engines and the readers in Application.
instrumented=(Whereabouts.Ingestion.dll Whereabouts.Linkage.dll Whereabouts.Interchange.dll Whereabouts.Application.dll Whereabouts.Tables.dll)

usage() {
  echo "usage: fuzz/run.sh TARGET|all SECONDS; targets: ${targets[*]}" >&2
  exit 2
}

[ "${1:-}" = "list" ] && { printf '%s\n' "${targets[@]}"; exit 0; }
[ $# -eq 2 ] || usage
what=$1
seconds=$2
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
if [ "$what" = "all" ]; then
  chosen=("${targets[@]}")
else
  # A loop, not printf | grep -q: under pipefail, grep's early exit can fail the pipe.
  known=0
  for target in "${targets[@]}"; do [ "$target" = "$what" ] && known=1; done
  [ "$known" = 1 ] || usage
  chosen=("$what")
fi

command -v afl-fuzz >/dev/null 2>&1 || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The target is the dotnet host, which afl-fuzz cannot see instrumented: SharpFuzz speaks the
# fork-server protocol itself. No UI on CI; no CPU-governor or core_pattern changes (containers
# cannot make them); no CPU pinning on shared cores; dotnet's start-up may be slow under load.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=120000 AFL_SHUFFLE_QUEUE=0 AFL_QUIET=1

out="$root/fuzz/out"
bin="$out/bin"
echo "== publishing the fuzz harness"
rm -rf "$bin"
dotnet publish fuzz/Whereabouts.Fuzz -c Release -o "$bin" --nologo -v q -p:TreatWarningsAsErrors=true
dotnet tool restore >/dev/null
echo "== instrumenting ${instrumented[*]}"
for assembly in "${instrumented[@]}"; do
  dotnet sharpfuzz "$bin/$assembly" >/dev/null
done

status=0
summary=()
for target in "${chosen[@]}"; do
  findings="$out/findings/$target"
  rm -rf "$findings"
  mkdir -p "$findings"
  # The seeds first, without afl-fuzz: a seed that crashes names itself here (afl-fuzz would only
  # refuse to start).
  if ! dotnet "$bin/Whereabouts.Fuzz.dll" "$target" fuzz/corpus/"$target"/* >"$findings/seeds.log" 2>&1; then
    echo "$target: a seed input crashes the target:" >&2
    tail -n 30 "$findings/seeds.log" >&2
    status=1
    summary+=("$target: a seed input crashes")
    continue
  fi
  echo "== fuzzing $target for $seconds s"
  target_started=$(date +%s)
  # -V stops afl-fuzz after the time; timeout is the backstop should it hang on start-up.
  # -t: one input may take 10 s (under load); -m none: the .NET runtime reserves much virtual memory.
  set +e
  timeout --kill-after=30 $((seconds + 120)) \
    afl-fuzz -V "$seconds" -t 10000 -m none -i "fuzz/corpus/$target" -o "$findings" \
      -- dotnet "$bin/Whereabouts.Fuzz.dll" "$target" >"$findings/afl.log" 2>&1
  code=$?
  set -e
  stats="$findings/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "afl-fuzz did not run $target (exit $code); its log:" >&2
    tail -n 30 "$findings/afl.log" >&2
    status=1
    summary+=("$target: did not run")
    continue
  fi

  value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  execs=$(value execs_done)
  speed=$(value execs_per_sec)
  crashes=$(value saved_crashes)
  [ -n "$crashes" ] || crashes=$(value unique_crashes)
  hangs=$(value saved_hangs)
  [ -n "$hangs" ] || hangs=$(value unique_hangs)
  paths=$(value corpus_count)
  [ -n "$paths" ] || paths=$(value paths_total)
  line="$target: ${execs:-0} executions, ${speed:-0} execs/s, ${paths:-?} corpus entries, ${crashes:-0} crashes, ${hangs:-0} hangs ($(( $(date +%s) - target_started )) s in all)"
  echo "$line"
  summary+=("$line")
  if [ "${crashes:-0}" != "0" ]; then
    status=1
    keep="$root/fuzz/crashes/$target"
    mkdir -p "$keep"
    for file in "$findings"/default/crashes/id:*; do
      [ -e "$file" ] || continue
      cp "$file" "$keep/$(date -u +%Y%m%dT%H%M%SZ)-$(basename "$file" | tr ':,' '__')"
    done
    echo "   crashing inputs kept in fuzz/crashes/$target; reproduce: dotnet fuzz/out/bin/Whereabouts.Fuzz.dll $target FILE" >&2
  fi
done

echo "== fuzzing summary ($seconds s per target)"
printf '%s\n' "${summary[@]}"
exit "$status"
