"""Hostile kernel replies: what reading and decoding them costs the grader.

Each case is a reply a patched agent could write to its response pipe. A
child process writes it; the grader's own read path (``Worker._read_message``)
reads it, and ``wire.decode`` decodes its value, as ``KernelSession.call``
would. Every case runs in a fresh process, so that its peak memory is its own.
Per case the table gives:

* the outcome (accepted, or the error the grader raised, shortened);
* wall time and CPU time of the grader's process (the writer's excluded);
* peak RSS growth over the process's size before the reply, MiB;
* the longest stall of another grader thread: a thread that wakes every
  millisecond records its longest late wake-up, which is how long the reply
  held the GIL at once (the lock every other grading thread needs).

One more case, ``stdout-trickle``, feeds the kernel's stdout drain (a grader
thread too) with one-byte writes for three seconds.

Usage::

    .venv/bin/python benchmarks/hostile_replies.py            # this checkout
    git archive HEAD autograder | tar -x -C /tmp/before        # any older version...
    .venv/bin/python benchmarks/hostile_replies.py --root /tmp/before   # ...measured the same way

``--case NAME`` runs one case; ``--json`` prints the rows as JSON.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

MiB = 1024 * 1024
ENVELOPE = b'{"id":"bench","ok":true,"value":'


def _answer(value: bytes) -> bytes:
    return ENVELOPE + value + b"}\n"


def _array_node(n_bytes: int) -> bytes:
    data = base64.b64encode(bytes(n_bytes))
    return b'{"t":"ndarray","dtype":"|u1","shape":[%d],"data":"%s"}' % (n_bytes, data)


# name -> (what it is, how to write it: a list of byte strings, written one write() each)
def _cases() -> dict:
    def lists(total: int) -> list[bytes]:
        n = (total - len(ENVELOPE) - 4) // 3
        return [_answer(b"[" + b",".join([b"[]"] * n) + b"]")]

    def dict_node(keys: int) -> list[bytes]:
        items = b",".join(b'"k%d":1.5' % i for i in range(keys))
        return [_answer(b'{"t":"dict","v":{' + items + b"}}")]

    def trickle() -> list[bytes]:
        line = _answer(_array_node(MiB))
        return [line[i:i + 16] for i in range(0, len(line), 16)]

    def strays() -> list[bytes]:
        return [b'{"id":"stale"}\n' * 200_000 + _answer(b"1")]

    return {
        "deep-200k": ("200,000 nested [ on one line", lambda: [b"[" * 200_000 + b"\n"]),
        "lists-63MiB": ("63 MiB of [[],[],...] (under the old 64 MiB line limit)", lambda: lists(63 * MiB)),
        "lists-31MiB": ("31 MiB of [[],[],...] (under the new 32 MiB line limit)", lambda: lists(31 * MiB)),
        "no-newline-100MiB": ("100 MiB without a newline", lambda: [b"7" * (100 * MiB)]),
        "string-30MiB": ("one 30 MiB string value", lambda: [_answer(b'"' + b"a" * (30 * MiB) + b'"')]),
        "stray-200k": ("200,000 answers to other requests, then the answer", strays),
        "trickle-1MiB": ("a 1 MiB array reply written 16 bytes at a time", trickle),
        "accepted-dict-120k": ("largest accepted structure: a dict of 120,000 floats", lambda: dict_node(120_000)),
        "accepted-array-16MiB": ("largest accepted array: 16 MiB", lambda: [_answer(_array_node(16 * MiB))]),
        "stdout-trickle": ("stdout written one byte at a time for 3 s (the drain thread)", None),
    }


def _trickle(fd: int, ready_fd: int) -> None:
    """In a forked child: one-byte writes for three seconds, then exit (closing the pipe)."""
    os.write(ready_fd, b"1")
    end = time.monotonic() + 3
    try:
        while time.monotonic() < end:
            os.write(fd, b"x")
    except OSError:
        pass
    os._exit(0)


class _Ticker(threading.Thread):
    """Another grader thread: wakes every millisecond, remembers its longest delay."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.worst = 0.0
        self.running = True

    def run(self) -> None:
        last = time.perf_counter()
        while self.running:
            time.sleep(0.001)
            now = time.perf_counter()
            self.worst = max(self.worst, now - last - 0.001)
            last = now


def _writer(fd: int, ready_fd: int, chunks_of) -> None:
    """In a forked child: build the reply, say so, write it, keep the pipe open a moment, exit."""
    try:
        chunks = chunks_of()
        os.write(ready_fd, b"1")  # the clock starts now: building the reply is not the grader's cost
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view):]
        time.sleep(5)
    except OSError:
        pass
    os._exit(0)


def run_case(name: str) -> dict:
    """Measure one case in this process (call in a fresh process)."""
    from autograder.kernel import wire
    from autograder.sandbox.worker import Worker

    class PipeWorker(Worker):
        def __init__(self, fd: int) -> None:
            super().__init__()
            self._resp, self.started = fd, True
            os.set_blocking(fd, False)

        def alive(self) -> bool:
            return True

        def _signal(self, sig: int) -> None:
            pass

    what, chunks_of = _cases()[name]
    read_fd, write_fd = os.pipe()
    ready_r, ready_w = os.pipe()
    if os.fork() == 0:
        os.close(read_fd)
        if chunks_of is None:
            _trickle(write_fd, ready_w)
        _writer(write_fd, ready_w, chunks_of)
    os.close(write_fd)
    os.close(ready_w)
    ticker = _Ticker()
    ticker.start()
    time.sleep(0.05)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    os.read(ready_r, 1)
    cpu, wall = time.process_time(), time.perf_counter()
    if chunks_of is None:
        from autograder.sandbox import worker as worker_module

        buffer = worker_module.BoundedBuffer(1 << 20)
        with os.fdopen(read_fd, "rb") as stream:
            worker_module._drain(stream, buffer)
        outcome = f"drained; kept {buffer.kept} bytes, counted {buffer.dropped} more"
    else:
        worker = PipeWorker(read_fd)
        try:
            answer = worker._await("bench", time.monotonic() + 600, "benchmark")
            wire.decode(answer.get("value"), extra=wire.decode_returned)
            outcome = "accepted"
        except Exception as exc:  # noqa: BLE001 - the outcome is what is measured
            outcome = f"{type(exc).__name__}: {exc}"
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    ticker.running = False
    ticker.join()
    if chunks_of is not None:
        worker.kill()
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    return {"case": name, "what": what, "outcome": outcome, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "peak_rss_growth_mib": round(grown, 1), "longest_stall_s": round(ticker.worst, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]),
                        help="folder holding the autograder package to measure (default: this checkout)")
    parser.add_argument("--case", help="run this case only")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        sys.path.insert(0, args.root)
        print(json.dumps(run_case(args.case)))
        return
    rows = []
    for name in [args.case] if args.case else list(_cases()):
        done = subprocess.run([sys.executable, __file__, "--inner", "--root", args.root, "--case", name],
                              capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            rows.append({"case": name, "outcome": f"the measuring process failed: {done.stderr[-300:]}"})
            continue
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"autograder measured: {args.root}")
    print(f"{'case':22} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'stall s':>8}  outcome")
    for row in rows:
        if "wall_s" not in row:
            print(f"{row['case']:22} {row['outcome']}")
            continue
        print(f"{row['case']:22} {row['wall_s']:8.3f} {row['cpu_s']:8.3f} {row['peak_rss_growth_mib']:9.1f} "
              f"{row['longest_stall_s']:8.3f}  {row['outcome'][:110]}")


if __name__ == "__main__":
    main()
