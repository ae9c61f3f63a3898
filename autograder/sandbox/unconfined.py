"""``--sandbox none``: kernels as plain processes of the grader's user. For notebooks you trust only."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from autograder.common.config import GradingConfig
from autograder.sandbox.environment import kernel_env, kernel_files
from autograder.sandbox.worker import AGENT_DIR, LaunchSpec


class UnconfinedLauncher:
    """Runs kernels without a sandbox. Only for notebooks you trust."""

    name = "none"
    use_cgroups = False

    def __init__(self, config: GradingConfig, data: dict[str, bytes] | None = None) -> None:
        self.config = config
        #: the assignment's data files, by relative path: every kernel's working folder holds them
        self.data = dict(data or {})

    def describe(self) -> str:
        return "NO SANDBOX (trusted notebooks only)"

    def enforcement(self) -> str:
        return "no sandbox"

    def launch(self, submission_dir: Path | None) -> LaunchSpec:
        import shutil

        scratch = Path(tempfile.mkdtemp(prefix="kernel-"))
        for name, data in kernel_files(submission_dir, self.data).items():
            target = scratch / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        tmp = scratch / ".tmp"
        tmp.mkdir()
        env = kernel_env(str(scratch), str(tmp), str(Path(sys.executable).parent))
        argv = [sys.executable, "-s", "-P", str(AGENT_DIR / "agent.py")]
        return LaunchSpec(argv=argv, env=env, cwd=str(scratch),
                          cleanup=[lambda: shutil.rmtree(scratch, ignore_errors=True)],
                          limits=self.describe())
