#!/usr/bin/env bash
# API fuzzing drill: schemathesis against a freshly seeded `laurel demo`, once as the admin,
# once as a nominator and once as a reviewer (each pass on its own fresh server). Fails on
# any 5xx, any response that does not match /api/openapi.json, any undocumented status and
# any undocumented content type.
#
#   bash .ci/fuzz.sh [path/to/laurel]        # default: target/debug/laurel
#
# Bounded: FUZZ_MAX_EXAMPLES test cases per operation and phase, a fixed seed, and a hard
# wall-clock cap of FUZZ_PASS_SECONDS per pass (the pass is interrupted, and what it found
# so far reported, if it runs over). The three passes together stay under ~4 minutes here.
#
# Knobs (environment): FUZZ_MAX_EXAMPLES (20), FUZZ_SEED (2027), FUZZ_PASS_SECONDS (60),
# FUZZ_VENV (target/fuzz-venv), FUZZ_REPORT_DIR (target/fuzz-report). The cap is only a
# backstop: a pass normally takes 15-20 s.
# Reports per pass: schemathesis.log (full output), junit.xml, server.log, summary.txt.
# Exit status: 0 every pass clean, 1 findings (failed checks, 5xx, panics, server errors),
# 2 the drill itself broke (no venv, no server, no report).
# Nothing leaves the machine: the server listens on 127.0.0.1 and its mail goes to files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MAX_EXAMPLES=${FUZZ_MAX_EXAMPLES:-20}
SEED=${FUZZ_SEED:-2027}
PASS_SECONDS=${FUZZ_PASS_SECONDS:-60}
VENV=${FUZZ_VENV:-$ROOT/target/fuzz-venv}
REPORT_DIR=${FUZZ_REPORT_DIR:-$ROOT/target/fuzz-report}
REQUIREMENTS=$ROOT/.ci/fuzz-requirements.txt
PASSWORD=jacaranda-harbour-27 # the demo module's PASSWORD (src/demo/mod.rs)
# The operation left out: it revokes the pass's own token.
EXCLUDE_PATH=/api/v1/auth/logout
CHECKS=not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance

say() { printf '\n== fuzz: %s (%ss)\n' "$*" "$SECONDS"; }
die() { printf 'fuzz: %s\n' "$*" >&2; exit 2; }

BIN=${1:-target/debug/laurel}
[[ -x $BIN ]] || die "no laurel binary at $BIN (build it, or pass its path)"
BIN=$(realpath "$BIN")
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed"

# --- schemathesis, pinned, in its own venv ------------------------------------------------
say "schemathesis venv at $VENV"
want=$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)
if [[ ! -x $VENV/bin/schemathesis || "$(cat "$VENV/.requirements.sha256" 2>/dev/null)" != "$want" ]]; then
  rm -rf "$VENV"
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    # Debian's python3 keeps venv (ensurepip) in a package of its own.
    rm -rf "$VENV"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$REQUIREMENTS" ||
    die "could not install $REQUIREMENTS into $VENV"
  echo "$want" >"$VENV/.requirements.sha256"
fi
"$VENV/bin/schemathesis" --version || die "schemathesis in $VENV does not run"

