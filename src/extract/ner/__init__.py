"""Named entities: the spaCy model per paragraph, knowledge-base patterns, span rules.

Public face: ``mentions.extract_entities`` (``DocumentEntities`` per document, in one
process or in workers) and ``nlp.load_pipeline``.
"""
