"""The per-course secret from which every hidden-check input is drawn.

``autograder init`` writes 32 random bytes to ``COURSE/autograder/secret``
(mode 600). It never goes into ``release/``, into a kernel or into feedback:
checks receive generators seeded from it, and only the inputs they draw
reach the student's kernel. The same course therefore regrades identically,
while another course (or a new term) gets other inputs, so a table of last
year's hidden answers is worth nothing.

Seeds are derived with HMAC-SHA256 over a label, so the draws of one check
do not depend on which other checks exist or in which order they run.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SECRET_BYTES = 32


@dataclass(frozen=True)
class CourseSecret:
    """A secret key and the generators it seeds.

    Parameters
    ----------
    key : bytes
        At least 16 bytes.
    """

    key: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.key, bytes) or len(self.key) < 16:
            raise ValueError("a course secret needs at least 16 bytes")

    def seed(self, *labels: object) -> int:
        """A 64-bit seed for the draw named by ``labels`` (e.g. ``"ex1", "problem", 2``)."""
        message = "\x1f".join(str(label) for label in labels).encode()
        digest = hmac.new(self.key, message, hashlib.sha256).digest()
        return int.from_bytes(digest[:8], "little")

    def rng(self, *labels: object) -> np.random.Generator:
        """A generator for the draw named by ``labels``."""
        return np.random.default_rng(self.seed(*labels))

    def for_submission(self, key: str) -> "CourseSecret":
        """The secret of one submission's draws: this secret and ``key`` (the student and their
        code, see :func:`autograder.grading.submission.submission_key`), so that other code meets other inputs
        while a regrade of the same code meets the same ones."""
        return CourseSecret(hmac.new(self.key, b"submission\x1f" + key.encode(), hashlib.sha256).digest())

    def fingerprint(self) -> str:
        """Identifies the secret in results (a grading with another secret is another grading)."""
        return hashlib.sha256(b"fingerprint\x1f" + self.key).hexdigest()[:16]

    @classmethod
    def generate(cls) -> "CourseSecret":
        return cls(secrets.token_bytes(SECRET_BYTES))

    @classmethod
    def from_text(cls, text: str) -> "CourseSecret":
        try:
            return cls(bytes.fromhex(text.strip()))
        except ValueError as exc:
            raise ValueError(f"a course secret is {2 * SECRET_BYTES} hex digits ({exc})") from exc

    def to_text(self) -> str:
        return self.key.hex()


def secret_path(course_root: Path) -> Path:
    return course_root / "autograder" / "secret"


def load_or_create(path: Path) -> tuple[CourseSecret, bool]:
    """The secret stored at ``path``, making one (mode 600) if there is none.

    Returns
    -------
    (CourseSecret, bool)
        The secret and whether it was just created.
    """
    if path.exists():
        return CourseSecret.from_text(path.read_text()), False
    secret = CourseSecret.generate()
    write_new(path, secret)
    return secret, True


def write_new(path: Path, secret: CourseSecret) -> None:
    """Store ``secret`` at ``path`` (mode 600 from the start); refuses to replace an existing file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secret.to_text() + "\n")