# --- the server ---------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/laurel-fuzz.XXXXXX")
SERVER_PID=
stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
cleanup() { stop_server; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_server NAME: a fresh demo database in $WORK/NAME, served on a free loopback port.
start_server() {
  local dir=$WORK/$1 log=$REPORT_DIR/$1/server.log
  mkdir -p "$dir/outbox"
  PORT=$(free_port)
  BASE=http://127.0.0.1:$PORT
  # `env -u`: no mail, database or cron setting from the caller's environment applies.
  (cd "$dir" && exec env -u DATABASE_URL -u LAUREL_MAIL_FROM \
    LAUREL_BIND="127.0.0.1:$PORT" \
    LAUREL_BASE_URL="$BASE" \
    LAUREL_DEMO_DATABASE_URL="sqlite://$dir/demo.db?mode=rwc" \
    LAUREL_MAIL_URL="file://$dir/outbox" \
    LAUREL_LOG="${LAUREL_LOG:-info,sqlx=warn}" \
    LAUREL_LOG_FORMAT=text \
    "$BIN" demo >"$log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 300); do
    if curl -fsS -o /dev/null --max-time 2 "$BASE/healthz" 2>/dev/null; then
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$log" >&2; die "laurel demo exited before answering /healthz"; }
    sleep 0.2
  done
  tail -n 30 "$log" >&2
  die "laurel demo did not answer /healthz within 60 s"
}

# token EMAIL: a bearer token for a demo login.
token() {
  curl -fsS --max-time 10 -X POST "$BASE/api/v1/auth/login" \
    -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}

# summarize JUNIT PASS: one line per (operation, check, status), with a curl that reproduces it.
summarize() {
  python3 - "$1" "$2" <<'PY'
import re, sys, xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
rows = {}
for case in ET.parse(path).getroot().iter("testcase"):
    op = case.get("name")
    for node in list(case.findall("failure")) + list(case.findall("error")):
        text = node.text or node.get("message") or ""
        blocks = re.split(r"(?m)^\d+\. Test Case ID: \S+\s*$", text)
        for block in blocks:
            checks = re.findall(r"(?m)^- (ST\d+ [^\n]*?)(?: \(\d+ violations?\))?$", block)
            if not checks:
                if block.strip() and node.tag == "error":
                    checks = ["error " + block.strip().splitlines()[0][:100]]
                else:
                    continue
            status = re.search(r"(?m)^\s*Received: (\d+)", block) or re.search(r"(?m)^\[(\d{3})\] ", block)
            documented = re.search(r"(?m)^\s*Documented: ([^\n]+)", block)
            curl = re.search(r"(?m)^\s*(curl [^\n]+)", block)
            # Response schema violations: name where in the schema each one is.
            where = re.findall(r"(?m)^\s*Schema at (\S+?):?$", block)
            for check in checks:
                if check.startswith("ST108") and where:
                    check += " at " + ", ".join(sorted(set(where)))
                key = (op, check, status.group(1) if status else "-")
                if key not in rows:
                    cmd = curl.group(1) if curl else "(no reproduction given)"
                    cmd = cmd.replace("'Authorization: [Filtered]'", "\"Authorization: Bearer $TOKEN\"")
                    rows[key] = (documented.group(1) if documented else "", cmd)
for (op, check, status), (documented, cmd) in sorted(rows.items()):
    doc = f" (documented: {documented})" if documented else ""
    print(f"FAIL [{name}] {op} | {check} | got {status}{doc}\n     {cmd}")
print(f"{name}: {len(rows)} distinct failure(s)")
PY
}

# run_pass NAME EMAIL: fresh server, a token for EMAIL, one bounded schemathesis run.
run_pass() {
  local name=$1 email=$2 out=$REPORT_DIR/$1 rc=0 tok start
  rm -rf "$out"
  mkdir -p "$out"
  say "pass '$name': fresh demo server"
  start_server "$name"
  tok=$(token "$email") || die "could not sign in as $email"
  [[ -n $tok ]] || die "no token for $email"
  say "pass '$name': schemathesis as $email against $BASE (max $MAX_EXAMPLES examples/operation, seed $SEED, cap ${PASS_SECONDS}s)"
  start=$SECONDS
  timeout -s INT -k 20 "$PASS_SECONDS" \
    "$VENV/bin/schemathesis" run "$BASE/api/openapi.json" \
    --url "$BASE" \
    --header "Authorization: Bearer $tok" \
    --exclude-path "$EXCLUDE_PATH" \
    --checks "$CHECKS" \
    --max-examples "$MAX_EXAMPLES" \
    --seed "$SEED" \
    --continue-on-failure \
    --workers 1 \
    --generation-database none \
    --request-timeout 15 \
    --no-color \
    --report junit --report-junit-path "$out/junit.xml" \
    --report-dir "$out" \
    >"$out/schemathesis.log" 2>&1 || rc=$?
  DURATION[$name]=$((SECONDS - start))
  # The closing summary of schemathesis' own output (phases, failure kinds, warnings).
  sed -n '/=== SUMMARY ===/,$p' "$out/schemathesis.log" | grep -v '^ *$' | grep -v 'Reports:\|JUnit:' || true
  # rc from here on: 0 clean, 1 findings, 2 the drill itself broke (no verdict).
  if [[ $rc == 124 || $rc == 137 ]]; then
    echo "NOTE [$name] the pass reached its ${PASS_SECONDS}s cap and was cut short"
    if [[ ! -s $out/junit.xml ]]; then
      echo "FAIL [$name] cut short without a JUnit report: no verdict"
      rc=2
    elif grep -q '<failure\|<error' "$out/junit.xml"; then
      rc=1
    else
      rc=0
    fi
  elif [[ $rc != 0 && ! -s $out/junit.xml ]]; then
    echo "FAIL [$name] schemathesis exited $rc without a report; last lines of $out/schemathesis.log:"
    tail -n 40 "$out/schemathesis.log"
    rc=2
  elif [[ $rc != 0 ]]; then
    rc=1
  fi
  local alive=1
  kill -0 "$SERVER_PID" 2>/dev/null || alive=0
  stop_server
  if [[ $alive == 0 ]]; then
    echo "FAIL [$name] the server died during the pass; last lines of $out/server.log:"
    tail -n 20 "$out/server.log"
    rc=$((rc > 1 ? rc : 1))
  fi
  # Panics (caught or not) and 5xx answers: the handler's own error log ("request failed",
  # "handler panicked") and tower-http's ERROR line for every 5xx response.
  if grep -q 'panicked at\| ERROR ' "$out/server.log"; then
    echo "FAIL [$name] the server logged panics or errors ($(grep -c 'panicked at\| ERROR ' "$out/server.log") lines; see $out/server.log):"
    grep -m 8 -A 2 'panicked at\| ERROR ' "$out/server.log"
    rc=$((rc > 1 ? rc : 1))
  fi
  if [[ -s $out/junit.xml ]]; then
    summarize "$out/junit.xml" "$name" | tee "$out/summary.txt" ||
      { echo "FAIL [$name] could not read $out/junit.xml"; rc=2; }
  fi
  RESULT[$name]=$rc
}

declare -A DURATION RESULT
mkdir -p "$REPORT_DIR"
run_pass admin secretariat@demo.laurel.test
run_pass nominator focal.ken@demo.laurel.test
run_pass reviewer reviewer@demo.laurel.test

say "done"
# Exit 0: every pass clean. 1: findings. 2: the drill could not reach a verdict.
status=0
for name in admin nominator reviewer; do
  case ${RESULT[$name]} in
    0) verdict=passed ;;
    1) verdict="FAILED (findings: $REPORT_DIR/$name/summary.txt)" ;;
    *) verdict="BROKEN (no verdict)" ;;
  esac
  ((RESULT[$name] > status)) && status=${RESULT[$name]}
  echo "pass $name: $verdict in ${DURATION[$name]}s (full output: $REPORT_DIR/$name/schemathesis.log)"
done
exit "$status"
