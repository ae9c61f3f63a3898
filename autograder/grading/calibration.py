"""The instructor's calibration: measured once, stored with the course, reused while it holds.

Before students are graded, the instructor's own notebook is graded in a
sandbox of its own. It must get full marks (or the environment is broken, not
the students), and its cell and notebook times set the students' time limits.
That costs a template start and a full grading; it depends only on

* the instructor's notebook (its digest),
* the grader (a digest of the grader's, the reference's and the checks' code
  and of the numerical libraries' versions),
* the course secret (the hidden inputs the checks draw),
* the limits and how they are enforced (the launcher's description), and
* the machine (times measured on one machine say little about another),

so it is stored, keyed on exactly these, in ``COURSE/autograder/calibration.json``
and reused until one of them changes. A record is signed with the course
secret: a record that is unreadable, malformed, signed with another secret
(copied from another course) or made under another key is ignored and the
notebook is calibrated again. Tools without a course of their own (``check``,
``audit``) also keep records in a per-user cache folder, under the key's digest.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from autograder.common.config import GradingConfig
from autograder.common.errors import EnvironmentProblem
from autograder.common.files import atomic_write
from autograder.grading.submission import grade_notebook
from autograder.grading.notebooks import build_plan, extract_student_code
from autograder.common.provenance import assignment_scope, grader_digest, key_digest, machine_id
from autograder.sandbox.kernels import KernelSource
from autograder.course.secret import CourseSecret

#: bump when the record's layout changes; older records are then ignored
RECORD_FORMAT = 1
CALIBRATION_FILE = "calibration.json"
#: what the key is made of, in the order a TA reads why a record was not reused
KEY_PARTS = {
    "notebook": "the instructor's notebook changed",
    "grader": "the grader, its checks or its libraries changed",
    "secret": "the course secret changed",
    "limits": "the limits changed",
    "sandbox": "the sandbox or how it enforces the limits changed",
    "machine": "this is another machine",
}
#: settings that do not change what a calibration measures: how many notebooks run at once; the
#: notebook budget, which is derived *from* the calibration; the kernel-start limit, since a
#: calibration in which any cell failed (and a kernel restarted) is refused, not stored; and which
#: unprivileged uid the kernels run as (how limits are enforced is the key's "sandbox" part)
NOT_IN_KEY = ("jobs", "notebook_time_floor_s", "notebook_time_factor", "max_kernel_starts", "sandbox_uid")


@dataclass(frozen=True)
class Calibration:
    """What the instructor's own graded notebook cost: the yardstick for the students' limits.

    Attributes
    ----------
    cell_seconds : dict
        Seconds per cell label (cell time limits scale with them).
    notebook_seconds : float
        Seconds for the whole graded notebook, cells and checks (the notebook budget scales with it).
    """

    cell_seconds: dict[str, float]
    notebook_seconds: float

    def to_json(self) -> dict:
        return {"cell_seconds": dict(self.cell_seconds), "notebook_seconds": self.notebook_seconds}

    @classmethod
    def from_json(cls, data: object) -> "Calibration":
        """Raises ValueError unless ``data`` is a well-formed calibration."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        cells, total = data.get("cell_seconds"), data.get("notebook_seconds")
        if not isinstance(cells, dict) or not all(
                isinstance(k, str) and _seconds(v) for k, v in cells.items()):
            raise ValueError("cell_seconds is not a map of cell labels to seconds")
        if not _seconds(total):
            raise ValueError("notebook_seconds is not a number of seconds")
        return cls({k: float(v) for k, v in cells.items()}, float(total))


