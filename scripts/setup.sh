#!/usr/bin/env bash
# Set up the project on a fresh machine: system packages, .venv/, the project itself.
# Idempotent: re-running only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# util-linux gives prlimit (rlimits for sandboxed kernels); procps gives pgrep for the tests.
need=()
command -v prlimit >/dev/null || need+=(util-linux)
command -v pgrep >/dev/null || need+=(procps)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "setup: please install ${need[*]} (apt-get install ${need[*]})" >&2
    fi
fi

if [ ! -x .venv/bin/python ]; then
    python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# Exact versions for a reproducible grading environment (torch==2.13.0 is the CPU wheel).
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python -m pip install -q --no-deps -e .
.venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
echo "setup: .venv ready ($(.venv/bin/python --version))"
