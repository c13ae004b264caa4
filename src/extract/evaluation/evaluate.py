"""Score system tables against the gold set: metrics and a list of every error.

Each section is scored only when its table exists (a stage not run yet yields no
figures, and the gate then names the missing figure).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extract.evaluation.boilerplate_scores import score_boilerplate
from extract.evaluation.linking import score_linking
from extract.evaluation.matching import Alignment, Located
from extract.evaluation.ner import Mention, score_ner
from extract.evaluation.timex import Timex, score_timex
from extract.gold.records import GoldSpan


@dataclass(frozen=True)
class SystemOutput:
    """The pipeline's spans in raw offsets; None where the stage has not run."""

    boilerplate: Sequence[Located] | None
    mentions: Sequence[Mention] | None
    timexes: Sequence[Timex] | None


@dataclass(frozen=True)
class Evaluation:
    metrics: dict[str, Any]
    errors: list[str]


def evaluate(
    gold: Sequence[GoldSpan], system: SystemOutput, raw_texts: dict[str, str]
) -> Evaluation:
    """Metrics (nested dict, for metrics.json) and an error report (markdown lines)."""
    metrics: dict[str, Any] = {}
    errors: list[str] = []
    if system.boilerplate is not None:
        gold_boilerplate = [g for g in gold if g.kind == "boilerplate"]
        metrics["boilerplate"] = score_boilerplate(
            gold_boilerplate, system.boilerplate, raw_texts
        ).as_dict()
    if system.mentions is not None:
        gold_mentions = [
            Mention(g.doc, g.start, g.end, g.text, g.label or "", g.entity)
            for g in gold
            if g.kind == "entity"
        ]
        ner = score_ner(gold_mentions, system.mentions)
        metrics["ner"] = {
            "strict": ner.strict.as_dict(),
            "partial": ner.partial.as_dict(),
            "per_label": {
                label: {"strict": strict.as_dict(), "partial": partial.as_dict()}
                for label, (strict, partial) in ner.per_label.items()
            },
        }
        linking = score_linking(ner.alignment.pairs)
        metrics["linking"] = {
            "accuracy": round(linking.accuracy, 4),
            "mentions": linking.n_mentions,
            "bcubed": linking.bcubed.as_dict(),
            "surface_baseline_bcubed": linking.surface_bcubed.as_dict(),
        }
        errors += _ner_errors(ner.alignment, raw_texts)
    if system.timexes is not None:
        gold_timexes = [
            Timex(g.doc, g.start, g.end, g.text, g.type or "", g.value or "")
            for g in gold
            if g.kind == "timex"
        ]
        timex = score_timex(gold_timexes, system.timexes)
        metrics["timex"] = {
            "strict": timex.strict.as_dict(),
            "relaxed": timex.relaxed.as_dict(),
            "type": timex.type.as_dict(),
            "value": timex.value.as_dict(),
        }
        errors += timex_error_lines(timex.alignment, raw_texts)
    return Evaluation(metrics, errors)


def sentence_around(raw_text: str, start: int, end: int) -> str:
    """The sentence (or line) holding a span, with the span in [brackets]."""
    left = max(raw_text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n")) + 1
    right_candidates = [raw_text.find(mark, end) for mark in (". ", "? ", "! ", "\n")]
    right = min([c + 1 for c in right_candidates if c >= 0] or [len(raw_text)])
    sentence = raw_text[left:start] + "[" + raw_text[start:end] + "]" + raw_text[end:right]
    return " ".join(sentence.split())


def _ner_errors(alignment: Alignment[Mention, Mention], raw_texts: dict[str, str]) -> list[str]:
    lines: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}

    def add(kind: str, label: str, span: Mention, note: str = "") -> None:
        context = sentence_around(raw_texts[span.doc], span.start, span.end)
        groups.setdefault((kind, label), []).append(f"- {span.doc}: {context}{note}")

    for gold_span in alignment.missed:
        add("false negative", gold_span.label, gold_span)
    for system_span in alignment.spurious:
        add("false positive", system_span.label, system_span)
    for gold_span, system_span in alignment.pairs:
        if gold_span.label != system_span.label or (gold_span.start, gold_span.end) != (
            system_span.start,
            system_span.end,
        ):
            add(
                "boundary or label",
                gold_span.label,
                system_span,
                f" (gold: {gold_span.text!r} {gold_span.label})",
            )
        elif gold_span.entity != system_span.entity and gold_span.label != "NORP":
            add(
                "wrong link",
                gold_span.label,
                system_span,
                f" (gold: {gold_span.entity}, system: {system_span.entity})",
            )
    for (kind, label), entries in sorted(groups.items()):
        lines.append(f"\n### Entities: {kind}, {label} ({len(entries)})\n")
        lines += entries
    return lines


def timex_error_lines(alignment: Alignment[Timex, Timex], raw_texts: dict[str, str]) -> list[str]:
    lines: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}

    def add(kind: str, timex_type: str, span: Timex, note: str = "") -> None:
        context = sentence_around(raw_texts[span.doc], span.start, span.end)
        groups.setdefault((kind, timex_type), []).append(f"- {span.doc}: {context}{note}")

    for gold_span in alignment.missed:
        add("false negative", gold_span.type, gold_span, f" ({gold_span.value})")
    for system_span in alignment.spurious:
        add("false positive", system_span.type, system_span, f" ({system_span.value})")
    for gold_span, system_span in alignment.pairs:
        wrong = [
            f"{name}: gold {g!r}, system {s!r}"
            for name, g, s in (
                ("span", gold_span.text, system_span.text),
                ("type", gold_span.type, system_span.type),
                ("value", gold_span.value, system_span.value),
            )
            if g != s
        ]
        if wrong:
            add("mismatch", gold_span.type, system_span, " (" + "; ".join(wrong) + ")")
    for (kind, timex_type), entries in sorted(groups.items()):
        lines.append(f"\n### Time expressions: {kind}, {timex_type} ({len(entries)})\n")
        lines += entries
    return lines
