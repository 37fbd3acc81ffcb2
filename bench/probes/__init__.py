"""Processes the benchmark starts, each printing its measurements as JSON lines."""
