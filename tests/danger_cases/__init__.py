"""Danger-sign development cases, one module per round (tests/test_nlu_danger_cases.py runs them)."""
