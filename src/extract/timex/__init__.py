"""Time expressions: find them (patterns), resolve them to TIMEX3 values (normalize)."""
