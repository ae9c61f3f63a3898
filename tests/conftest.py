import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(scope="module")
def instructor_kernels():
    """(source notebook, KernelSource for the instructor's plan, config): grade single notebooks in the sandbox."""
    from autograder.assignment import build_source_notebook
    from autograder.config import GradingConfig
    from autograder.notebooks import build_plan, extract_student_code
    from autograder.sandbox.kernels import KernelSource
    from autograder.sandbox.launch import make_launcher

    config = GradingConfig(check_timeout_floor_s=10, cell_timeout_floor_s=30)
    source = build_source_notebook()
    instructor_plan = build_plan(source, extract_student_code(source, source))
    kernels = KernelSource.create(make_launcher(config), config, instructor_plan)
    yield source, kernels, config
    kernels.close()
