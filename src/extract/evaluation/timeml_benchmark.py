"""Run the clean, model and time-expression stages on TimeML documents; score them (TempEval-3)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from extract.clean.document import CleanedDocument, CleanText, clean_document
from extract.config import CleanParams, NerParams
from extract.evaluation.timeml import TimeMLDocument
from extract.evaluation.timex import AttributeAgreement, Timex, TimexScores, score_timex
from extract.ner.mentions import extract_entities
from extract.timex.conventions import TimexConventions
from extract.timex.tagger import tag_text


@dataclass(frozen=True)
class BenchmarkResult:
    """TempEval-3 scores per subfolder (e.g. TimeBank, AQUAINT) and over all documents."""

    by_group: dict[str, TimexScores]
    overall: TimexScores
    n_documents: int


def system_timexes(
    document: TimeMLDocument,
    cleaned: CleanedDocument,
    model_spans: Sequence[tuple[int, int]],
    *,
    conventions: TimexConventions,
) -> list[Timex]:
    """What the pipeline finds in one document, in the document's own offsets."""
    found = []
    tagged = tag_text(
        cleaned.text, dct=document.dct, conventions=conventions, model_spans=model_spans
    )
    for timex in tagged:
        start, end = cleaned.offsets.to_raw(timex.start, timex.end)
        found.append(
            Timex(
                document.doc_id,
                start,
                end,
                document.text[start:end],
                timex.resolution.type,
                timex.resolution.value,
                timex.modifiers.mod,
                timex.modifiers.quant,
                timex.modifiers.freq,
            )
        )
    return found


def run_benchmark(
    documents: Sequence[TimeMLDocument],
    *,
    clean: CleanParams,
    conventions: TimexConventions,
    ner: NerParams | None,
) -> BenchmarkResult:
    """Clean, (with ``ner``) the model's DATE/TIME spans, time expressions, TempEval-3 scores."""
    cleaned = [clean_document(document.text, params=clean) for document in documents]
    model_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    if ner is not None:
        texts = (
            CleanText(document.doc_id, text.text, text.offsets)
            for document, text in zip(documents, cleaned, strict=True)
            if text.text
        )
        for result in extract_entities(texts, params=ner):
            model_spans[result.doc_id] = [(start, end) for start, end, _ in result.time_spans]
    gold: dict[str, list[Timex]] = defaultdict(list)
    system: dict[str, list[Timex]] = defaultdict(list)
    for document, text in zip(documents, cleaned, strict=True):
        group = document.doc_id.split("/")[0] if "/" in document.doc_id else "all"
        gold[group].extend(document.timexes)
        system[group].extend(
            system_timexes(document, text, model_spans[document.doc_id], conventions=conventions)
        )
    by_group = {group: score_timex(gold[group], system[group]) for group in sorted(gold)}
    overall = score_timex(
        [t for group in gold.values() for t in group],
        [t for group in system.values() for t in group],
    )
    return BenchmarkResult(by_group, overall, len(documents))


def format_benchmark(result: BenchmarkResult) -> str:
    lines = [
        f"TempEval-3 scores on {result.n_documents} TimeML documents (body TIMEX3 only)",
        f"{'subset':12s} {'gold':>5s} {'system':>6s}  {'strict F1':>9s} {'relaxed P':>9s} "
        f"{'relaxed R':>9s} {'relaxed F1':>10s} {'type F1':>7s} {'value F1':>8s}",
    ]
    for name, scores in [*result.by_group.items(), ("overall", result.overall)]:
        lines.append(
            f"{name:12s} {scores.relaxed.expected:5d} {scores.relaxed.predicted:6d}  "
            f"{scores.strict.f1:9.4f} {scores.relaxed.precision:9.4f} {scores.relaxed.recall:9.4f} "
            f"{scores.relaxed.f1:10.4f} {scores.type.f1:7.4f} {scores.value.f1:8.4f}"
        )
    lines.append("on span-matched expressions (no mod on both sides agrees; quant/freq on SETs):")
    lines.append(f"{'subset':12s} {'mod acc':>13s} {'quant acc':>13s} {'freq acc':>13s}")
    for name, scores in [*result.by_group.items(), ("overall", result.overall)]:
        lines.append(
            f"{name:12s} {_agreement(scores.mod)} {_agreement(scores.quant)} "
            f"{_agreement(scores.freq)}"
        )
    return "\n".join(lines)


def _agreement(agreement: AttributeAgreement) -> str:
    return f"{agreement.accuracy:6.4f} ({agreement.compared:4d})"
