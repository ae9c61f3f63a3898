"""The audit's tables (plain text) and its JSON."""
from __future__ import annotations

from autograder.audit.equivalents import entry_text
from autograder.audit.runner import AuditReport


def to_json(report: AuditReport) -> dict:
    families = {family: _exercises_json(report, audits) for family, audits in report.families.items()}
    corpus = {}
    for ex, rows in report.corpus.items():
        corpus[ex] = {"checks": report.checks.get(ex, []),
                      "solutions": [{"name": r.entry.name, "verdict": r.entry.verdict, "what": r.entry.what,
                                     "score": r.score, "max_score": r.max_score, "failed": r.failed}
                                    for r in rows]}
    return {"target": report.target, "exercises": families.get("syntactic", {}), "families": families,
            "corpus": corpus}


def _exercises_json(report: AuditReport, audits: dict) -> dict:
    exercises = {}
    for ex, audit in audits.items():
        exercises[ex] = {
            "mutants": len(audit.outcomes), "killed": len(audit.killed), "survived": len(audit.survived),
            "equivalent": len(audit.equivalent), "score": round(audit.score, 4),
            "meets_target": audit.score >= report.target,
            "survivors": [{"id": o.mutant.id, "operator": o.mutant.operator, "line": o.mutant.line,
                           "before": o.mutant.before, "after": o.mutant.after} for o in audit.survived],
            "listed_equivalent_but_killed": [{"id": o.mutant.id, "check": o.check}
                                             for o in audit.wrongly_equivalent],
            "stale_equivalents": [e.id for e in audit.stale],
            "killed_by": _killed_by(audit),
            "by_operator": _by_operator(audit),
        }
    return exercises


def _by_operator(audit) -> dict[str, dict[str, int]]:
    """Per operator: how many of its mutants were killed, survived, or are reviewed as equivalent."""
    counts: dict[str, dict[str, int]] = {}
    for kind, outcomes in (("killed", audit.killed), ("survived", audit.survived), ("equivalent", audit.equivalent)):
        for outcome in outcomes:
            counts.setdefault(outcome.mutant.operator, {"killed": 0, "survived": 0, "equivalent": 0})[kind] += 1
    return counts


def _killed_by(audit) -> dict[str, int]:
    counts: dict[str, int] = {}
    for outcome in audit.killed:
        key = outcome.check or "(notebook not gradable)"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def mutation_table(report: AuditReport, family: str = "syntactic") -> str:
    lines = [f"{family + ' operators':<24} {'mutants':>7} {'killed':>7} {'survived':>8} {'equivalent':>10} "
             f"{'score':>7}  target {report.target:.0%}", "-" * 78]
    for ex, audit in report.families.get(family, report.exercises if family == "syntactic" else {}).items():
        mark = "ok" if audit.score >= report.target else "BELOW"
        lines.append(f"{ex:<24} {len(audit.outcomes):>7} {len(audit.killed):>7} {len(audit.survived):>8} "
                     f"{len(audit.equivalent):>10} {audit.score:>7.1%}  {mark}")
    return "\n".join(lines)


def survivors_text(report: AuditReport) -> str:
    parts = []
    for ex, audit in ((ex, a) for audits in report.families.values() for ex, a in audits.items()):
        for outcome in audit.survived:
            parts.append(f"  {ex} {outcome.mutant.id} {outcome.mutant.describe()}")
        for outcome in audit.wrongly_equivalent:
            parts.append(f"  {ex} {outcome.mutant.id} is listed as equivalent but {outcome.check} "
                         "tells it apart: remove it from the list")
        for entry in audit.stale:
            parts.append(f"  {ex} {entry.id} is listed as equivalent but no longer exists: remove it")
    if not parts:
        return "every mutant is killed or reviewed as equivalent"
    return "mutants to kill or to review as equivalent:\n" + "\n".join(parts)


def new_entries(report: AuditReport) -> str:
    """Entries for the equivalents file, one per survivor, reason left for the reviewer."""
    return "\n".join(entry_text(o.mutant, "TODO: why no input the statement allows tells it apart")
                     for audits in report.families.values() for audit in audits.values() for o in audit.survived)


def corpus_matrix(report: AuditReport) -> str:
    """Which check catches which corpus mistake (x), per exercise; correct solutions must be clean."""
    blocks = []
    for ex, rows in report.corpus.items():
        checks = report.checks.get(ex, [])
        header = [f"{ex}: checks"] + [f"  c{i + 1} = {name}" for i, name in enumerate(checks)]
        width = max((len(r.entry.name) for r in rows), default=10)
        table = [f"  {'solution':<{width}}  " + " ".join(f"c{i + 1:<2}" for i in range(len(checks)))
                 + "  score"]
        for row in rows:
            cells = " ".join(" x " if name in row.failed else " . " for name in checks)
            flag = "" if (row.entry.verdict == "correct") == (not row.failed) else "  <-- unexpected"
            table.append(f"  {row.entry.name:<{width}}  {cells}  {row.score:g}/{row.max_score:g}{flag}")
        blocks.append("\n".join(header + table))
    return "\n\n".join(blocks)


def text(report: AuditReport) -> str:
    parts = ["Mutation analysis of the hidden checks (mutants of the instructor's solutions, graded "
             "in the sandbox), one table per operator family"]
    for family in report.families or {"syntactic": report.exercises}:
        parts += [mutation_table(report, family), ""]
    parts += [survivors_text(report)]
    if report.corpus:
        parts += ["", "Check x mistake matrix of the solution corpus (x = the check fails)", corpus_matrix(report)]
    return "\n".join(parts)
