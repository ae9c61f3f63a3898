"""What runs inside the sandbox: the student's kernel, and how the grader talks to it.

====================  ===========================================================
``agent.py``           the student's side: runs cells, calls functions, reports values
                       (a file run in the sandbox, with its siblings beside it)
``confine.py``         confining one kernel, step by step (identity, limits, seccomp)
``supervisor.py``      PID 1 of a kernel: reaps, forwards interrupts, enforces budgets
``wire.py``            the strict wire format both sides speak (grader and kernel)
``artists.py``         what a returned matplotlib Axes shows, as raw geometry
``session_state.py``   the caller's session a call may not leave changed: read, reported, put back
====================  ===========================================================

How these files reach the sandbox and who starts them lives in ``autograder/sandbox/``.
"""
