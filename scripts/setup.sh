#!/usr/bin/env bash
# Set up the project on a fresh machine: system packages, .venv/, the project itself.
# Idempotent: re-running only installs what is missing. Works as root or as an ordinary
# user, with Debian's or Ubuntu's python3.11 or any other CPython 3.11.
set -euo pipefail
cd "$(dirname "$0")/.."

# libseccomp2: the sandbox's system call filter; procps: pgrep for the tests;
# python3.11-venv: Debian ships venv/ensurepip separately.
python=$(command -v python3.11 || command -v python3 || true)
if [ -z "$python" ]; then
    echo "setup: no python3.11 found; install it (apt-get install python3.11 python3.11-venv)" >&2
    exit 1
fi
need=()
"$python" -c 'import ctypes.util, sys; sys.exit(ctypes.util.find_library("seccomp") is None)' \
    || need+=(libseccomp2)
command -v pgrep >/dev/null || need+=(procps)
"$python" -c 'import ensurepip, venv' 2>/dev/null || need+=(python3.11-venv)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "setup: please ask an administrator to install: apt-get install ${need[*]}" >&2
        exit 1
    fi
fi
# chromium: the browser the feedback pages' test drives (through Playwright, never `playwright
# install`); only the tests need it, so an ordinary user is told what to ask for and set-up goes on.
if ! command -v chromium >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "setup: tests/test_feedback_pages.py needs Debian's chromium; ask an administrator for:" \
             "apt-get install chromium" >&2
    fi
fi
# uidmap: newuidmap/newgidmap, with which a grader run by an ordinary user gives each job slot's
# kernels a subordinate uid of their own (/etc/subuid); without it they share the user's uid, and
# every run says which counters that shares. Optional, so an ordinary user is told and set-up goes on.
if ! command -v newuidmap >/dev/null && [ ! -x /usr/bin/newuidmap ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq uidmap >/dev/null
    else
        echo "setup: grading as $(id -un) gives each job slot's kernels a subordinate uid of their own once an" \
             "administrator runs: apt-get install uidmap (and gives you a range in /etc/subuid)" >&2
    fi
fi
"$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || {
    echo "setup: $python is Python $("$python" -c 'import platform; print(platform.python_version())'); 3.11 is needed" >&2
    exit 1
}

# A .venv made by another interpreter, another Python version, or at another path
# (a moved or copied checkout) is rebuilt rather than patched.
if [ -e .venv ] && ! .venv/bin/python - "$PWD/.venv" <<'EOF' 2>/dev/null
import os, sys
sys.exit(not (sys.version_info[:2] == (3, 11)
              and os.path.realpath(sys.prefix) == os.path.realpath(sys.argv[1])))
EOF
then
    echo "setup: .venv was made by another interpreter or at another path; rebuilding it"
    rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi

# torch==2.13.0's CPU wheel lies on these machines' disk; elsewhere pip finds it on PyPI.
links=()
[ -d /opt/wheels ] && links=(--find-links /opt/wheels)
.venv/bin/python -m pip install -q --upgrade pip
# Exact versions for a reproducible grading environment (torch==2.13.0 is the CPU wheel).
# pip would compile every module one by one on one core, test suites included; compile on both
# cores instead, leaving out the packages' own tests, which no grader or kernel imports. Kernels
# cannot write bytecode into the venv, so anything a student may import must be compiled here.
.venv/bin/python -m pip install -q --no-compile "${links[@]}" -r requirements.lock
.venv/bin/python -m compileall -q -j 0 -x '/(tests?|testing/_internal)/' \
    "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" >/dev/null \
    || echo "setup: a few modules could not be precompiled; they compile when first imported"
.venv/bin/python -m pip install -q --no-deps -e .
# The editable install finds the project's packages through an import hook consulted after every
# path entry, so a folder named autograder/, reference/ or assignments/ in the working directory
# (every course has an autograder/ folder) would shadow them as an empty namespace package under
# `python -m autograder`. The checkout as a path entry of its own finds the real packages first.
purelib=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$PWD" > "$purelib/genomics_autograder_checkout.pth"
# jsonschema (under nbformat, nbgrader and Jupyter) imports rfc3987-syntax when it is installed,
# only to check the "iri" string format, which no notebook or nbgrader schema uses; importing it
# builds a parser: 1.3 s of every nbgrader command's 3 s start. autograder/__init__.py does the same
# for the grader's own processes whatever installed them; this line does it for every process of
# the venv (nbgrader's commands, formgrader's server).
echo 'import sys; sys.modules.setdefault("rfc3987_syntax", None)' > "$purelib/genomics_autograder_fast_start.pth"
.venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
echo "setup: .venv ready ($(.venv/bin/python --version), $(.venv/bin/python -c 'import sys; print(sys.base_prefix)'))"
