"""Name consistency: parts of a document's PERSON full names are PERSON mentions there."""

from extract.ner.name_consistency import harmonise_person_names, name_parts

TEXT = (
    "Daniel Okafor told the court he was innocent. "
    "Okafor said the police had lied. "
    "Later Mr Okafor left for Lagos, and his firm denied it."
)


def _find(word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _run(mentions):
    sentence_starts = [0, TEXT.index("Okafor said"), TEXT.index("Later")]
    return harmonise_person_names(
        TEXT,
        mentions,
        sentence_starts,
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )


def test_name_parts_skip_initials_and_suffixes():
    assert name_parts("Daniel P. Okafor Jr.") == ("Daniel", "Okafor")
    assert name_parts("J. Okafor") == (None, "Okafor")
    assert name_parts("Okafor") == (None, None)


def test_surname_labelled_org_becomes_person():
    full = (*_find("Daniel Okafor"), "PERSON", 0)
    wrong = (*_find("Okafor", 1), "ORG", 1)
    result = _run([full, wrong])
    assert (*_find("Okafor", 1), "PERSON", 1) in result


def test_title_is_dropped_when_relabelled():
    full = (*_find("Daniel Okafor"), "PERSON", 0)
    titled = (*_find("Mr Okafor"), "GPE", 2)
    result = _run([full, titled])
    assert (*_find("Okafor", 2), "PERSON", 2) in result


def test_missed_surnames_are_added():
    full = (*_find("Daniel Okafor"), "PERSON", 0)
    result = _run([full])
    assert result == [full, (*_find("Okafor", 1), "PERSON", 1), (*_find("Okafor", 2), "PERSON", 2)]


def test_word_used_in_an_organisation_name_keeps_its_label():
    text = "Daniel Okafor founded Okafor Holdings. Okafor denied the report."
    full = (0, 13, "PERSON", 0)
    company = (text.index("Okafor Holdings"), text.index("Holdings") + 8, "ORG", 0)
    bare = (text.index("Okafor denied"), text.index("Okafor denied") + 6, "ORG", 1)
    result = harmonise_person_names(
        text,
        [full, company, bare],
        [0, text.index("Okafor denied")],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    assert result == [full, company, bare]


def test_no_full_name_changes_nothing():
    alone = (*_find("Okafor", 1), "ORG", 1)
    assert _run([alone]) == [alone]


def test_a_titled_name_is_a_person_and_teaches_the_document_its_surname():
    text = "Mr Vance denied it. Bernie Vance had led the firm. Vance resigned in May."
    titled = (0, 8, "ORG", 0)  # the model's "Mr Vance" as an organisation
    full = (text.index("Bernie"), text.index("Bernie") + 12, "GPE", 1)
    result = harmonise_person_names(
        text,
        [titled, full],
        [0, text.index("Bernie"), text.index("Vance resigned")],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    late = text.index("Vance resigned")
    assert result == [
        (3, 8, "PERSON", 0),
        (full[0], full[1], "PERSON", 1),
        (late, late + 5, "PERSON", 2),
    ]


def test_a_place_sharing_a_titled_surname_keeps_its_label():
    text = "Mrs Worth spoke. Fort Worth is in Texas."
    place = (text.index("Fort"), text.index("Fort") + 10, "GPE", 1)
    result = harmonise_person_names(
        text,
        [(4, 9, "PERSON", 0), place],
        [0, text.index("Fort")],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    assert place in result


def test_a_surname_after_of_is_still_the_person():
    text = "Sol Okafor is injured. In the absence of Okafor, the side lost."
    wrong = (text.index("Okafor,"), text.index("Okafor,") + 6, "GPE", 1)
    result = harmonise_person_names(
        text,
        [(0, 10, "PERSON", 0), wrong],
        [0, text.index("In the")],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    assert (wrong[0], wrong[1], "PERSON", 1) in result


def test_an_organisation_named_after_the_person_does_not_block_the_surname():
    text = "Ada Okafor spoke. The Friends of Ada Okafor met. Okafor thanked them. The Okafors left."
    full = (0, 10, "PERSON", 0)
    friends = (text.index("Friends"), text.index(" met"), "ORG", 1)
    family = (text.index("Okafors"), text.index("Okafors") + 7, "ORG", 3)
    starts = [0, text.index("The Friends"), text.index("Okafor thanked"), text.index("The Okafors")]
    result = harmonise_person_names(
        text,
        [full, friends, family],
        starts,
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    alone = text.index("Okafor thanked")
    assert (alone, alone + 6, "PERSON", 2) in result
    assert (family[0], family[1], "PERSON", 3) in result
    assert friends in result


def test_a_place_span_running_through_a_title_into_a_name_is_cut_in_two():
    text = "Lagos Region Sheriff Ada Okafor wrote to the Governor of Lagos State."
    run_on = (0, 31, "GPE", 0)
    governor = (text.index("Governor"), text.index("."), "ORG", 0)
    result = harmonise_person_names(
        text,
        [run_on, governor],
        [0],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    state = text.index("Lagos State")
    assert result == [(0, 12, "GPE", 0), (21, 31, "PERSON", 0), (state, state + 11, "ORG", 0)]


def test_retention_counts_a_relabelled_surname_of_a_named_person_apart():
    from extract.evaluation.ner import Mention
    from extract.evaluation.ner_comparison import _surname_of_a_named_person

    text = "Ada Okafor spoke. Okafor left. Lagos slept."
    okafor = Mention("d", 18, 24, "Okafor", "ORG")
    lagos = Mention("d", 31, 36, "Lagos", "GPE")
    found = [(0, 10, "PERSON"), (18, 24, "PERSON"), (31, 36, "PERSON")]
    assert _surname_of_a_named_person(text, okafor, found)
    assert not _surname_of_a_named_person(text, lagos, found)
    # the model's span ran on ("Okafor left"); the stage's PERSON is its first word
    ran_on = Mention("d", 18, 29, "Okafor left", "ORG")
    assert _surname_of_a_named_person(text, ran_on, found)


def test_majority_decides_a_parts_sense_and_an_eponym_is_the_person():
    text = (
        "Ada Okafor spoke. Ada Okafor left. The Okafor Inquiry opened. "
        "The inquiry met. Okafor said no."
    )
    full = [(0, 10, "PERSON", 0), (18, 28, "PERSON", 1)]
    inquiry = (text.index("Okafor Inquiry"), text.index(" opened"), "FAC", 2)
    later = text.index("Okafor said")
    result = harmonise_person_names(
        text,
        [*full, inquiry],
        [0, 18, text.index("The Okafor"), text.index("The inquiry"), later],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )
    assert (inquiry[0], inquiry[0] + 6, "PERSON", 2) in result
    assert (later, later + 6, "PERSON", 4) in result


def _harmonise(text, marks):
    """harmonise_person_names on (written text, label) marks, each the first occurrence
    after the previous one; returns (text, label) pairs."""
    mentions, position = [], 0
    for written, label in marks:
        start = text.index(written, position)
        mentions.append((start, start + len(written), label, 0))
        position = start + 1
    result = harmonise_person_names(
        text, mentions, [0], span=lambda m: m[:3], make=lambda s, e, label, n: (s, e, label, n)
    )
    return [(text[s:e], label) for s, e, label, _ in result]


def test_a_name_the_document_mostly_reads_as_a_place_is_not_a_person():
    text = (
        "Lagos State voted. Lagos State rejoiced. Officials in Lagos State, Lagos State "
        "and Kano State said Lagos State would pay."
    )
    marks = [("Lagos State", "PERSON")] + [("Lagos State", "GPE")] * 4
    # one PERSON reading against four GPE: the slip does not spread, it is corrected
    assert {label for _, label in _harmonise(text, marks)} == {"GPE"}


def test_a_known_given_name_keeps_a_name_a_person_whatever_the_majority():
    text = "Ada Okafor won. Ada Okafor lost. Ada Okafor left."
    marks = [("Ada Okafor", "PERSON"), ("Ada Okafor", "ORG"), ("Ada Okafor", "ORG")]
    assert {label for _, label in _harmonise(text, marks)} == {"PERSON"}


def test_an_initial_and_a_known_surname_are_the_person():
    text = "Kemi Okafor won the heptathlon. Results: 1. K Okafor 6,200 points."
    marks = [("Kemi Okafor", "PERSON"), ("K Okafor", "ORG")]
    assert ("K Okafor", "PERSON") in _harmonise(text, marks)


def test_a_titled_owner_is_the_person_not_the_thing_owned():
    text = "He praised Mr Okafor's Lagos Water Fund on Monday."
    assert _harmonise(text, [("Mr Okafor's Lagos Water Fund", "ORG")]) == [("Okafor", "PERSON")]


def test_given_name_and_surname_after_a_role_noun_are_a_person():
    text = "The agency's spokesman Daniel Okafor denied it."
    assert _harmonise(text, [("Daniel Okafor", "ORG")]) == [("Daniel Okafor", "PERSON")]


def test_role_noun_needs_a_given_name_and_lower_case():
    # "Lagos" is no given name: a company after "leader" stays what the model read;
    # a capitalised "Spokesman" opens a name or a heading, not a role in apposition.
    text = "The market leader Lagos Holdings grew. Spokesman Daniel Okafor left."
    marks = [("Lagos Holdings", "ORG"), ("Daniel Okafor", "ORG")]
    assert _harmonise(text, marks) == marks


def test_a_word_that_qualifies_a_role_is_no_role_noun():
    # "the late Ada Okafor" is a person, but "late" names no role: the band after it
    # stays what the model read.
    text = "A film about the late Joy Mensah band opened."
    assert _harmonise(text, [("Joy Mensah", "ORG")]) == [("Joy Mensah", "ORG")]
