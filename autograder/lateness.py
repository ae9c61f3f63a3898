"""Late submissions: the course's policy, nbgrader's ``timestamp.txt``, days late and the penalty.

The policy lives in ``COURSE/autograder/policy.toml``::

    due = "2026-12-01T23:59:00+00:00"   # ISO 8601 with a UTC offset
    penalty = "percent_per_day"         # "none" | "zero" | "percent_per_day"
    percent_per_day = 10                # of the assignment's max score, per day late
    grace_minutes = 15                  # optional; submissions this close to `due` are on time

Rules (the README repeats them):

* A submission's time is nbgrader's ``timestamp.txt`` beside the notebook,
  parsed as nbgrader 0.9's ``parse_utc`` does; a time without a zone is UTC.
* Days late count every started day: one minute after ``due`` (past the
  grace) is one day, 24 h 1 min is two. Grace only decides whether a
  submission is late; once late, days count from ``due`` itself.
* ``none`` never deducts; ``zero`` deducts the whole score of a late
  submission (nbgrader's ``LateSubmissionPlugin``); ``percent_per_day``
  deducts ``percent_per_day`` % of the max score per day late (as Canvas's
  late policies do). A penalty never takes a score below 0.
* A missing or unreadable ``timestamp.txt`` is not late, with a warning.

The parsing and arithmetic functions are pure; :func:`load_policy`,
:func:`save_policy` and :func:`read_timestamp` are the only ones touching files.
"""
from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import dateutil.parser
import dateutil.tz

from autograder.assignment import ASSIGNMENT
from autograder.untrusted import one_line

PENALTIES = ("none", "zero", "percent_per_day")
POLICY_FILE = Path("autograder") / "policy.toml"
TIMESTAMP_FILE = "timestamp.txt"
DUE_FORMAT = "an ISO 8601 date and time with a UTC offset, e.g. 2026-12-01T23:59:00+00:00"
#: what nbgrader writes to timestamp.txt (``nbgrader collect``, ``nbgrader submit``)
TIMESTAMP_FORMAT = "nbgrader's 'YYYY-MM-DD HH:MM:SS[.ffffff] ZONE', e.g. 2026-11-30 14:02:11.123456 UTC"
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*")
_MAX_TIMESTAMP_BYTES = 200  # a real one is about 35; anything longer is not nbgrader's


class PolicyError(ValueError):
    """The late-submission policy is invalid; the message names the field and the expected format."""


