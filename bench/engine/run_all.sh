#!/bin/sh
# Every engine benchmark, one after the other (never two at once: they share 2 cores).
# Results: printed, and kept in bench/_work/engine/*.md.  ~25 min on the shared VM.
set -e
cd "$(dirname "$0")/../.."
PY=${PY:-/work/engine-venv/bin/python}
$PY bench/engine/head.py
$PY bench/engine/read_bench.py --rounds 7 --gil
$PY bench/engine/compute_bench.py --rounds 7 --small 100
$PY bench/engine/json_bench.py --rounds 7
$PY bench/engine/startup_bench.py --rounds 9
$PY bench/engine/whole_bench.py --rounds 7 --worktree
$PY bench/engine/batch_bench.py --rounds 3
$PY bench/engine/xlsx_bench.py --rounds 3
