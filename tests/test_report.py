"""The HTML report: its data, its safety, and the page itself in headless Chromium."""

import json
import re
import shutil

import pytest

from extract.clean.offsets import OffsetMap
from extract.config import Params
from extract.errors import InputTableError
from extract.report.chart import chronology_figure
from extract.report.page import content_security_policy, json_for_script, script_hash, script_safe
from extract.report.payload import ReportDataError, clean_position, gate_rows
from extract.stages.clean import run_clean
from extract.stages.dates import run_dates
from extract.stages.entities import run_entities
from extract.stages.evaluate import run_evaluate
from extract.stages.ingest import run_ingest
from extract.stages.link import run_link
from extract.stages.report import run_report
from extract.stages.timeline import run_timeline
from extract.tables import schemas
from extract.tables.parquet_io import read_table, write_table

from .conftest import RAW, REPO
from .report_browser import browser, open_report, require_browser, show

HOSTILE_TEXT = (
    "date 2004-03-01\n"
    "Ada Okafor met the Lagos Water Agency board in Lagos on 12 March 2004. "
    "<script>window.__pwned = 1</script>\n"
    'Ada Okafor wrote <img src=x onerror="window.__pwned = 2"> and '
    '<a href="javascript:window.__pwned = 3">a link</a> on 14 March 2004.\n'
    '<svg onload="window.__pwned = 4"></svg> Ada Okafor left Lagos in April 2005.\n'
)
HOSTILE_TITLE = '<img src=x onerror="window.__pwned = 5">'
HOSTILE_NAME = '<img src=x onerror="window.__pwned = 6">Ada'
# The hover label plotly draws for each point of the chart, in turn.
# (plotly throttles hover events, hence the pause between points)
HOVER_EVERY_POINT = """async () => {
  const chart = document.getElementById("chart");
  const labels = [];
  for (let curve = 0; curve < chart.data.length; curve++) {
    for (let point = 0; point < chart.data[curve].x.length; point++) {
      Plotly.Fx.hover(chart, [{curveNumber: curve, pointNumber: point}]);
      await new Promise((resolve) => setTimeout(resolve, 120));
      labels.push(chart.querySelector(".hoverlayer").textContent);
    }
  }
  return labels;
}"""


