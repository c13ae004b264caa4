"""A name ending in a facility or organisation noun takes that kind's label."""

import pytest

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.evaluation.ner import Mention
from extract.evaluation.ner_comparison import _an_event, _named_by_head_noun
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.head_nouns import head_label
from extract.ner.mentions import extract_entities
from tests.conftest import CORPORA


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Kirikiri Maximum Security Prison", "ORG", "FAC"),
        ("Nsukka Correctional Center", "ORG", "FAC"),  # a two-word facility noun
        ("Third Mainland Bridge", "GPE", "FAC"),
        ("U.S. Highway 12", "ORG", "FAC"),  # a number after the head noun
        ("Highway 441 SE", "ORG", "FAC"),  # and a compass letter
        ("Kano County Sheriff's Office", "GPE", "ORG"),
        ("Lagos Police Department", "PERSON", "ORG"),
        ("Kano County", "ORG", "GPE"),
        ("Kano County Sheriff's Office", "GPE", "ORG"),  # the last word decides
        ("Ada Bridge", "PERSON", "PERSON"),  # a person's name keeps its label
        ("Margaret Court", "PERSON", "PERSON"),  # a known given name first
        ("The Lagos Bridge", "WORK_OF_ART", "WORK_OF_ART"),  # so does a title
        ("Prison", "ORG", "ORG"),  # one word: the noun itself, not a name
        ("Lagos Water Agency", "ORG", "ORG"),
        ("Kano Community Center", "ORG", "ORG"),  # "center" alone names institutions too
        ("Kano prison", "ORG", "ORG"),  # the noun is part of the name only capitalised
        ("Kano Film Festival", "ORG", "EVENT"),  # an event, no entity label here
        ("Lagos City Marathon", "FAC", "EVENT"),
        ("Ada Okafor Lecture", "PERSON", "EVENT"),  # a given name does not save an event
        ("Festival", "ORG", "EVENT"),  # an event noun alone names the event
        ("Olympics", "GPE", "EVENT"),
        ("Budget", "ORG", "EVENT"),  # "his Budget": the statement, not an organisation
        ("Festival", "WORK_OF_ART", "WORK_OF_ART"),
        ("Kano Festival", "WORK_OF_ART", "WORK_OF_ART"),
        ("Kano Water Act", "ORG", "LAW"),  # a law, no entity label either
        ("Lagos Road Safety Bill", "GPE", "LAW"),
        ("Buffalo Bill", "PERSON", "PERSON"),  # a person may be called "Bill"
    ],
)
def test_head_label(name, label, expected):
    assert head_label(name, label) == expected


# Invented news: the small model reads the prison and the correctional centre as ORG.
TEXT = (
    "Ada Okafor was moved to the Kirikiri Maximum Security Prison in March. "
    "He has been held at the Nsukka Correctional Center since 2019.\n"
)


def _labels(params):
    document = CleanText("d", TEXT, OffsetMap((0,), (0,), len(TEXT)))
    (result,) = extract_entities([document], params=params)
    return {TEXT[m.start : m.end]: m.label for m in result.mentions}


def test_the_stage_relabels_the_models_organisations():
    assert _labels(NerParams(head_nouns=False))["Nsukka Correctional Center"] == "ORG"
    found = _labels(NerParams())
    assert found["Kirikiri Maximum Security Prison"] == "FAC"
    assert found["Nsukka Correctional Center"] == "FAC"
    assert found["Ada Okafor"] == "PERSON"


def test_retention_counts_the_relabelling_as_a_correction_not_a_loss():
    start = TEXT.index("Nsukka")
    model = Mention("d", start, start + 26, "Nsukka Correctional Center", "ORG")
    assert _named_by_head_noun(model, [(start, start + 26, "FAC")])
    assert not _named_by_head_noun(model, [(start, start + 26, "GPE")])
    office = Mention("d", 0, 28, "Kano County Sheriff's Office", "GPE")
    assert _named_by_head_noun(office, [(0, 28, "ORG")])
    agency = Mention("d", 0, 18, "Lagos Water Agency", "GPE")
    assert not _named_by_head_noun(agency, [(0, 18, "FAC")])  # agency is no facility


# Invented news: the model reads the conference and the race as ORG.
EVENTS = (
    "Ada Okafor made her first speech at the Progress Party Conference in Kano last year. "
    "The Progress party won. Her husband ran the Lagos City Marathon twice.\n"
)


def _event_mentions(params):
    document = CleanText("d", EVENTS, OffsetMap((0,), (0,), len(EVENTS)))
    corpus = CorpusEvidence.for_settings([EVENTS], params)
    (result,) = extract_entities([document], params=params, corpus=corpus)
    return [(m.start, m.end, m.label) for m in result.mentions]


def test_an_event_is_no_mention_and_nothing_inside_it_is_one():
    conference = EVENTS.index("Progress Party Conference")
    marathon = EVENTS.index("Lagos City Marathon")
    without = {EVENTS[s:e]: label for s, e, label in _event_mentions(NerParams(head_nouns=False))}
    assert without["Progress Party Conference"] == without["Lagos City Marathon"] == "ORG"
    found = _event_mentions(NerParams())
    assert not [m for m in found if conference <= m[0] < conference + 25]  # not "Progress"
    assert not [m for m in found if marathon <= m[0] < marathon + 19]
    assert {EVENTS[s:e] for s, e, _ in found} >= {"Ada Okafor", "Kano", "Progress"}


def test_retention_counts_an_event_apart_from_the_losses():
    start = EVENTS.index("Lagos City Marathon")
    model = Mention("d", start, start + 19, "Lagos City Marathon", "ORG")
    assert _an_event(model, [(0, 10, "PERSON")])
    assert not _an_event(model, [(start, start + 5, "GPE")])  # the stage kept a name in it
    kano = EVENTS.index("Kano")
    assert not _an_event(Mention("d", kano, kano + 4, "Kano", "GPE"), [])
    assert _an_event(Mention("d", 0, 14, "Kano Water Act", "ORG"), [])
    assert _an_event(Mention("d", 0, 8, "Olympics", "GPE"), [])  # an event noun alone
    assert not _an_event(Mention("d", 0, 3, "Act", "ORG"), [])  # a law noun alone is not
    assert not _an_event(Mention("d", 0, 12, "Buffalo Bill", "PERSON"), [])


BBC = CORPORA / "bbc-news"


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/corpora/bbc-news")
def test_a_budget_on_real_news_is_no_organisation():
    """BBC articles write "the Budget", "his Budget", "our first Budget" for a
    chancellor's statement; the small model reads each as ORG."""
    text = (BBC / "politics" / "376.txt").read_text("utf-8")
    document = CleanText("d", text, OffsetMap((0,), (0,), len(text)))
    (without,) = extract_entities([document], params=NerParams(head_nouns=False))
    budgets = [m for m in without.mentions if text[m.start : m.end] == "Budget"]
    assert len(budgets) == 4 and {m.label for m in budgets} == {"ORG"}
    (found,) = extract_entities([document], params=NerParams())
    assert not [m for m in found.mentions if "Budget" in text[m.start : m.end]]
    assert {"Lib Dems", "Labour"} <= {text[m.start : m.end] for m in found.mentions}
