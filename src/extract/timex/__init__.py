"""Time expressions: find them (patterns, candidates), resolve them to TIMEX3 values.

Public face: ``stage.extract_timexes`` (the dates stage over documents) and
``tagger.tag_text`` (one text). Each family of expression has its own resolver module.
"""
