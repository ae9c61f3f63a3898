"""Wall time of the source notebook (instructor's solutions) run top to bottom with nbclient.

Usage: ``.venv/bin/python benchmarks/notebook_runtime.py`` (prints seconds, total and per cell).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # genomics.py: the first assignment

from genomics import build_source_notebook  # noqa: E402


def main() -> None:
    nb = build_source_notebook()
    client = NotebookClient(nb, timeout=600, kernel_name="python3")
    started = time.perf_counter()
    with client.setup_kernel():
        ready = time.perf_counter()
        slow = []
        for index, cell in enumerate(nb.cells):
            t = time.perf_counter()
            client.execute_cell(cell, index)
            if cell.cell_type == "code":
                slow.append((time.perf_counter() - t, cell.metadata.get("nbgrader", {}).get("grade_id")))
    total = time.perf_counter() - started
    print(f"kernel start {ready - started:.1f} s; whole notebook {total:.1f} s")
    for seconds, grade_id in sorted(slow, reverse=True)[:6]:
        print(f"  {seconds:6.2f} s  {grade_id}")


if __name__ == "__main__":
    main()
