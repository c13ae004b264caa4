"""Agreement of two gold sets of the same documents: two annotators, or two versions.

Span agreement is pairwise F1 with either set as the reference (it is symmetric),
the usual inter-annotator measure for span annotation, where kappa has no count
of negatives to stand on (Hripcsak and Rothschild 2005). It is given per kind and
per label (exact boundaries and the same label). Attribute agreement is the share
of spans with the same boundaries in both sets whose attribute also agrees:
label and entity id for names, type and value for time expressions. Boilerplate
also gets character F1, since regions may be cut into lines differently.

Every disagreement is listed once: a span in one set only, a pair that overlaps
with other boundaries, or a pair with the same boundaries and another attribute.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from extract.evaluation.boilerplate_scores import score_boilerplate
from extract.evaluation.matching import Scores, align, same_span
from extract.gold.records import KINDS, LINKED_LABELS, GoldSpan

ATTRIBUTES = {"entity": ("label", "entity"), "timex": ("type", "value"), "boilerplate": ()}


@dataclass(frozen=True)
class Disagreement:
    """One place the sets differ; ``what`` is "only in A", "only in B", "boundaries"
    or the attributes that differ ("entity", "label, entity", "value", ...)."""

    kind: str
    what: str
    a: GoldSpan | None
    b: GoldSpan | None


@dataclass(frozen=True)
class AttributeAgreement:
    agreeing: int
    compared: int

    @property
    def share(self) -> float | None:
        return self.agreeing / self.compared if self.compared else None


@dataclass(frozen=True)
class KindAgreement:
    """One kind's figures: span F1 overall and per label, attribute agreement."""

    kind: str
    span: Scores
    per_label: dict[str, Scores]
    attributes: dict[str, AttributeAgreement]
    characters: Scores | None  # boilerplate only

    @property
    def empty(self) -> bool:
        return not self.span.expected and not self.span.predicted


@dataclass(frozen=True)
class Agreement:
    documents: int
    kinds: dict[str, KindAgreement]
    disagreements: list[Disagreement]

    def as_dict(self) -> dict[str, Any]:
        """The figures as JSON (disagreements as counts; the listing is the text form)."""
        kinds: dict[str, Any] = {}
        for kind, figures in self.kinds.items():
            if figures.empty:
                kinds[kind] = None  # neither set has a span of this kind: nothing to agree on
                continue
            entry: dict[str, Any] = {
                "span": figures.span.as_dict(),
                "per_label": {label: s.as_dict() for label, s in figures.per_label.items()},
                "attributes": {
                    name: {
                        "agreement": None if a.share is None else round(a.share, 4),
                        "agreeing": a.agreeing,
                        "compared": a.compared,
                    }
                    for name, a in figures.attributes.items()
                },
            }
            if figures.characters is not None:
                entry["characters"] = figures.characters.as_dict()
            kinds[kind] = entry
        return {
            "documents": self.documents,
            "kinds": kinds,
            "disagreements": len(self.disagreements),
        }


def compare_gold(
    a: Sequence[GoldSpan], b: Sequence[GoldSpan], raw_texts: Mapping[str, str]
) -> Agreement:
    """Agreement of set B with set A, kind by kind, and every disagreement in doc order."""
    kinds: dict[str, KindAgreement] = {}
    disagreements: list[Disagreement] = []
    texts = {doc: raw_texts[doc] for doc in sorted({s.doc for s in [*a, *b]})}
    for kind in KINDS:
        a_kind = [s for s in a if s.kind == kind]
        b_kind = [s for s in b if s.kind == kind]
        alignment = align(a_kind, b_kind)
        exact = [(x, y) for x, y in alignment.pairs if same_span(x, y)]
        per_label = {}
        labels = {_label(s) for s in [*a_kind, *b_kind]} if ATTRIBUTES[kind] else set()
        for label in sorted(labels):
            per_label[label] = Scores.from_counts(
                sum(_label(x) == _label(y) == label for x, y in exact),
                sum(_label(s) == label for s in b_kind),
                sum(_label(s) == label for s in a_kind),
            )
        kinds[kind] = KindAgreement(
            kind,
            Scores.from_counts(len(exact), len(b_kind), len(a_kind)),
            per_label,
            {name: _attribute(name, exact) for name in ATTRIBUTES[kind]},
            score_boilerplate(a_kind, b_kind, texts) if kind == "boilerplate" else None,
        )
        disagreements += [Disagreement(kind, "only in A", x, None) for x in alignment.missed]
        disagreements += [Disagreement(kind, "only in B", None, y) for y in alignment.spurious]
        for x, y in alignment.pairs:
            differing = [name for name in ATTRIBUTES[kind] if getattr(x, name) != getattr(y, name)]
            if not same_span(x, y):
                disagreements.append(Disagreement(kind, "boundaries", x, y))
            elif differing:
                disagreements.append(Disagreement(kind, ", ".join(differing), x, y))
    disagreements.sort(key=_position)
    return Agreement(len(texts), kinds, disagreements)


