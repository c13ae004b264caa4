"""`extract ner-retention`: the share of the bare model's entities the stage keeps, and
with --losses the list of the others."""

import re

from typer.testing import CliRunner

from extract.cli import app

runner = CliRunner()


def test_retention_lists_every_entity_neither_kept_nor_relabelled(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    # "Shares in Digital": the model reads an organisation; the corpus writes "digital"
    # in lower case more often, so the stage drops it as a common noun (a loss).
    (news / "a.txt").write_text(
        "Ada Okafor met Kofi Mensah in Lagos on Monday. Shares in Digital fell 5% on Monday.\n\n"
        "Sales of digital radio and digital television grew; digital sales rose.\n",
        encoding="utf-8",
    )
    (news / "b.txt").write_text(
        "The Lagos Water Agency said on Tuesday that Ada Okafor would lead it.\n", encoding="utf-8"
    )
    losses = tmp_path / "losses.tsv"
    result = runner.invoke(
        app, ["ner-retention", str(news), "--every", "1", "--losses", str(losses)]
    )
    assert result.exit_code == 0, result.output
    lines = losses.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "document\ttext\tlabel\tstage"
    total = sum(int(n) for n in re.findall(r"kept +\d+ of +(\d+)", result.output)[:3])
    kept = sum(int(n) for n in re.findall(r"kept +(\d+) of", result.output)[:3])
    share = float(re.search(r"kept or so relabelled \((\d\.\d+)\)", result.output).group(1))
    # every entity of the model is kept, relabelled as a correction, or listed as lost
    assert len(lines) - 1 == round(total * (1 - share))
    assert kept <= total - (len(lines) - 1)
    assert f"{len(lines) - 1} losses written" in result.output
    assert ("a.txt", "Digital", "ORG") in [tuple(line.split("\t")[:3]) for line in lines[1:]]
    for line in lines[1:]:
        document, text, label, _ = line.split("\t")
        assert document in ("a.txt", "b.txt") and label in ("PERSON", "ORG", "GPE")
        assert text in (news / document).read_text(encoding="utf-8")


def test_a_name_relabelled_person_beside_the_full_name_is_a_correction_not_a_loss():
    from extract.evaluation.ner import Mention
    from extract.evaluation.ner_comparison import _surname_of_a_named_person

    text = "Ada Okafor won. A. Okafor and Okafor Holdings met. Okafor left."
    found = [(0, 10, "PERSON"), (16, 25, "PERSON"), (30, 45, "ORG"), (51, 57, "PERSON")]
    initial = Mention("d", 16, 25, "A. Okafor", "ORG")
    surname = Mention("d", 51, 57, "Okafor", "ORG")
    company = Mention("d", 30, 45, "Okafor Holdings", "ORG")
    alone = Mention("d", 0, 10, "Ada Okafor", "ORG")
    assert _surname_of_a_named_person(text, initial, found)
    assert _surname_of_a_named_person(text, surname, found)
    assert not _surname_of_a_named_person(text, company, found)  # still ORG
    # the full name relabelled, with no other mention of that person: not counted
    assert not _surname_of_a_named_person("Ada Okafor won.", alone, [(0, 10, "PERSON")])


def test_a_name_after_a_role_noun_relabelled_person_is_a_correction():
    from extract.evaluation.ner import Mention
    from extract.evaluation.ner_comparison import _role_person

    text = "Agency spokesman Ada Okafor spoke.\nSpokesman\nAda Okafor left."
    first, second = text.index("Ada Okafor"), text.rindex("Ada Okafor")
    found = [(first, first + 10, "PERSON"), (second, second + 10, "PERSON")]
    assert _role_person(text, Mention("d", first, first + 10, "Ada Okafor", "ORG"), found)
    # a role word on the line above is a heading, not a role in apposition
    assert not _role_person(text, Mention("d", second, second + 10, "Ada Okafor", "ORG"), found)
    # the stage kept the model's ORG: a loss, not a correction
    kept_org = [(first, first + 10, "ORG")]
    assert not _role_person(text, Mention("d", first, first + 10, "Ada Okafor", "ORG"), kept_org)


def test_a_loss_whose_span_crosses_a_line_break_is_one_line():
    from extract.evaluation.ner_comparison import losses_table

    lost = [("a.txt", "Okafor\n\nAda Mensah", "ORG", "PERSON Okafor; PERSON Ada Mensah")]
    lines = losses_table(lost).splitlines()
    assert lines[1:] == ["a.txt\tOkafor Ada Mensah\tORG\tPERSON Okafor; PERSON Ada Mensah"]