def _seconds(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1e6


# ------------------------------------------------------------------- the key
def limits_text(config: GradingConfig) -> str:
    """The settings calibration depends on, as one canonical line."""
    fields = {name: getattr(config, name) for name in GradingConfig.field_names() if name not in NOT_IN_KEY}
    return json.dumps(fields, sort_keys=True)


def calibration_key(source_digest: str, secret: CourseSecret, config: GradingConfig,
                    sandbox: str, scope: tuple[str, ...] = ()) -> dict[str, str]:
    """Everything a calibration depends on (see the module doc).

    Parameters
    ----------
    source_digest : str
        Digest of the instructor's notebook.
    secret : CourseSecret
    config : GradingConfig
    sandbox : str
        How the launcher enforces the limits (``launcher.enforcement()``).
    scope : tuple of str
        The assignment folders whose checks grade the notebook (``provenance.assignment_scope``).
    """
    return {"notebook": source_digest, "grader": grader_digest(scope), "secret": secret.fingerprint(),
            "limits": limits_text(config), "sandbox": sandbox, "machine": machine_id()}


# ------------------------------------------------------------------ records
def _signature(secret: CourseSecret, body: dict) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hmac.new(secret.key, b"calibration\x1f" + text.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Lookup:
    """What a store found: a calibration to reuse, or None and why not."""

    calibration: Calibration | None
    reason: str
    made: str = ""


class CalibrationStore:
    """Calibration records of one secret, in a course file and optionally a cache folder.

    Parameters
    ----------
    course_file : Path or None
        ``COURSE/autograder/calibration.json``: read first, always written.
    secret : CourseSecret
        Signs and checks every record.
    cache_dir : Path or None
        Also look in and write to ``cache_dir/<key digest>.json`` (tools
        whose course is thrown away: ``check``, ``audit``).
    """

    def __init__(self, course_file: Path | None, secret: CourseSecret, cache_dir: Path | None = None) -> None:
        self.course_file = course_file
        self.secret = secret
        self.cache_dir = cache_dir

    def _paths(self, key: dict[str, str]) -> list[Path]:
        paths = [self.course_file] if self.course_file is not None else []
        if self.cache_dir is not None:
            paths.append(self.cache_dir / f"{key_digest(key)}.json")
        return paths

    def load(self, key: dict[str, str]) -> Lookup:
        """The stored calibration for ``key``, or None with the reason it cannot be reused."""
        reasons = []
        for path in self._paths(key):
            found = self._read(path, key)
            if found.calibration is not None:
                return found
            reasons.append(found.reason)
        return Lookup(None, reasons[0] if reasons else "no calibration is stored")

    def _read(self, path: Path, key: dict[str, str]) -> Lookup:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Lookup(None, "no calibration is stored")
        except (OSError, UnicodeDecodeError) as exc:
            return Lookup(None, f"the stored calibration cannot be read ({type(exc).__name__})")
        try:
            record = json.loads(text)
            if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
                return Lookup(None, "the stored calibration is in another format")
            body = {k: v for k, v in record.items() if k != "signature"}
            if not hmac.compare_digest(str(record.get("signature", "")), _signature(self.secret, body)):
                return Lookup(None, "the stored calibration was not made with this course's secret")
            stored = record.get("key")
            if not isinstance(stored, dict):
                raise ValueError("no key")
            changed = [why for part, why in KEY_PARTS.items() if stored.get(part) != key.get(part)]
            if changed:
                return Lookup(None, "; ".join(changed))
            return Lookup(Calibration.from_json(record.get("calibration")), "", str(record.get("made", "")))
        except (ValueError, TypeError) as exc:
            return Lookup(None, f"the stored calibration is malformed ({exc})")

    def save(self, key: dict[str, str], calibration: Calibration) -> list[str]:
        """Store ``calibration`` under ``key`` everywhere this store keeps records.

        Returns the warnings of places that could not be written (the run goes on without them).
        """
        body = {"format": RECORD_FORMAT, "key": key, "calibration": calibration.to_json(),
                "made": time.strftime("%Y-%m-%d %H:%M:%S %z")}
        text = json.dumps(dict(body, signature=_signature(self.secret, body)), indent=1, sort_keys=True)
        warnings = []
        for path in self._paths(key):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(path, text + "\n")
            except OSError as exc:
                warnings.append(f"could not store the calibration at {path}: {exc.strerror or exc}")
        return warnings


# -------------------------------------------------------------- calibrating
#: the calibration run's student id (never a folder name nbgrader accepts)
CALIBRATION_STUDENT = "__instructor__"


def calibrate(source_notebook: Path, source, digest: str, checks, kernels, config: GradingConfig,
              secret: CourseSecret) -> Calibration:
    """Grade the instructor's notebook with ``kernels`` (a sandbox of its own).

    Raises
    ------
    EnvironmentProblem
        When the instructor's solutions do not get full marks.
    """
    with tempfile.TemporaryDirectory(prefix="calibration-") as tmp:
        path = Path(tmp) / source_notebook.name
        shutil.copyfile(source_notebook, path)
        result = grade_notebook(CALIBRATION_STUDENT, path, source, checks, kernels, config, secret,
                                None, digest)
    failed = [c for c in result.checks if not c.passed]
    # a cell that did not run cleanly would make the calibration depend on restarts and replays
    broken = [c for c in result.cells if c.status != "ok"]
    if result.status != "graded" or failed or broken:
        raise EnvironmentProblem(calibration_failure(result, failed, broken, config))
    seconds = {cell.label: cell.seconds for cell in result.cells if cell.owner == "instructor"}
    seconds.update(kernels.cell_seconds())
    return Calibration(seconds, result.seconds)


#: what a kernel ended for want of memory leaves in its messages and stderr: the supervisor's
#: budget line (no cgroup), Python's and torch's allocation errors, the C library's ENOMEM
MEMORY_SIGNS = ("memory budget", "MemoryError", "Cannot allocate memory", "can't allocate memory",
                "out of memory", "bad_alloc", "failed to map segment")
#: failures named in a calibration message; the rest are counted
SHOWN_FAILURES = 4


def calibration_failure(result, failed, broken, config: GradingConfig) -> str:
    """Why the instructor's notebook lost marks, short, with the likely fix.

    A kernel that was ended (the cgroup's OOM killer leaves no message, only a
    kernel that "exited") or that met an allocation error points at memory:
    the message then says so and names ``--memory-mb``. Running without the
    sandbox is never offered as a fix: it runs code unconfined.
    """
    reasons = ([f"{c.exercise}/{c.name}: {c.message}" for c in failed]
               + [f"cell {c.label}: {c.status} {c.message}" for c in broken])
    details = result.error or "; ".join(reasons[:SHOWN_FAILURES])
    if not result.error and len(reasons) > SHOWN_FAILURES:
        details += f"; and {len(reasons) - SHOWN_FAILURES} more (the same way or as a consequence)"
    text = " ".join([result.error or "", result.stderr, *reasons])
    died = [c for c in failed if c.kind == "crash"] + [c for c in broken if c.status == "crash"]
    default_mb = GradingConfig().memory_mb
    if any(sign.lower() in text.lower() for sign in MEMORY_SIGNS):
        hint = (f"its kernels ran out of memory at --memory-mb {config.memory_mb}: give them more, e.g. "
                f"--memory-mb {max(default_mb, 2 * config.memory_mb)}")
    elif died or "the kernel exited" in text or "did not start" in text:
        hint = ("its kernels were ended while they ran; the usual cause is memory "
                f"(--memory-mb {config.memory_mb}"
                + (f", below the default {default_mb}): try --memory-mb {default_mb}" if config.memory_mb < default_mb
                   else f"): try a larger --memory-mb, e.g. {2 * config.memory_mb}")
                + ", else see the README's set-up")
    else:
        hint = "check the README's set-up"
    return ("the instructor's own solutions do not get full marks in this environment, so no student "
            f"would be graded fairly: {details}\n({hint})")


def ensure_calibration(source_notebook: Path, source, source_digest: str, checks, launcher,
                       config: GradingConfig, secret: CourseSecret, log,
                       store: CalibrationStore | None = None) -> Calibration:
    """The stored calibration for this key, or a new one (graded in a sandbox of its own, then stored).

    Raises
    ------
    EnvironmentProblem
        When the sandbox cannot start or the instructor's solutions do not get full marks.
    """
    key = calibration_key(source_digest, secret, config, launcher.enforcement(), assignment_scope(checks))
    found = store.load(key) if store is not None else Lookup(None, "no calibration is stored")
    if found.calibration is not None:
        log(f"calibration: reused the instructor's run of {found.made or 'an earlier run'} "
            f"(full marks, {found.calibration.notebook_seconds:.1f} s); nothing it depends on changed")
        return found.calibration
    own = KernelSource.create(launcher, config, build_plan(source, extract_student_code(source, source)))
    try:
        log(f"calibrating on the instructor's solutions ({found.reason}) ...")
        calibration = calibrate(source_notebook, source, source_digest, checks, own, config, secret)
    finally:
        own.close()
    if store is not None:
        for warning in store.save(key, calibration):
            log(f"warning: {warning}")
    return calibration


def prepare_kernels(source_notebook: Path, source, source_digest: str, load_checks, launcher,
                    config: GradingConfig, secret: CourseSecret, log, store: CalibrationStore | None = None,
                    slots: int = 1):
    """The class's kernel source, the checks and the calibration that sets the students' limits.

    The class's templates (``slots``, one per job slot: :class:`KernelSource`)
    start while the checks are loaded (``load_checks()``) and the calibration
    is found or made (see :func:`ensure_calibration`); a new calibration runs
    in a sandbox and template of its own, so the class's templates never hold
    the instructor's solutions.

    Returns
    -------
    (KernelSource, list of Check, Calibration)
    """
    instructor_plan = build_plan(source, extract_student_code(source, source))
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(KernelSource.create, launcher, config, instructor_plan, slots=slots)
        try:
            checks = load_checks()
            calibration = ensure_calibration(source_notebook, source, source_digest, checks, launcher, config,
                                             secret, log, store)
            kernels = pending.result()
        except BaseException:
            try:
                pending.result().close()
            except Exception:  # noqa: BLE001, S110 - the first failure is the one to report
                pass
            raise
    log(f"sandbox: {kernels.describe()}")
    return kernels, checks, calibration
