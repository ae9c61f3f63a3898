"""The sandbox: who runs student code, what it may see and use, and how kernels are made.

======================  ===================================================
``identity.py``          the unprivileged host uid every kernel runs as
``uid_pool.py``          the machine-wide lease of host uids, one per job slot
``subids.py``            an ordinary user's subordinate uids (/etc/subuid)
``stage.py``             start bubblewrap as that uid (root, or subordinate ids)
``launch.py``            the template's bubblewrap sandbox (filesystem view)
``environment.py``       a kernel's environment variables and submission files
``unconfined.py``        ``--sandbox none``: plain processes, trusted notebooks only
``policy.py``            the limits of each kernel, and who enforces them
``process_budget.py``    the grader's process limit against the tasks its jobs start
``seccomp_policy.py``    the system call filter (built with libseccomp)
``cgroups.py``           a cgroup per kernel, where one can be made
``template.py``          templates and the kernels forked from them
``invariants.py``        the start-up check that no kernel is privileged
``kernels.py``           which kernels a submission gets
``worker.py``            the grader's handle on a sandboxed process
``cpu_wait.py``          how long a kernel waited for a CPU (deadlines count own time)
======================  ===================================================

What runs *inside* the sandbox lives in ``autograder/kernel/``.
"""
