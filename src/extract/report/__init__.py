"""The HTML report: one self-contained page over the pipeline's tables.

Public face: ``payload.build_payload`` (tables -> the compact data the page reads),
``chart.chronology_figure`` (the chronology chart, a plotly figure) and
``page.render_page`` (data and figure -> the HTML text, scripts and styles inlined).
"""
