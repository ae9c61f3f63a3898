"""Reference values kept with the course, so a grading process computes each one once per course.

The hidden checks recompute expected values with ``reference`` for inputs drawn from the course
secret (:func:`autograder.grading.memo.computed_once`): training runs, long simulations, the data set's
metadata. Within one process each is computed once; this store keeps them across processes, so
the second ``grade`` of a course, every ``check`` and every copy of a calibrated course start
with them (and never import torch for them). A value depends only on

* the grader (a digest of the grader's, the reference's and the checks' code and of the
  numerical libraries' versions: :func:`autograder.common.provenance.grader_digest`),
* the course secret (the drawn inputs), and
* the machine (results of a few BLAS paths and the reference's measured seconds, from which
  call time limits derive, are the machine's),

so the store is keyed on exactly these, like the calibration, and a store made under another
key is ignored. It is the grader's own data, never a student's: a file of pickled values behind
an HMAC of the course secret, checked before anything is read, so a file that is corrupt,
edited or signed with another course's secret is ignored (and replaced when the run ends).
Only values of functions whose arguments are plain (numbers, strings, tuples of them) are kept;
anything else is computed in each process as before.

Where: ``COURSE/autograder/references.pickle``; tools without a course of their own (``check``,
``audit``) keep theirs in the per-user cache folder, under the key's digest.
"""
from __future__ import annotations

import hashlib
import hmac
import pickle  # noqa: S403 - the grader's own values, read only after their HMAC is verified
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from autograder.grading import memo
from autograder.grading.memo import MISSING
from autograder.common.files import atomic_write
from autograder.common.provenance import grader_digest, key_digest, machine_id, user_cache_dir
from autograder.course.secret import CourseSecret

#: bump when the layout changes; older stores are then ignored
STORE_FORMAT = 1
STORE_FILE = "references.pickle"
_TAG_BYTES = 32


def store_key(secret: CourseSecret, scope: tuple[str, ...] = ()) -> dict[str, str]:
    """Everything a stored reference value depends on (see the module doc); ``scope``: the assignment
    folders whose code counts (``provenance.grader_digest``)."""
    return {"grader": grader_digest(scope), "secret": secret.fingerprint(), "machine": machine_id()}


def _tag(secret: CourseSecret, payload: bytes) -> bytes:
    return hmac.new(secret.key, b"reference values\x1f" + payload, hashlib.sha256).digest()


class ReferenceStore:
    """The reference values of one course secret, read from and written to one file.

    Parameters
    ----------
    path : Path
        The store's file; a missing, unreadable or foreign one starts an empty store.
    secret : CourseSecret
        Signs and checks the file.
    scope : tuple of str
        The assignment folders whose code the values depend on.

    Attributes
    ----------
    reused, computed : int
        Values this process took from the file, and values it added.
    note : str
        Why the file's values were not used, when they were not ("" otherwise).
    """

    def __init__(self, path: Path, secret: CourseSecret, scope: tuple[str, ...] = ()) -> None:
        self.path, self.secret = path, secret
        self.key = store_key(secret, scope)
        self.values: dict[str, dict[str, Any]] = {}
        self.reused = self.computed = 0
        self.note = ""
        self._lock = threading.Lock()
        self._load()

    @classmethod
    def for_course(cls, state_dir: Path | None, secret: CourseSecret,
                   scope: tuple[str, ...] = ()) -> "ReferenceStore":
        """The store in a course's state folder, or (``None``) in the per-user cache folder."""
        if state_dir is not None:
            return cls(state_dir / STORE_FILE, secret, scope)
        folder = user_cache_dir().parent / "references"
        return cls(folder / f"{key_digest(store_key(secret, scope))}.pickle", secret, scope)

    def _load(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.note = f"the stored reference values cannot be read ({type(exc).__name__})"
            return
        tag, payload = data[:_TAG_BYTES], data[_TAG_BYTES:]
        if len(tag) != _TAG_BYTES or not hmac.compare_digest(tag, _tag(self.secret, payload)):
            self.note = "the stored reference values were not made with this course's secret"
            return
        try:
            record = pickle.loads(payload)  # noqa: S301 - authenticated above: written by a grader of this course
        except Exception as exc:  # noqa: BLE001 - a library that changed its classes: recompute
            self.note = f"the stored reference values cannot be read ({type(exc).__name__})"
            return
        if not isinstance(record, dict) or record.get("format") != STORE_FORMAT:
            self.note = "the stored reference values are in another format"
        elif record.get("key") != self.key:
            self.note = "the stored reference values were made by another grader or on another machine"
        elif isinstance(record.get("values"), dict):
            self.values = record["values"]

    def lookup(self, function: str, key: str) -> Any:
        """The stored value of ``function`` at ``key``, or :data:`MISSING`."""
        with self._lock:
            value = self.values.get(function, {}).get(key, MISSING)
            if value is not MISSING:
                self.reused += 1
            return value

    def record(self, function: str, key: str, value: Any) -> None:
        with self._lock:
            self.values.setdefault(function, {})[key] = value
            self.computed += 1

    def save(self) -> str | None:
        """Write the store (once, when the run ends) if this process added values; returns a warning
        when it could not."""
        with self._lock:
            if not self.computed:
                return None
            try:
                payload = pickle.dumps({"format": STORE_FORMAT, "key": self.key, "values": self.values},
                                       protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # noqa: BLE001 - a value that cannot be kept: nothing is kept
                return f"the reference values could not be stored ({type(exc).__name__})"
            try:
                # the hidden inputs and their answers: readable by the grader's user alone, like the secret
                atomic_write(self.path, _tag(self.secret, payload) + payload, mode=0o600)
            except OSError as exc:
                return f"could not store the reference values at {self.path}: {exc.strerror or exc}"
            return None

    def summary(self) -> str:
        """One line for the run's log."""
        text = f"reference values: {self.reused} reused, {self.computed} computed"
        return text + (f" ({self.note})" if self.note else "")


@contextmanager
def reference_values_kept(state_dir: Path | None, secret: CourseSecret, log=print,
                          scope: tuple[str, ...] = ()) -> Iterator[ReferenceStore]:
    """While the body grades, reference values come from and go to the course's store (``state_dir``
    ``None``: the per-user cache); it is written, and one line logged, when the body ends. ``scope``:
    the assignment folders graded (their code keys the values)."""
    store = ReferenceStore.for_course(state_dir, secret, scope)
    memo.keep_values_in(store)
    try:
        yield store
    finally:
        memo.keep_values_in(None)
        warning = store.save()
        log(store.summary())
        if warning:
            log(f"warning: {warning}")
