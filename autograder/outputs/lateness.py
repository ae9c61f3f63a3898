"""Late submissions: the course's policy, nbgrader's ``timestamp.txt``, days late and the penalty.

The policy lives in ``COURSE/autograder/policy.toml``::

    due = "2026-12-01T23:59:59+01:00"   # ISO 8601 with a UTC offset (``policy`` writes it so)
    timezone = "Europe/Berlin"          # the course's time zone (IANA name); "UTC" by default
    penalty = "percent_per_day"         # "none" | "zero" | "percent_per_day"
    percent_per_day = 10                # of the assignment's max score, per day late
    grace_minutes = 15                  # optional; submissions this close to `due` are on time

Rules (the README repeats them):

* ``due`` (and ``policy --due``) is a date and time with a UTC offset or an
  IANA zone name (``2026-12-01T23:59 Europe/Berlin``); a time without either
  is in the course's ``timezone``; a plain date (``2026-12-01``) is the end
  of that day, 23:59:59, in the course's ``timezone``.
* A submission's time is nbgrader's ``timestamp.txt`` beside the notebook,
  parsed as nbgrader 0.9's ``parse_utc`` does (a time without a zone is UTC),
  except that a numeric zone ``+0100`` / ``+01:00`` is hours and minutes
  (nbgrader reads ``+0100`` as 100 seconds).
* Days late count every started day: one minute after ``due`` (past the
  grace) is one day, 24 h 1 min is two. Grace only decides whether a
  submission is late; once late, days count from ``due`` itself.
* ``none`` never deducts; ``zero`` deducts the whole score of a late
  submission (nbgrader's ``LateSubmissionPlugin``); ``percent_per_day``
  deducts ``percent_per_day`` % of the max score per day late (as Canvas's
  late policies do). A penalty never takes a score below 0.
* A missing or unreadable ``timestamp.txt`` is not late, with a warning:
  missing ones (notebooks copied in by hand) are counted in one line, each
  unreadable one is named (:func:`warning_lines`); the full list goes to
  ``COURSE/autograder/<assignment>/lateness.log``.

The parsing and arithmetic functions are pure; :func:`load_policy`,
:func:`save_policy`, :func:`read_timestamp` and :func:`write_warning_log`
are the only ones touching files.
"""
from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateutil.parser
import dateutil.tz

from autograder.common.files import atomic_write
from autograder.common.untrusted import for_log, one_line

PENALTIES = ("none", "zero", "percent_per_day")
POLICY_FILE = Path("autograder") / "policy.toml"
TIMESTAMP_FILE = "timestamp.txt"
DEFAULT_TIMEZONE = "UTC"
DUE_FORMAT = ("an ISO 8601 date and time with a UTC offset (2026-12-01T23:59:00+00:00) or an IANA zone name "
              "(2026-12-01T23:59 Europe/Berlin), a date and time alone (in the course's time zone), or a "
              "date alone (2026-12-01: the end of that day, 23:59:59, in the course's time zone)")
