"""Scoring the pipeline's tables against a gold set, and the TimeML benchmark.

Public face: ``evaluate.evaluate``, ``gate.gate_failures``, ``timeml_benchmark.run_benchmark``.
"""