@dataclass(frozen=True)
class LatePolicy:
    """A course's late-submission policy.

    Attributes
    ----------
    due : datetime or None
        The deadline, timezone-aware; None means no deadline (nothing is late).
    penalty : str
        ``"none"``, ``"zero"`` or ``"percent_per_day"``.
    percent_per_day : float
        Percent of the max score deducted per day late (``percent_per_day`` only).
    grace_minutes : float
        Submissions at most this many minutes after ``due`` are on time.
    """

    due: datetime | None = None
    penalty: str = "none"
    percent_per_day: float = 0.0
    grace_minutes: float = 0.0

    def __post_init__(self) -> None:
        if self.due is not None and (not isinstance(self.due, datetime) or self.due.utcoffset() is None):
            raise PolicyError(f"due must be {DUE_FORMAT}; got {self.due!r}")
        if self.penalty not in PENALTIES:
            raise PolicyError(f"penalty must be one of {', '.join(PENALTIES)}; got {self.penalty!r}")
        for name in ("percent_per_day", "grace_minutes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                    or value < 0:
                raise PolicyError(f"{name} must be a number >= 0; got {value!r}")
        if self.penalty == "percent_per_day" and self.percent_per_day <= 0:
            raise PolicyError("penalty = \"percent_per_day\" needs percent_per_day > 0 (e.g. 10)")

    @property
    def active(self) -> bool:
        """Whether submissions are checked for lateness at all (a deadline is set)."""
        return self.due is not None


@dataclass(frozen=True)
class Lateness:
    """When one submission came in, against the deadline.

    Attributes
    ----------
    submitted_at : datetime or None
        From ``timestamp.txt`` (UTC); None when it is missing or unreadable.
    days_late : int
        Started days after the deadline; 0 when on time or unknown.
    warning : str or None
        Why the time is unknown (then the submission counts as on time).
    """

    submitted_at: datetime | None
    days_late: int
    warning: str | None = None


def parse_due(value: object) -> datetime:
    """The policy's ``due``, timezone-aware, from an ISO 8601 string or a TOML datetime.

    Raises
    ------
    PolicyError
        Not a date and time, or no UTC offset (a naive deadline is ambiguous).
    """
    if isinstance(value, datetime):
        due = value
    elif isinstance(value, str):
        try:
            due = datetime.fromisoformat(value.strip())
        except ValueError:
            raise PolicyError(f"due must be {DUE_FORMAT}; got {value!r}") from None
    else:
        raise PolicyError(f"due must be {DUE_FORMAT}; got {value!r}")
    if due.utcoffset() is None:
        raise PolicyError(f"due has no UTC offset; it must be {DUE_FORMAT}; got {value!r}")
    return due


def parse_timestamp(text: str) -> datetime:
    """A ``timestamp.txt`` time in UTC, parsed as nbgrader 0.9's ``utils.parse_utc`` does.

    ``"DATE TIME ZONE"`` (three words) takes ZONE as a zone name (``UTC``,
    ``Europe/Berlin``) or an offset in seconds; anything else is read by
    ``dateutil`` (ISO 8601 and the like). A time without a zone is UTC, as in
    nbgrader.

    Raises
    ------
    ValueError
        The text is not a time in one of those formats; the message names the format.
    """
    raw = text.strip()
    try:
        parts = raw.split(" ")
        if len(parts) == 3:
            zone_name = parts[2]
            try:
                zone = dateutil.tz.tzoffset(None, int(zone_name))
            except ValueError:
                # gettz also opens file paths: a submission's zone may only be a plain IANA name
                zone = dateutil.tz.gettz(zone_name) if _ZONE_NAME.fullmatch(zone_name) else None
                if zone is None:
                    raise ValueError(f"unknown time zone {zone_name!r}") from None
            stamp = dateutil.parser.parse(" ".join(parts[:2]), default=datetime(2000, 1, 1))
            stamp = stamp.replace(tzinfo=zone) if stamp.tzinfo is None else stamp
        else:
            stamp = dateutil.parser.parse(raw)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a time in {TIMESTAMP_FORMAT}: {one_line(raw, limit=60)!r} ({exc})") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)


def days_late(submitted_at: datetime, due: datetime, grace_minutes: float = 0.0) -> int:
    """Started days after ``due``: 0 up to ``due + grace``, then ``ceil((submitted - due) / 1 day)``."""
    late = submitted_at - due
    if late <= timedelta(minutes=grace_minutes):
        return 0
    return math.ceil(late / timedelta(days=1))


def penalty(policy: LatePolicy, score: float, max_score: float, days: int) -> float:
    """Points deducted from ``score`` for ``days`` days late; always within ``[0, score]``."""
    if days <= 0 or score <= 0 or policy.penalty == "none":
        return 0.0
    if policy.penalty == "zero":
        return float(score)
    return float(min(score, max_score * policy.percent_per_day / 100.0 * days))


def assess(policy: LatePolicy, timestamp: str | None, problem: str | None = None) -> Lateness:
    """A submission's lateness from its ``timestamp.txt`` text (None: missing, ``problem`` says why)."""
    if not policy.active:
        return Lateness(None, 0)
    if timestamp is None:
        return Lateness(None, 0, f"{problem or 'no timestamp.txt'}: counted as on time")
    try:
        submitted = parse_timestamp(timestamp)
    except ValueError as exc:
        return Lateness(None, 0, f"timestamp.txt unreadable, counted as on time: {exc}")
    return Lateness(submitted, days_late(submitted, policy.due, policy.grace_minutes))


def policy_from_mapping(data: dict) -> LatePolicy:
    """A policy from the keys of ``policy.toml``; unknown keys are an error (a typo would be silent)."""
    known = {"due", "penalty", "percent_per_day", "grace_minutes"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise PolicyError(f"unknown key {unknown[0]!r}; the keys are {', '.join(sorted(known))}")
    due = data.get("due")
    return LatePolicy(due=None if due in (None, "") else parse_due(due),
                      penalty=data.get("penalty", "none"),
                      percent_per_day=data.get("percent_per_day", 0.0),
                      grace_minutes=data.get("grace_minutes", 0.0))


def policy_path(root: Path) -> Path:
    return Path(root) / POLICY_FILE


def load_policy(root: Path) -> LatePolicy:
    """The course's policy; no file means no deadline.

    Raises
    ------
    PolicyError
        The file is not valid TOML or holds an invalid value; the message names the file.
    """
    path = policy_path(root)
    if not path.is_file():
        return LatePolicy()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return policy_from_mapping(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, PolicyError) as exc:
        raise PolicyError(f"{path}: {exc}") from None


def policy_toml(policy: LatePolicy) -> str:
    """``policy.toml`` text for ``policy``."""
    lines = ["# Late-submission policy: see the README (Instructors, late submissions)."]
    if policy.due is not None:
        lines.append(f'due = "{policy.due.isoformat()}"')
    lines += [f'penalty = "{policy.penalty}"', f"percent_per_day = {policy.percent_per_day:g}",
              f"grace_minutes = {policy.grace_minutes:g}"]
    return "\n".join(lines) + "\n"


def save_policy(root: Path, policy: LatePolicy) -> Path:
    """Write ``policy`` to the course's ``policy.toml``; returns its path."""
    path = policy_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(policy_toml(policy), encoding="utf-8")
    tmp.replace(path)
    return path


def read_timestamp(root: Path, student: str) -> tuple[str | None, str | None]:
    """``(text, None)`` from the student's ``timestamp.txt``, or ``(None, why not)``."""
    path = Path(root) / "submitted" / student / ASSIGNMENT / TIMESTAMP_FILE
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_TIMESTAMP_BYTES + 1)
    except FileNotFoundError:
        return None, "no timestamp.txt"
    except OSError as exc:
        return None, f"timestamp.txt could not be read ({type(exc).__name__})"
    if len(raw) > _MAX_TIMESTAMP_BYTES:
        return None, f"timestamp.txt is longer than {_MAX_TIMESTAMP_BYTES} bytes, not nbgrader's"
    return raw.decode("utf-8", errors="replace"), None


@dataclass(frozen=True)
class ClassLateness:
    """The policy and every student's lateness: what the grades files and exports need."""

    policy: LatePolicy
    students: dict[str, Lateness]

    def block(self, student: str, score: float, max_score: float) -> dict | None:
        """The ``late`` block of ``grades.json`` for a student with final ``score``; None without a deadline."""
        if not self.policy.active:
            return None
        late = self.students.get(student, Lateness(None, 0, "no timestamp.txt: counted as on time"))
        points = penalty(self.policy, score, max_score, late.days_late)
        block = {"submitted_at": late.submitted_at.isoformat() if late.submitted_at else None,
                 "due": self.policy.due.isoformat(), "days_late": late.days_late,
                 "penalty": round(points, 6), "score_before_penalty": round(score, 6)}
        if late.warning:
            block["warning"] = late.warning
        return block


def course_lateness(root: Path, students, policy: LatePolicy | None = None) -> ClassLateness:
    """Each student's lateness under the course's policy (``policy`` given, or loaded).

    Raises
    ------
    PolicyError
        The course's ``policy.toml`` is invalid (only when ``policy`` is not given).
    """
    policy = load_policy(root) if policy is None else policy
    if not policy.active:
        return ClassLateness(policy, {})
    return ClassLateness(policy, {s: assess(policy, *read_timestamp(root, s)) for s in students})
