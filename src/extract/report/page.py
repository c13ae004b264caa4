"""The report as one HTML file: template, styles, plotly.js, the page script and the
data, all inlined, under a Content-Security-Policy that lets nothing load.

plotly.js sits in a ``text/plain`` script element and the page script runs it when
the chart is first shown (its hash is in the policy, so it may run then); starting
it takes seconds, which would otherwise hold up every view.

Data goes in ``<script type="application/json">`` elements with ``<``, ``>`` and
``&`` written as JSON escapes, so no document text can close the element or start
markup; the page script puts text into the DOM as text only. Scripts run only if
their SHA-256 is in the policy, so a script smuggled in some other way would not.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from typing import Any

import plotly.graph_objects as go
import plotly.offline

from extract.report.payload import LABEL_FALLBACK

_MARKER = re.compile(r"@@([A-Z]+)@@")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def render_page(payload: dict[str, Any], figure: go.Figure) -> str:
    """The whole page for ``payload`` (payload.build_payload) and its chart."""
    assets = resources.files("extract.report") / "assets"
    template = (assets / "report.html").read_text("utf-8")
    app_js = script_safe((assets / "report.js").read_text("utf-8"))
    plotly_js = script_safe(plotly.offline.get_plotlyjs())
    style = (assets / "report.css").read_text("utf-8") + label_styles(payload["colors"])
    parts = {
        "CSP": content_security_policy([plotly_js, app_js]),
        "STYLE": style,
        "DATA": json_for_script(payload),
        "FIGURE": json_for_script(json.loads(figure.to_json())),
        "PLOTLY": plotly_js,
        "APP": app_js,
    }
    # One pass over the template only: a marker inside the data is never expanded.
    return _MARKER.sub(lambda match: parts[match.group(1)], template)


def json_for_script(data: Any) -> str:
    """JSON that can sit inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda match: _JSON_ESCAPES[match.group(0)], text)


def script_safe(source: str) -> str:
    """JavaScript with any ``</script`` written ``<\\/script`` (the same string to JS)."""
    return re.sub(r"</(script)", r"<\\/\1", source, flags=re.IGNORECASE)


def script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: list[str]) -> str:
    """Nothing loads from anywhere; only these inline scripts run. Inline styles are
    allowed because plotly sets them as it draws (styles cannot run code, and with
    every fetch forbidden they cannot reach the network either)."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(script_hash(source) for source in scripts),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def label_styles(colors: list[str]) -> str:
    """One CSS class per label index with its displaCy colour."""
    return "".join(
        f".lab-{index}{{background:{color if _COLOR.fullmatch(color) else LABEL_FALLBACK}}}\n"
        for index, color in enumerate(colors)
    )
