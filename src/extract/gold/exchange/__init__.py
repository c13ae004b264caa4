"""Gold for a user's own case: the pipeline's spans out to an annotation tool and the
corrected annotations back in as gold JSONL.

Public face: ``label_studio`` and ``brat`` (each format's writer and reader),
``pipeline_spans`` (the spans of a run's tables, for pre-annotation),
``importing`` (validation by the gold loader, then gold JSONL), ``agreement``
(two gold sets compared) and ``texts`` (the raw texts a gold set indexes).
"""