def _label(span: GoldSpan) -> str:
    """A name's label or a time expression's type (boilerplate has no label)."""
    return span.label or span.type or ""


def _attribute(name: str, exact: list[tuple[GoldSpan, GoldSpan]]) -> AttributeAgreement:
    """Label and type are compared on every exact pair; an entity id where both sets
    give the same linked label (an id of another label is a label disagreement)."""
    if name == "entity":
        exact = [(x, y) for x, y in exact if x.label == y.label and x.label in LINKED_LABELS]
    agreeing = sum(getattr(x, name) == getattr(y, name) for x, y in exact)
    return AttributeAgreement(agreeing, len(exact))


def _position(disagreement: Disagreement) -> tuple[str, int, int, int]:
    span = disagreement.a or disagreement.b
    assert span is not None
    return (span.doc, span.start, span.end, KINDS.index(disagreement.kind))


def format_agreement(agreement: Agreement, *, a_name: str = "A", b_name: str = "B") -> str:
    """The figures as a table, then every disagreement on its own line."""
    lines = [
        f"agreement of A ({a_name}) and B ({b_name}) on {agreement.documents} documents",
        f"{'kind / label':22s} {'A':>6s} {'B':>6s} {'same':>6s} {'span F1':>8s}  attributes",
    ]
    for kind, figures in agreement.kinds.items():
        if figures.empty:
            lines.append(f"{kind:22s} {0:6d} {0:6d}  (neither set has one)")
            continue
        attributes = "  ".join(f"{name} {_share(a)}" for name, a in figures.attributes.items())
        if figures.characters is not None:
            attributes = f"characters F1 {figures.characters.f1:.4f}"
        lines.append(_row(kind, figures.span) + f"  {attributes}")
        lines += [_row(f"  {label}", scores) for label, scores in figures.per_label.items()]
    lines.append(f"disagreements: {len(agreement.disagreements)}")
    lines += [_disagreement_line(d) for d in agreement.disagreements]
    return "\n".join(lines) + "\n"


def _row(name: str, scores: Scores) -> str:
    return (
        f"{name:22s} {scores.expected:6d} {scores.predicted:6d} {int(scores.correct):6d} "
        f"{scores.f1:8.4f}"
    )


def _share(attribute: AttributeAgreement) -> str:
    if attribute.share is None:
        return "-"
    return f"{attribute.share:.4f} ({attribute.agreeing}/{attribute.compared})"


def _disagreement_line(disagreement: Disagreement) -> str:
    span = disagreement.a or disagreement.b
    assert span is not None
    sides = f"A {_describe(disagreement.a)} | B {_describe(disagreement.b)}"
    return f"- {span.doc}: {disagreement.kind}, {disagreement.what}: {sides}"


def _describe(span: GoldSpan | None) -> str:
    if span is None:
        return "-"
    attributes = [str(getattr(span, name)) for name in ATTRIBUTES[span.kind]]
    return " ".join([f"[{span.start}:{span.end}] {span.text!r}", *attributes])
