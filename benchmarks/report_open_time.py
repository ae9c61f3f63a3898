"""How long the class report of a 300-student class takes to open in Chromium.

Makes a course with ``init``, puts ``--students`` stored results into it
(copies of another course's real results with ``--from COURSE``, cycled under
new ids; made-up ones otherwise: ``tests/report_class.py``), runs
``autograder feedback`` and writes the report, as a TA would, then opens
``reports/index.html`` in Debian's headless Chromium (Playwright, every
non-file request blocked) ``--runs`` times, each in a fresh browser context
(no cache). Prints the page's size and, per run, the time from navigation
start to the load event (the browser's own Navigation Timing) and to the
first sort of the students table answered, then the median.

    .venv/bin/python benchmarks/report_open_time.py --from demo-course
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from genomics import GENOMICS  # noqa: E402
from autograder.outputs.class_report import write_report  # noqa: E402
from autograder.course.classrun import stored_results  # noqa: E402
from autograder.course.folder import Course, init_course  # noqa: E402
from autograder.outputs.feedback.course_pages import write_course_feedback  # noqa: E402
from report_class import make_class  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def open_times(report: Path, runs: int) -> list[dict]:
    """Per run: ms to the load event, and ms for one click-sort of the students table."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for _ in range(runs):
            context = browser.new_context(offline=True)
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page = context.new_page()
            start = time.perf_counter()
            page.goto(report.as_uri(), wait_until="load")
            wall = 1000 * (time.perf_counter() - start)
            timing = page.evaluate("() => { const t = performance.getEntriesByType('navigation')[0];"
                                   " return {load: t.loadEventEnd, dom: t.domContentLoadedEventEnd}; }")
            sort = page.evaluate("""() => { const th = document.querySelectorAll('#student-table th')[0];
                const t0 = performance.now(); th.click(); return performance.now() - t0; }""")
            times.append({"load_ms": round(timing["load"], 1), "dom_ms": round(timing["dom"], 1),
                          "goto_wall_ms": round(wall, 1), "sort_ms": round(sort, 1)})
            context.close()
        browser.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", type=Path, help="a graded course whose stored results to copy")
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the course here (kept) instead of a temporary folder")
    args = parser.parse_args()
    source = None
    if args.source:
        source = list(stored_results(Course(args.source.resolve(), GENOMICS).state / "results").values())
        if not source:
            parser.error(f"no stored results in {args.source}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        course = init_course(folder / "course", [GENOMICS])[0]
        make_class(course, args.students, source)
        t0 = time.perf_counter()
        write_course_feedback(course, log=lambda *a: None)
        t1 = time.perf_counter()
        report = write_report(course, log=lambda *a: None)
        t2 = time.perf_counter()
        runs = open_times(report, args.runs)
        summary = {"students": args.students,
                   "results": f"copies of {len(source)} from {args.source}" if source else "made up",
                   "page_bytes": report.stat().st_size, "feedback_s": round(t1 - t0, 2),
                   "report_s": round(t2 - t1, 2), "runs": runs,
                   "median_load_ms": statistics.median(r["load_ms"] for r in runs),
                   "median_sort_ms": statistics.median(r["sort_ms"] for r in runs)}
        print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