def _run_stages(raw, out, kb=None):
    params = Params()
    run_ingest(raw, out, params=params)
    run_clean(out, params=params)
    run_entities(out, params=params, kb_path=kb)
    run_link(out, params=params, kb_path=kb)
    run_dates(out, params=params)
    run_timeline(out)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """The bundled corpus through every stage, scored against its gold, and its report."""
    out = tmp_path_factory.mktemp("report") / "out"
    _run_stages(RAW, out, REPO / "kb" / "entities.yaml")
    run_evaluate(out, REPO / "gold", params=Params())
    run_report(out, params=Params())
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A document full of markup, a hostile manifest title and a hostile entity name."""
    raw = tmp_path_factory.mktemp("hostile") / "raw"
    raw.mkdir()
    (raw / "attack.txt").write_text(HOSTILE_TEXT, "utf-8")
    (raw / "manifest.csv").write_text(
        "file,published,url,title\n"
        + f'attack.txt,2004-03-01,,"{HOSTILE_TITLE.replace(chr(34), 2 * chr(34))}"\n',
        "utf-8",
    )
    out = raw.parent / "out"
    _run_stages(raw, out)
    entities = read_table(out / "entities.parquet", schemas.ENTITIES)
    (ada,) = [row for row in entities if row["name"] == "Ada Okafor"]
    ada["name"] = HOSTILE_NAME  # as if the table had been tampered with
    write_table(entities, schemas.ENTITIES, out / "entities.parquet")
    run_timeline(out)
    run_report(out, params=Params())
    return out


@pytest.fixture(scope="module")
def chromium():
    executable = require_browser()
    with browser(executable) as launched:
        yield launched


@pytest.fixture(scope="module")
def report_page(bundled, chromium):
    loaded = open_report(chromium, bundled / "report.html")
    yield loaded
    loaded.page.close()


def _rows(out, name, schema):
    return read_table(out / f"{name}.parquet", schema)


# --- pieces, without a browser ------------------------------------------------------


def test_report_json_for_script_cannot_close_its_element():
    text = json_for_script({"t": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><script>alert(1)</script> & \u2028"}


def test_report_script_safe_rewrites_a_closing_tag_only():
    assert script_safe('var s = "</SCRIPT>"; a < b') == 'var s = "<\\/SCRIPT>"; a < b'


def test_report_policy_forbids_loading_and_unlisted_scripts():
    policy = content_security_policy(["alert(1)"])
    assert "default-src 'none'" in policy
    assert "script-src 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='" in policy
    assert "unsafe-eval" not in policy
    assert not re.search(r"script-src[^;]*unsafe-inline", policy)


def test_report_clean_position_of_removed_raw_text():
    # cleaned "abcde" from raw positions 5, 6, 7, 10, 11: raw 0-4 and 8-9 were removed
    offsets = OffsetMap.from_positions([5, 6, 7, 10, 11])
    assert clean_position(offsets, 0) == 0  # before the first kept character
    assert clean_position(offsets, 6) == 1
    assert clean_position(offsets, 8) == 3  # cut out between "c" and "d"
    assert clean_position(offsets, 12) == 5  # after the end


def test_report_gate_rows_judge_like_the_gate():
    metrics = {"ner": {"strict": {"f1": 0.95}}, "bbc_dev": {"skipped": "absent"}}
    minimums = {"ner.strict.f1": 0.96, "ner.partial.f1": 0.9, "bbc_dev.ner.strict.f1": 0.8}
    assert gate_rows(metrics, minimums) == [
        ["ner.strict.f1", 0.95, 0.96, "below"],
        ["ner.partial.f1", None, 0.9, "missing"],
        ["bbc_dev.ner.strict.f1", None, 0.8, "skipped"],
    ]


def test_report_page_lists_the_hash_of_every_inline_script(bundled):
    page = (bundled / "report.html").read_text("utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    assert len(scripts) == 1  # the page script; the data is not a script
    (held,) = re.findall(r'<script type="text/plain" id="plotly-source">(.*?)</script>', page, re.S)
    assert "Plotly" in held  # plotly.js, run by the page script when the chart is shown
    for source in [*scripts, held]:
        assert script_hash(source) in policy


def test_report_without_timeline_names_the_missing_table(bundled, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(bundled, out)
    (out / "timeline.parquet").unlink()
    with pytest.raises(InputTableError, match=r"timeline\.parquet: not found"):
        run_report(out, params=Params())


def test_report_named_metrics_file_must_exist(bundled, tmp_path):
    with pytest.raises(InputTableError, match=r"nothing\.json: not found"):
        run_report(bundled, params=Params(), metrics_path=tmp_path / "nothing.json")


def test_report_metrics_not_json_names_the_file(bundled, tmp_path):
    broken = tmp_path / "metrics.json"
    broken.write_text("{ner: ", "utf-8")
    with pytest.raises(InputTableError, match=r"metrics\.json: not readable as JSON"):
        run_report(bundled, params=Params(), metrics_path=broken)


def test_report_timeline_of_another_run_is_a_clear_error(bundled, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(bundled, out)
    timeline = _rows(out, "timeline", schemas.TIMELINE)
    timeline[0]["timex_id"] = "elsewhere.txt:0-4"
    write_table(timeline, schemas.TIMELINE, out / "timeline.parquet")
    with pytest.raises(ReportDataError, match=r"elsewhere\.txt:0-4.*dates\.parquet lacks"):
        run_report(out, params=Params())


def test_report_is_byte_identical_when_run_again(bundled, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(bundled, out)
    run_report(out, params=Params())
    assert (out / "report.html").read_bytes() == (bundled / "report.html").read_bytes()


# --- the page in headless Chromium ---------------------------------------------------


def test_report_loads_with_no_console_error_and_no_network(report_page):
    assert report_page.errors() == []
    fetched = [url for url in report_page.requests if not url.startswith(("file:", "data:"))]
    assert fetched == []


def test_report_each_document_highlights_every_mention_and_time_expression(bundled, report_page):
    page = report_page.page
    mentions = _rows(bundled, "mentions", schemas.MENTIONS)
    dates = _rows(bundled, "dates", schemas.DATES)
    show(page, "documents")
    doc_ids = page.eval_on_selector_all("#doc-list li", "items => items.map(i => i.dataset.doc)")
    assert doc_ids == sorted(path.name for path in RAW.glob("*.txt"))  # the three documents
    for doc_id in doc_ids:
        page.click(f"#doc-list li[data-doc='{doc_id}']")
        page.wait_for_selector(f"#doc-head h2:text-is('{doc_id}')")
        marks = page.eval_on_selector_all(
            "#doc-text mark.ent", "ms => ms.map(m => [m.dataset.m, m.textContent])"
        )
        expected = [row for row in mentions if row["doc_id"] == doc_id]
        assert len(marks) == len(expected), doc_id
        assert len({m for m, _ in marks}) == len(expected)
        timex_marks = page.eval_on_selector_all(
            "#doc-text mark.tx", "ms => new Set(ms.map(m => m.dataset.t)).size"
        )
        assert timex_marks == sum(row["doc_id"] == doc_id for row in dates)
        # the page's text is the cleaned text, every character of it, once
        text = page.text_content("#doc-text")
        (document,) = [
            row for row in _rows(bundled, "documents", schemas.DOCUMENTS) if row["doc_id"] == doc_id
        ]
        assert text == document["text"]


def test_report_mention_tooltip_names_entity_and_link_method(bundled, report_page):
    page = report_page.page
    first = next(
        row
        for row in _rows(bundled, "mentions", schemas.MENTIONS)
        if row["text"] == "Jens Soering" and row["doc_id"].startswith("000_")
    )
    show(page, "documents")
    page.click(f"#doc-list li[data-doc='{first['doc_id']}']")
    title = page.get_attribute("#doc-text mark.ent:text-is('Jens Soering')", "title")
    assert title == f"PERSON · entity jens-soering (Jens Soering) · link {first['link_method']}"
    timex_title = page.get_attribute("#doc-text mark.tx:text-is('1985')", "title")
    assert timex_title == "DATE · TIMEX3 1985"


def test_report_removed_boilerplate_shows_on_request(bundled, report_page):
    page = report_page.page
    doc_id = "001_c03f803410a04109.txt"
    removed = [
        row for row in _rows(bundled, "boilerplate", schemas.BOILERPLATE) if row["doc_id"] == doc_id
    ]
    raw = (RAW / doc_id).read_text("utf-8")
    show(page, "documents")
    page.click(f"#doc-list li[data-doc='{doc_id}']")
    assert page.locator("#doc-text del.boiler").count() == 0
    page.check("#show-boilerplate")
    shown = page.eval_on_selector_all("#doc-text del.boiler", "ds => ds.map(d => d.textContent)")
    assert shown == [raw[row["raw_start"] : row["raw_end"]] for row in removed]
    assert "Skip to main content" in shown
    assert page.locator("#doc-text mark.ent").count() == sum(
        row["doc_id"] == doc_id for row in _rows(bundled, "mentions", schemas.MENTIONS)
    )
    page.uncheck("#show-boilerplate")


def test_report_entity_filter_keeps_matching_entities(report_page):
    page = report_page.page
    show(page, "entities")
    page.fill("#entity-filter", "haysom")
    page.wait_for_selector("#entity-count[data-rows='3']")
    names = page.eval_on_selector_all(
        "#entity-table tbody td.name", "tds => tds.map(t => t.textContent)"
    )
    # the knowledge base's three Haysoms, most mentioned first
    assert sorted(names) == ["Derek Haysom", "Elizabeth Haysom", "Nancy Haysom"]
    page.fill("#entity-filter", "")
    page.wait_for_selector("#entity-count:not([data-rows='3'])")


def test_report_entity_label_filter_and_sort(bundled, report_page):
    page = report_page.page
    entities = _rows(bundled, "entities", schemas.ENTITIES)
    show(page, "entities")
    person = page.eval_on_selector(
        "#entity-label", "s => [...s.options].find(o => o.textContent === 'PERSON').value"
    )
    page.select_option("#entity-label", person)
    expected = sum(row["label"] == "PERSON" for row in entities)
    page.wait_for_selector(f"#entity-count[data-rows='{expected}']")
    counts = page.eval_on_selector_all(
        "#entity-table tbody tr", "trs => trs.map(t => Number(t.children[3].textContent))"
    )
    assert counts == sorted(counts, reverse=True)  # most mentioned first
    page.click("#entity-table th[data-key='mentions']")
    counts = page.eval_on_selector_all(
        "#entity-table tbody tr", "trs => trs.map(t => Number(t.children[3].textContent))"
    )
    assert counts == sorted(counts)
    labels = page.eval_on_selector_all(
        "#entity-table tbody tr", "trs => trs.map(t => t.children[1].textContent)"
    )
    assert set(labels) == {"PERSON"}
    page.click("#entity-table th[data-key='mentions']")
    page.select_option("#entity-label", "")


def test_report_choosing_an_entity_lists_every_mention(bundled, report_page):
    page = report_page.page
    mentions = [
        row
        for row in _rows(bundled, "mentions", schemas.MENTIONS)
        if row["entity_id"] == "elizabeth-haysom"
    ]
    show(page, "entities")
    page.fill("#entity-filter", "elizabeth-haysom")
    page.wait_for_selector("#entity-count[data-rows='1']")
    page.click("#entity-table tbody tr[data-entity='elizabeth-haysom']")
    count = page.locator("#entity-mention-count")
    assert count.get_attribute("data-mentions") == str(len(mentions))
    assert count.get_attribute("data-docs") == str(len({row["doc_id"] for row in mentions}))
    items = page.eval_on_selector_all(
        "#entity-mentions li", "lis => lis.map(l => l.querySelector('mark.ent').textContent)"
    )
    assert sorted(items) == sorted(row["text"] for row in mentions)  # fewer than a page of 100
    page.fill("#entity-filter", "")


def test_report_chart_has_a_mark_per_dated_sentence_of_each_entity_row(bundled, report_page):
    page = report_page.page
    show(page, "chronology")
    page.wait_for_selector("#chart[data-drawn='1']")
    rows = page.eval_on_selector_all("#chart .ytick text", "ts => ts.map(t => t.textContent)")
    assert "Jens Soering" in rows and "Elizabeth Haysom" in rows
    dated = [row for row in _rows(bundled, "timeline", schemas.TIMELINE) if row["resolved"]]
    expected = sum(name in rows for row in dated for name in row["entity_names"])
    assert page.locator("#chart .scatterlayer .point").count() == expected > 0
    years = page.eval_on_selector_all("#chart .xtick text", "ts => ts.map(t => t.textContent)")
    assert "1990" in years and "2010" in years  # the case runs from the 1980s to 2020
    assert page.get_attribute("#chron-count", "data-rows") == str(len(dated))


def test_report_overview_shows_documents_and_gate_figures(bundled, report_page):
    page = report_page.page
    show(page, "overview")
    metrics = json.loads((bundled / "metrics.json").read_text("utf-8"))
    gate = page.eval_on_selector_all(
        "#gate-table tbody tr", "trs => trs.map(t => [...t.children].map(c => c.textContent))"
    )
    assert len(gate) == len(Params().evaluate.minimums)
    (strict,) = [row for row in gate if row[0] == "ner.strict.f1"]
    assert strict[1] == f"{metrics['ner']['strict']['f1']:.4f}"
    labels = page.eval_on_selector_all(
        "#label-table tbody tr", "trs => trs.map(t => t.children[0].textContent)"
    )
    mentions = _rows(bundled, "mentions", schemas.MENTIONS)
    assert labels == sorted({row["label"] for row in mentions})


def test_report_hostile_document_shows_markup_as_text_and_runs_none_of_it(hostile, chromium):
    loaded = open_report(chromium, hostile / "report.html")
    page = loaded.page
    show(page, "documents")
    page.click("#doc-list li[data-doc='attack.txt']")
    assert HOSTILE_TITLE in page.text_content("#doc-summary")
    text = page.text_content("#doc-text")
    assert "<script>window.__pwned = 1</script>" in text
    assert '<a href="javascript:window.__pwned = 3">a link</a>' in text
    assert page.locator("#doc-text script, #doc-text img, #doc-text a, #doc-text svg").count() == 0
    show(page, "entities")
    page.fill("#entity-filter", "okafor")
    page.wait_for_selector("#entity-count[data-rows='1']")
    assert page.text_content("#entity-table tbody td.name") == HOSTILE_NAME
    show(page, "chronology")
    page.wait_for_selector("#chart[data-drawn='1']")
    assert HOSTILE_NAME in page.eval_on_selector_all(
        "#chart .ytick text", "ts => ts.map(t => t.textContent)"
    )
    box = page.locator("#chart .scatterlayer .point").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#chart .hoverlayer .hovertext")
    page.mouse.move(0, 0)
    hovers = page.evaluate(HOVER_EVERY_POINT)  # marks close together hide each other
    hovers = ["".join(hover.split()) for hover in hovers]  # the label wraps lines
    assert any('<imgsrc=xonerror="window.__pwned=2">' in hover for hover in hovers), hovers
    table = page.text_content("#chron-table")
    assert '<a href="javascript:window.__pwned = 3">a link</a>' in table
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img, svg image, a[href^='javascript']").count() == 0
    assert loaded.errors() == []
    page.close()


def test_report_policy_refuses_a_script_put_into_the_page(bundled, chromium):
    """Were some text ever to become a script element, the policy would not run it."""
    loaded = open_report(chromium, bundled / "report.html")
    page = loaded.page
    page.evaluate(
        """() => {
        const script = document.createElement("script");
        script.textContent = "window.__pwned = 7";
        document.body.append(script);
    }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert any("Content Security Policy" in text for _, text in loaded.errors())
    page.close()


