"""Scoring the pipeline's tables against the gold set."""
