"""Benchmarks: `make bench` (figures are printed, never asserted in the test suite)."""