def _chart_payload(days):
    """A payload of one entity named in one dated sentence per day of ``days``."""
    text = "Ada Okafor spoke."
    return {
        "labels": ["PERSON"],
        "colors": ["#aa9cfc"],
        "entities": [["ada-okafor", "Ada Okafor", 0, [], len(days), 1, False]],
        "docs": [["a.txt", None, None, text]],
        "chronology": [[day, day, day, 0, 0, len(text), 0, 3, [0]] for day in days],
    }


def test_report_chart_first_shows_all_but_outlying_years():
    # 120 months of 2000-2009 and a misread year 1130; 2.5% of 121 marks is three a side
    days = [f"20{year:02d}-{month:02d}-01" for year in range(10) for month in range(1, 13)]
    figure = chronology_figure(_chart_payload(["1130-01-01", *days]))
    assert sum(len(trace.x) for trace in figure.data) == 121  # every mark is drawn
    start, end = figure.layout.xaxis.range
    # 180 days before the fourth mark (2000-03-01); past the 118th, up to the last mark
    assert (start, end) == ("1999-09-03", "2009-12-01")
    assert "1 outlying marks off-screen" in figure.layout.xaxis.title.text


def test_report_chart_without_outliers_shows_every_mark():
    figure = chronology_figure(_chart_payload(["1984-08-01", "1990-06-01", "2020-01-23"]))
    assert figure.layout.xaxis.range is None


def test_report_chart_row_labels_and_hover_are_escaped():
    payload = _chart_payload(["1990-06-01"])
    payload["entities"][0][1] = "<b>Ada</b> & Co"
    payload["docs"][0][3] = "<script>x()</script> said Ada."
    payload["chronology"][0][5] = len(payload["docs"][0][3])
    (trace,) = chronology_figure(payload).data
    assert trace.y == ("&lt;b&gt;Ada&lt;/b&gt; &amp; Co",)
    assert "&lt;script&gt;x()&lt;/script&gt; said Ada." in trace.hovertext[0]
    assert "<script>" not in trace.hovertext[0]
