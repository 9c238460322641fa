"""The guarantees of the process (DESIGN.md §6) on random sequences of use cases: the state
machine of tests/machine.py, a few dozen sequences (``make invariants`` runs thousands)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.machine import ProcessMachine

ProcessMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestProcessInvariants = ProcessMachine.TestCase
