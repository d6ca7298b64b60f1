#!/usr/bin/env bash
# The official PACT conformance tool (v3 suite, with the callbacks of TC13/TC14.B)
# against a `cfp serve` of the samples' footprints, on loopback only.
#
#   tests/conformance/run_pact_conformance.sh        # from anywhere; exit 0 = 39/39
#   PACT_LANG=ja tests/conformance/run_pact_conformance.sh   # footprints and server in Japanese
#
# What it does: computes the samples with `cfp calc samples/*.xlsx --report pact`, makes
# a self-signed certificate (openssl), adds a client whose events go to the tool's
# callback listener (http://127.0.0.1:PORT, plain http allowed because it is loopback;
# the listener's own OAuth endpoint is used for the outbound token), starts `cfp serve`
# on a free port and runs ../shared/tools/pact-conformance/run.sh with
# PACT_CALLBACK_LISTENER=1. PACT_LANG (en, the default, or ja) is the --lang of every cfp
# command: the footprints' free texts (comment, descriptions) and the server's messages.
# The tool's last line is its verdict:
#   PACT conformance: P/N mandatory test cases passed
#
# The tool (node, ~455 npm packages, ~20 s) is installed on first use with `npm ci` into
# $PACT_CACHE_DIR (default ~/.cache/cfp/pact-conformance; npm's own download cache is
# ~/.npm) and reused afterwards, offline. Without node/npm, openssl or ../shared the
# script prints "PACT conformance skipped: <why>" and exits 0 (CI stays green, and says so).
set -u -o pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOL_DIR=${PACT_TOOL_DIR:-$ROOT/../shared/tools/pact-conformance}
CFP=${CFP:-$ROOT/.venv/bin/cfp}
PY=${PYTHON:-$ROOT/.venv/bin/python}
LANG_OPT=${PACT_LANG:-en}
export PACT_CACHE_DIR=${PACT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cfp/pact-conformance}

skip() { echo "PACT conformance skipped: $*"; exit 0; }
[ -f "$TOOL_DIR/run.sh" ] || skip "the conformance tool is not at $TOOL_DIR (../shared missing)"
command -v node >/dev/null || skip "node not installed"
command -v npm >/dev/null || skip "npm not installed"
command -v openssl >/dev/null || skip "openssl not installed"
[ -x "$CFP" ] || CFP=$(command -v cfp) || skip "cfp not installed (make test sets up .venv)"
[ -x "$PY" ] || PY=$(command -v python3)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cfp-pact-conformance.XXXXXX")
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "run_pact_conformance: $*" >&2; echo "PACT conformance: 0/0 mandatory test cases passed (not run: $*)"; exit 2; }
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# 1. the footprints: both samples (their Settings give a company name)
"$CFP" calc "$ROOT"/samples/*.xlsx --report pact --out "$WORK/results" \
  --timestamp 2026-04-01T00:00:00Z --lang "$LANG_OPT" >"$WORK/calc.log" 2>&1 \
  || { cat "$WORK/calc.log" >&2; fail "cfp calc failed"; }

# 2. a certificate for loopback
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" \
  -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  >"$WORK/openssl.log" 2>&1 || { cat "$WORK/openssl.log" >&2; fail "openssl failed"; }

# 3. the tool's client; its events go to the tool's listener, which issues tokens to
#    test_client_id / test_client_secret (the conformance service's documented pair)
PORT=${PACT_SERVER_PORT:-$(free_port)}
CALLBACK_PORT=$(free_port)
export PACT_CALLBACK_URL=http://127.0.0.1:$CALLBACK_PORT
SECRET=$(CFP_EVENTS_CLIENT_SECRET=test_client_secret "$CFP" clients add conformance \
  --clients "$WORK/clients.json" --all --events-url "$PACT_CALLBACK_URL" \
  --events-client-id test_client_id --generate --lang "$LANG_OPT" 2>"$WORK/clients.log") \
  || { cat "$WORK/clients.log" >&2; fail "cfp clients add failed"; }

# 4. the server
"$CFP" serve "$WORK/results" --host 127.0.0.1 --port "$PORT" --tls-cert "$WORK/cert.pem" \
  --tls-key "$WORK/key.pem" --clients "$WORK/clients.json" --lang "$LANG_OPT" \
  >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do
  curl -fs --cacert "$WORK/cert.pem" "https://127.0.0.1:$PORT/.well-known/openid-configuration" \
    >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; fail "cfp serve did not start"; }
  sleep 0.2
done

# 5. the tool
PACT_CALLBACK_LISTENER=1 PACT_CALLBACK_WAIT_S=${PACT_CALLBACK_WAIT_S:-30} \
  PACT_LOG="$WORK/tool.log" bash "$TOOL_DIR/run.sh" "https://127.0.0.1:$PORT" conformance \
  "$SECRET" "$WORK/cert.pem" >"$WORK/verdict.txt" 2>&1
rc=$?
if [ $rc -ne 0 ] || [ -n "${PACT_VERBOSE:-}" ]; then
  sed -n '1,200p' "$WORK/verdict.txt" | grep -v '^PACT conformance:' >&2
  echo "--- cfp serve log ---" >&2; tail -n 40 "$WORK/serve.log" >&2
  [ -n "${PACT_KEEP_LOG:-}" ] && cp "$WORK/tool.log" "$PACT_KEEP_LOG"
fi
tail -n 1 "$WORK/verdict.txt"
exit $rc