#: when a date alone is the deadline: the end of that day
END_OF_DAY = time(23, 59, 59)
#: where every submission of an assignment whose time is unknown is listed, in ``COURSE/autograder/<assignment>/``
#: (no student's log can have its name)
WARNING_LOG = "lateness.log"
MISSING_TIMESTAMP = "no timestamp.txt"
#: what nbgrader writes to timestamp.txt (``nbgrader collect``, ``nbgrader submit``)
TIMESTAMP_FORMAT = "nbgrader's 'YYYY-MM-DD HH:MM:SS[.ffffff] ZONE', e.g. 2026-11-30 14:02:11.123456 UTC"
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*")
#: a numeric zone as strftime's %z writes it (nbgrader's ``to_numeric_tz``): +0100, -05:30
_NUMERIC_ZONE = re.compile(r"([+-])(\d{2}):?(\d{2})")
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
    timezone : str
        The course's time zone, an IANA name: a ``due`` given without an
        offset or zone is in it, and ``policy`` shows the deadline in it.
    """

    due: datetime | None = None
    penalty: str = "none"
    percent_per_day: float = 0.0
    grace_minutes: float = 0.0
    timezone: str = DEFAULT_TIMEZONE

    def __post_init__(self) -> None:
        if self.due is not None and (not isinstance(self.due, datetime) or self.due.utcoffset() is None):
            raise PolicyError(f"due must be {DUE_FORMAT}; got {self.due!r}")
        zone(self.timezone)  # raises for an unknown name
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

    def local_due(self) -> datetime | None:
        """The deadline in the course's time zone (the same instant as ``due``)."""
        return None if self.due is None else self.due.astimezone(zone(self.timezone))


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
    missing : bool
        The time is unknown because there is no ``timestamp.txt`` at all (a
        notebook copied in by hand), not because it could not be read.
    """

    submitted_at: datetime | None
    days_late: int
    warning: str | None = None
    missing: bool = False


def zone(name: object) -> ZoneInfo:
    """The time zone of an IANA name (``Europe/Berlin``, ``UTC``).

    Raises
    ------
    PolicyError
        Not a zone name (file paths are refused: zoneinfo would open them).
    """
    if isinstance(name, str) and _ZONE_NAME.fullmatch(name):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise PolicyError(f"unknown time zone {name!r}: give an IANA name such as UTC, Europe/Berlin or "
                      "America/New_York")


def parse_due(value: object, course_zone: str = DEFAULT_TIMEZONE) -> datetime:
    """The policy's ``due``, timezone-aware.

    ``value`` is a string, or what TOML gives (a datetime, naive or not, or a
    date). A string is an ISO 8601 date and time, or a date, optionally
    followed by a space and an IANA zone name; a date and time with a UTC
    offset is that instant. Without an offset or zone name it is in
    ``course_zone``; a date alone is the end of that day (:data:`END_OF_DAY`).

    Raises
    ------
    PolicyError
        Not a date (and time) in one of those forms, an unknown zone name, or
        both an offset and a zone name.
    """
    named, given = None, one_line(value, limit=80)
    if isinstance(value, str):
        text, zone_name = value.strip(), None
        head, _, last = text.rpartition(" ")
        if head and _ZONE_NAME.fullmatch(last):
            text, zone_name = head.strip(), last
        try:
            value = date.fromisoformat(text)  # a date alone
        except ValueError:
            try:
                value = datetime.fromisoformat(text)
            except ValueError:
                raise PolicyError(f"due must be {DUE_FORMAT}; got {given!r}") from None
        if zone_name is not None:
            try:
                named = zone(zone_name)
            except PolicyError as exc:
                raise PolicyError(f"due {given!r}: {exc}") from None
    if isinstance(value, datetime):
        due = value
    elif isinstance(value, date):
        due = datetime.combine(value, END_OF_DAY)
    else:
        raise PolicyError(f"due must be {DUE_FORMAT}; got {given!r}")
    if due.utcoffset() is not None:
        if named is not None:
            raise PolicyError(f"due has both a UTC offset and a zone name; give one of them: {given!r}")
        return due
    return due.replace(tzinfo=named or zone(course_zone))


def parse_timestamp(text: str) -> datetime:
    """A ``timestamp.txt`` time in UTC, parsed as nbgrader 0.9's ``utils.parse_utc`` does.

    ``"DATE TIME ZONE"`` (three words) takes ZONE as a zone name (``UTC``,
    ``Europe/Berlin``), a UTC offset in hours and minutes (``+0100``,
    ``+01:00``, as strftime's ``%z`` and nbgrader's ``to_numeric_tz`` write
    it; nbgrader's own parser reads ``+0100`` as 100 seconds) or another
    integer, an offset in seconds (as nbgrader does); anything else is read
    by ``dateutil`` (ISO 8601 and the like). A time without a zone is UTC, as
    in nbgrader.

    Raises
    ------
    ValueError
        The text is not a time in one of those formats; the message names the format.
    """
    raw = text.strip()
    try:
        parts = raw.split(" ")
        if len(parts) == 3:
            stamp_zone = _timestamp_zone(parts[2])
            stamp = dateutil.parser.parse(" ".join(parts[:2]), default=datetime(2000, 1, 1))
            stamp = stamp.replace(tzinfo=stamp_zone) if stamp.tzinfo is None else stamp
        else:
            stamp = dateutil.parser.parse(raw)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a time in {TIMESTAMP_FORMAT}: {one_line(raw, limit=60)!r} ({exc})") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)


def _timestamp_zone(name: str):
    """The zone of a ``timestamp.txt``'s third word: ``+HHMM``/``+HH:MM``, seconds, or an IANA name."""
    numeric = _NUMERIC_ZONE.fullmatch(name)
    if numeric:
        sign, hours, minutes = numeric.group(1), int(numeric.group(2)), int(numeric.group(3))
        if hours > 23 or minutes > 59:
            raise ValueError(f"UTC offset {name!r} is not +HHMM or +HH:MM")
        return timezone((-1 if sign == "-" else 1) * timedelta(hours=hours, minutes=minutes))
    try:
        return dateutil.tz.tzoffset(None, int(name))
    except ValueError:
        pass
    # gettz also opens file paths: a submission's zone may only be a plain IANA name
    found = dateutil.tz.gettz(name) if _ZONE_NAME.fullmatch(name) else None
    if found is None:
        raise ValueError(f"unknown time zone {name!r}")
    return found


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
        problem = problem or MISSING_TIMESTAMP
        return Lateness(None, 0, f"{problem}: counted as on time", missing=problem == MISSING_TIMESTAMP)
    try:
        submitted = parse_timestamp(timestamp)
    except ValueError as exc:
        return Lateness(None, 0, f"timestamp.txt unreadable, counted as on time: {exc}")
    return Lateness(submitted, days_late(submitted, policy.due, policy.grace_minutes))


def policy_from_mapping(data: dict) -> LatePolicy:
    """A policy from the keys of ``policy.toml``; unknown keys are an error (a typo would be silent)."""
    known = {"due", "penalty", "percent_per_day", "grace_minutes", "timezone"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise PolicyError(f"unknown key {unknown[0]!r}; the keys are {', '.join(sorted(known))}")
    course_zone = data.get("timezone", DEFAULT_TIMEZONE)
    try:
        zone(course_zone)
    except PolicyError as exc:
        raise PolicyError(f"timezone: {exc}") from None
    due = data.get("due")
    return LatePolicy(due=None if due in (None, "") else parse_due(due, course_zone),
                      penalty=data.get("penalty", "none"),
                      percent_per_day=data.get("percent_per_day", 0.0),
                      grace_minutes=data.get("grace_minutes", 0.0),
                      timezone=course_zone)


def policy_path(root: Path, assignment: str | None = None) -> Path:
    """The course's policy file, or (``assignment``, a name) that assignment's own."""
    return Path(root) / ("autograder" / Path(assignment) / POLICY_FILE.name if assignment else POLICY_FILE)


def policy_in_force(root: Path, assignment: str | None = None) -> Path:
    """The file that sets ``assignment``'s policy: its own when it has one, else the course's."""
    own = policy_path(root, assignment)
    return own if assignment and own.is_file() else policy_path(root)


def has_own_policy(root: Path, assignment: str) -> bool:
    """Whether ``assignment`` (a name) has a policy of its own rather than the course's."""
    return policy_path(root, assignment).is_file()


def load_policy(root: Path, assignment: str | None = None) -> LatePolicy:
    """The policy of ``assignment`` (a name): its own file when it has one (each assignment of a
    course has its own deadline), else the course's; no file means no deadline.

    Raises
    ------
    PolicyError
        The file is not valid TOML or holds an invalid value; the message names the file.
    """
    path = policy_in_force(root, assignment)
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
        lines.append(f'due = "{policy.local_due().isoformat()}"')
    lines.append(f'timezone = "{policy.timezone}"')
    lines += [f'penalty = "{policy.penalty}"', f"percent_per_day = {policy.percent_per_day:g}",
              f"grace_minutes = {policy.grace_minutes:g}"]
    return "\n".join(lines) + "\n"


def save_policy(root: Path, policy: LatePolicy, assignment: str | None = None) -> Path:
    """Write ``policy`` to the course's ``policy.toml`` (or ``assignment``'s own); returns its path."""
    path = policy_path(root, assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(policy_toml(policy), encoding="utf-8")
    tmp.replace(path)
    return path


def read_timestamp(root: Path, student: str, assignment: str) -> tuple[str | None, str | None]:
    """``(text, None)`` from the student's ``timestamp.txt`` of ``assignment`` (a name), or ``(None, why not)``."""
    path = Path(root) / "submitted" / student / assignment / TIMESTAMP_FILE
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_TIMESTAMP_BYTES + 1)
    except FileNotFoundError:
        return None, MISSING_TIMESTAMP
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
        late = self.students.get(student, assess(self.policy, None))
        points = penalty(self.policy, score, max_score, late.days_late)
        block = {"submitted_at": late.submitted_at.isoformat() if late.submitted_at else None,
                 "due": self.policy.local_due().isoformat(), "days_late": late.days_late,
                 "penalty": round(points, 6), "score_before_penalty": round(score, 6)}
        if late.warning:
            block["warning"] = late.warning
        return block


def course_lateness(root: Path, students, assignment: str, policy: LatePolicy | None = None) -> ClassLateness:
    """Each student's lateness in ``assignment`` (a name) under its policy (``policy`` given, or loaded:
    the assignment's own, else the course's).

    Raises
    ------
    PolicyError
        The ``policy.toml`` in force is invalid (only when ``policy`` is not given).
    """
    policy = load_policy(root, assignment) if policy is None else policy
    if not policy.active:
        return ClassLateness(policy, {})
    return ClassLateness(policy, {s: assess(policy, *read_timestamp(root, s, assignment)) for s in students})


def describe(block: dict | None) -> str | None:
    """A ``late`` block as every page and export words it, ``late 1 day: -2.00``; None when on time."""
    days = int((block or {}).get("days_late") or 0)
    if days <= 0:
        return None
    return f"late {days} day{'' if days == 1 else 's'}: -{float(block.get('penalty') or 0.0):.2f}"


def warning_log_path(root: Path, assignment: str) -> Path:
    return Path(root) / "autograder" / assignment / WARNING_LOG


def write_warning_log(root: Path, lateness: ClassLateness, assignment: str) -> Path | None:
    """List every submission of ``assignment`` whose time is unknown in
    ``COURSE/autograder/<assignment>/lateness.log``; its path.

    The file is rewritten whole each time; with nothing to list, an old one
    is removed (it would describe submissions that now have a time) and
    None is returned.
    """
    path = warning_log_path(root, assignment)
    warned = sorted(((not late.missing, student, late.warning) for student, late in lateness.students.items()
                     if late.warning), key=lambda w: (w[0], w[1]))
    if not warned:
        path.unlink(missing_ok=True)
        return None
    due = lateness.policy.local_due().isoformat() if lateness.policy.active else "none"
    lines = ["# Submissions whose submission time is unknown: each counts as on time (no penalty).",
             f"# Rewritten by every `autograder grade` and `autograder export`; due {due}.",
             f"# {sum(1 for w in warned if not w[0])} without timestamp.txt, "
             f"{sum(1 for w in warned if w[0])} with an unreadable one."]
    # ids and timestamp text come from submissions: escaped, never obeyed by a terminal
    lines += [f"{one_line(student, limit=200)}: {one_line(warning, limit=400)}" for _, student, warning in warned]
    atomic_write(path, for_log("\n".join(lines) + "\n"))
    return path


def warning_lines(lateness: ClassLateness, log_path: Path | None = None) -> list[str]:
    """What a TA is told about unknown submission times: few lines, the real errors by name.

    Submissions without ``timestamp.txt`` (notebooks copied in by hand) make
    one line with their count (and the first names); each unreadable
    ``timestamp.txt`` is a line of its own, naming the student and why.
    """
    missing = sorted(student for student, late in lateness.students.items() if late.missing)
    lines = []
    if missing:
        count = len(missing)
        names = ", ".join(one_line(s, limit=40) for s in missing[:3]) + (", ..." if count > 3 else "")
        where = f"; list in {log_path}" if log_path else ""
        lines.append(f"warning: {count} submission{'s have' if count != 1 else ' has'} no timestamp.txt: "
                     f"counted as on time ({names}{where})")
    lines += [f"warning: {one_line(student, limit=60)}: {one_line(late.warning, limit=300)}"
              for student, late in sorted(lateness.students.items()) if late.warning and not late.missing]
    return lines


def warning_report(root: Path, lateness: ClassLateness, assignment: str) -> list[str]:
    """:func:`write_warning_log`, then :func:`warning_lines` pointing to it."""
    return warning_lines(lateness, write_warning_log(root, lateness, assignment))
