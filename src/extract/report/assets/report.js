// The report page: reads the embedded JSON and builds every view on demand.
// Document text only ever enters the page as text nodes and attribute values set
// through the DOM (never as markup), so a document holding <script> shows it as text.
(function () {
  "use strict";

  const D = JSON.parse(document.getElementById("report-data").textContent);
  const PAGE = 50;
  const MENTION_PAGE = 100;
  const M = 6; // integers per mention: start, end, label, entity, method, sentence
  const E_ID = 0, E_NAME = 1, E_LABEL = 2, E_ALIASES = 3, E_MENTIONS = 4, E_DOCS = 5, E_KB = 6;
  const DOC_ID = 0, DOC_TITLE = 1, DOC_PUBLISHED = 2, DOC_TEXT = 3;

  // --- small DOM helpers -------------------------------------------------------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null) continue;
        if (key === "dataset") Object.assign(node.dataset, value);
        else if (key === "onclick") node.addEventListener("click", value);
        else node[key] = value;
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function labelName(index) { return D.labels[index]; }

  function swatch(labelIndex) {
    return el("span", { className: "swatch lab-" + labelIndex });
  }

  function pager(container, page, total, size, onPage) {
    clear(container);
    const pages = Math.max(1, Math.ceil(total / size));
    const prev = el("button", { type: "button", disabled: page <= 0, onclick: () => onPage(page - 1) }, "previous");
    const next = el("button", { type: "button", disabled: page >= pages - 1, onclick: () => onPage(page + 1) }, "next");
    container.append(prev, el("span", null, `page ${page + 1} of ${pages}`), next);
  }

  function debounce(fn, ms) {
    let timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // --- highlighting ------------------------------------------------------------
  function mentionTitle(doc, k) {
    const m = D.mentions[doc];
    const entity = m[k * M + 3], method = m[k * M + 4];
    const parts = [labelName(m[k * M + 2])];
    if (entity >= 0) parts.push("entity " + D.entities[entity][E_ID] + " (" + D.entities[entity][E_NAME] + ")");
    else parts.push("not linked");
    parts.push("link " + (method >= 0 ? D.methods[method] : "none"));
    return parts.join(" · ");
  }

  function mentionMark(doc, k) {
    const m = D.mentions[doc];
    const label = m[k * M + 2];
    return el("mark", {
      className: "ent lab-" + label,
      title: mentionTitle(doc, k),
      dataset: { m: String(k), label: labelName(label) },
    });
  }

  function timexMark(doc, k) {
    const t = D.timexes[doc][k];
    return el("mark", { className: "tx", title: t[2] + " · TIMEX3 " + t[3], dataset: { t: String(k) } });
  }

  // Spans of a document: its mentions whole, its time expressions cut where a mention
  // crosses their edge, so every span nests in or lies beside every other.
  function documentSpans(doc) {
    const m = D.mentions[doc];
    const spans = [];
    const starts = [];
    for (let k = 0; k * M < m.length; k++) {
      spans.push({ s: m[k * M], e: m[k * M + 1], kind: 0, k: k });
      starts.push(m[k * M]);
    }
    D.timexes[doc].forEach(function (t, k) {
      const cuts = [];
      // mentions are sorted and never overlap: walk back from the last one starting before t ends
      let j = upperBound(starts, t[1] - 1) - 1;
      for (; j >= 0 && m[j * M + 1] > t[0]; j--) {
        const ms = m[j * M], me = m[j * M + 1];
        if (ms < t[0] && me < t[1]) cuts.push(me);
        else if (ms > t[0] && me > t[1]) cuts.push(ms);
      }
      cuts.sort((a, b) => a - b);
      let from = t[0];
      for (const cut of cuts.concat([t[1]])) {
        if (cut > from) spans.push({ s: from, e: cut, kind: 1, k: k });
        from = cut;
      }
    });
    return spans;
  }

  function upperBound(sorted, value) {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // Build nested marks over text[from, to) into container. inserts: zero-width
  // elements [{pos, node}] (removed boilerplate), placed after spans ending there.
  function renderSpans(container, text, from, to, spans, makeMark, inserts) {
    spans = spans.filter((sp) => sp.e > sp.s && sp.s >= from && sp.e <= to);
    spans.sort((a, b) => a.s - b.s || b.e - a.e || a.kind - b.kind);
    inserts = (inserts || []).slice().sort((a, b) => a.pos - b.pos);
    const stack = [{ node: container, e: Infinity }];
    let pos = from, next = 0;
    function advance(target) {
      for (;;) {
        const top = stack[stack.length - 1];
        const insertAt = next < inserts.length ? inserts[next].pos : Infinity;
        const stop = Math.min(target, top.e, insertAt);
        if (stop > pos) { top.node.append(text.slice(pos, stop)); pos = stop; }
        if (stack.length > 1 && top.e <= pos) { stack.pop(); continue; }
        if (insertAt <= pos) { top.node.append(inserts[next++].node); continue; }
        if (pos >= target) return;
      }
    }
    for (let i = 0; i < spans.length; i++) {
      let span = spans[i];
      advance(span.s);
      const top = stack[stack.length - 1];
      if (span.e > top.e) { // crosses the open span: the rest opens where that one ends
        const rest = Object.assign({}, span, { s: top.e });
        span = Object.assign({}, span, { e: top.e });
        let at = i + 1;
        while (at < spans.length && (spans[at].s < rest.s || (spans[at].s === rest.s && spans[at].e >= rest.e))) at++;
        spans.splice(at, 0, rest);
      }
      const mark = makeMark(span);
      top.node.append(mark);
      stack.push({ node: mark, e: span.e });
    }
    advance(to);
    while (next < inserts.length) container.append(inserts[next++].node);
  }

  // --- overview ------------------------------------------------------------------
  function renderOverview() {
    const o = D.overview;
    const view = clear(document.getElementById("view-overview"));
    const card = (title, big, sub) => el("div", { className: "card" }, el("div", null, title), el("div", { className: "big" }, big), sub ? el("div", { className: "hint" }, sub) : null);
    view.append(el("div", { className: "cards" },
      card("documents", o.documents, o.published ? `${o.published} with a date, ${o.published_range[0]} to ${o.published_range[1]}` : "none has a date"),
      card("problems", o.problems.length, "input files reported and skipped"),
      card("mentions", o.mentions, `${o.linked} linked to an entity`),
      card("entities", o.entities, `${o.in_kb} from the knowledge base`),
      card("dated sentences", o.dated, o.dated_range ? `${o.dated_range[0]} to ${o.dated_range[1]}; ${o.timeline_rows - o.dated} undated` : `${o.timeline_rows - o.dated} undated`)));
    const tables = el("div", { className: "overview-tables" });
    const labels = el("tbody");
    for (const [label, count, linked] of o.mentions_per_label) {
      labels.append(el("tr", null, el("td", null, swatch(D.labels.indexOf(label)), label), el("td", { className: "num" }, count), el("td", { className: "num" }, linked)));
    }
    tables.append(el("div", null, el("h2", null, "Mentions per label"),
      el("table", { id: "label-table" }, el("thead", null, el("tr", null, el("th", null, "label"), el("th", { className: "num" }, "mentions"), el("th", { className: "num" }, "linked"))), labels)));
    const types = el("tbody");
    for (const [type, count] of o.timexes_per_type) types.append(el("tr", null, el("td", null, type), el("td", { className: "num" }, count)));
    tables.append(el("div", null, el("h2", null, "Time expressions per type"),
      el("table", null, el("thead", null, el("tr", null, el("th", null, "type"), el("th", { className: "num" }, "expressions"))), types)));
    view.append(tables);
    if (o.gate) {
      const body = el("tbody");
      for (const [name, figure, minimum, status] of o.gate) {
        body.append(el("tr", null, el("td", null, name), el("td", { className: "num" }, figure === null ? "—" : figure.toFixed(4)),
          el("td", { className: "num" }, minimum), el("td", { className: "status-" + status }, status)));
      }
      const failed = o.gate.filter((row) => row[3] === "below" || row[3] === "missing").length;
      view.append(el("h2", null, "Gate figures (metrics.json against the minimums)"),
        el("p", { className: failed ? "status-below" : "status-pass", id: "gate-summary" }, failed ? `${failed} figure(s) below their minimum or missing` : "every figure reaches its minimum"),
        el("table", { id: "gate-table" }, el("thead", null, el("tr", null, el("th", null, "figure"), el("th", { className: "num" }, "value"), el("th", { className: "num" }, "minimum"), el("th", null, "status"))), body));
    } else {
      view.append(el("p", { className: "hint" }, "No gold figures: metrics.json is absent (run extract evaluate with a gold set)."));
    }
    const problems = el("tbody");
    for (const [doc, kind, detail] of o.problems) problems.append(el("tr", null, el("td", null, doc), el("td", null, kind), el("td", null, detail)));
    view.append(el("h2", null, "Problems"), o.problems.length
      ? el("table", { id: "problem-table" }, el("thead", null, el("tr", null, el("th", null, "document"), el("th", null, "kind"), el("th", null, "detail"))), problems)
      : el("p", { className: "hint" }, "No input file had a problem."));
  }

  // --- people and organisations ---------------------------------------------------
  const entityState = { filter: "", label: "", key: "mentions", dir: -1, page: 0, selected: -1, mentionPage: 0 };
  let entitySearch = null;
  let entityMentions = null;

  function entityRows() {
    if (entitySearch === null) {
      entitySearch = D.entities.map((e) => (e[E_NAME] + "\u0000" + e[E_ID] + "\u0000" + e[E_ALIASES].join("\u0000")).toLowerCase());
    }
    const needle = entityState.filter.trim().toLowerCase();
    const label = entityState.label === "" ? -1 : Number(entityState.label);
    const rows = [];
    for (let i = 0; i < D.entities.length; i++) {
      if (label >= 0 && D.entities[i][E_LABEL] !== label) continue;
      if (needle && entitySearch[i].indexOf(needle) < 0) continue;
      rows.push(i);
    }
    const key = { name: E_NAME, label: E_LABEL, mentions: E_MENTIONS, docs: E_DOCS, kb: E_KB }[entityState.key];
    const dir = entityState.dir;
    rows.sort(function (a, b) {
      const x = D.entities[a][key], y = D.entities[b][key];
      let order;
      if (key === E_LABEL) order = labelName(x).localeCompare(labelName(y));
      else if (typeof x === "string") order = x.localeCompare(y);
      else order = Number(x) - Number(y);
      return dir * order || D.entities[a][E_NAME].localeCompare(D.entities[b][E_NAME]) || a - b;
    });
    return rows;
  }

  function renderEntities() {
    const rows = entityRows();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    entityState.page = Math.min(entityState.page, pages - 1);
    const body = clear(document.querySelector("#entity-table tbody"));
    for (const i of rows.slice(entityState.page * PAGE, (entityState.page + 1) * PAGE)) {
      const e = D.entities[i];
      const tr = el("tr", { className: "pick" + (i === entityState.selected ? " selected" : ""), dataset: { entity: e[E_ID] }, onclick: () => selectEntity(i) },
        el("td", { className: "name" }, e[E_NAME]),
        el("td", { className: "label" }, swatch(e[E_LABEL]), labelName(e[E_LABEL])),
        el("td", { className: "aliases" }, e[E_ALIASES].join(", ")),
        el("td", { className: "num" }, e[E_MENTIONS]),
        el("td", { className: "num" }, e[E_DOCS]),
        el("td", null, e[E_KB] ? "yes" : ""));
      body.append(tr);
    }
    const count = document.getElementById("entity-count");
    count.textContent = `${rows.length} of ${D.entities.length} entities`;
    count.dataset.rows = String(rows.length);
    for (const th of document.querySelectorAll("#entity-table th[data-key]")) {
      th.classList.toggle("sorted-asc", th.dataset.key === entityState.key && entityState.dir > 0);
      th.classList.toggle("sorted-desc", th.dataset.key === entityState.key && entityState.dir < 0);
    }
    pager(document.getElementById("entity-pager"), entityState.page, rows.length, PAGE, function (page) { entityState.page = page; renderEntities(); });
  }

  function mentionsOf(entity) {
    if (entityMentions === null) {
      entityMentions = D.entities.map(() => []);
      D.mentions.forEach(function (m, doc) {
        for (let k = 0; k * M < m.length; k++) {
          const e = m[k * M + 3];
          if (e >= 0) entityMentions[e].push([doc, k]);
        }
      });
    }
    return entityMentions[entity];
  }

  function sentenceBounds(doc, sentence, start, end) {
    const s = D.sentences[doc];
    let from = sentence >= 0 && 2 * sentence < s.length ? s[2 * sentence] : -1;
    let to = sentence >= 0 && 2 * sentence < s.length ? s[2 * sentence + 1] : -1;
    if (from < 0) { from = Math.max(0, start - 100); to = Math.min(D.docs[doc][DOC_TEXT].length, end + 100); }
    return [Math.min(from, start), Math.max(to, end)];
  }

  function selectEntity(i) {
    entityState.selected = i;
    entityState.mentionPage = 0;
    renderEntities();
    renderEntityDetail();
  }

  function renderEntityDetail() {
    const i = entityState.selected;
    const e = D.entities[i];
    const detail = clear(document.getElementById("entity-detail"));
    const found = mentionsOf(i);
    const docs = new Set(found.map((pair) => pair[0]));
    detail.append(
      el("h2", null, swatch(e[E_LABEL]), e[E_NAME]),
      el("p", null, `${labelName(e[E_LABEL])} · id ${e[E_ID]} · ${e[E_KB] ? "from the knowledge base" : "discovered"}`),
      e[E_ALIASES].length ? el("p", null, "Aliases: " + e[E_ALIASES].join(", ")) : null,
      el("p", { id: "entity-mention-count", dataset: { mentions: String(found.length), docs: String(docs.size) } }, `${found.length} mentions in ${docs.size} documents`));
    const list = el("ol", { className: "mention-list", id: "entity-mentions", start: entityState.mentionPage * MENTION_PAGE + 1 });
    for (const [doc, k] of found.slice(entityState.mentionPage * MENTION_PAGE, (entityState.mentionPage + 1) * MENTION_PAGE)) {
      const m = D.mentions[doc];
      const start = m[k * M], end = m[k * M + 1];
      const [from, to] = sentenceBounds(doc, m[k * M + 5], start, end);
      const sentence = el("span", { className: "sentence" });
      renderSpans(sentence, D.docs[doc][DOC_TEXT], from, to, [{ s: start, e: end, kind: 0, k: k }], () => mentionMark(doc, k));
      list.append(el("li", null, el("button", { type: "button", className: "link", onclick: () => openDocument(doc, k) }, D.docs[doc][DOC_ID]), ": ", sentence));
    }
    detail.append(list);
    const mentionPager = el("div", { className: "pager" });
    detail.append(mentionPager);
    pager(mentionPager, entityState.mentionPage, found.length, MENTION_PAGE, function (page) { entityState.mentionPage = page; renderEntityDetail(); });
  }

  // --- documents ---------------------------------------------------------------------
  const docState = { filter: "", page: 0, open: -1 };

  function docRows() {
    const needle = docState.filter.trim().toLowerCase();
    const rows = [];
    for (let i = 0; i < D.docs.length; i++) {
      const d = D.docs[i];
      if (needle && (d[DOC_ID] + "\u0000" + (d[DOC_TITLE] || "")).toLowerCase().indexOf(needle) < 0) continue;
      rows.push(i);
    }
    return rows;
  }

  function renderDocList() {
    const rows = docRows();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    docState.page = Math.min(docState.page, pages - 1);
    const list = clear(document.getElementById("doc-list"));
    for (const i of rows.slice(docState.page * PAGE, (docState.page + 1) * PAGE)) {
      const d = D.docs[i];
      list.append(el("li", { className: i === docState.open ? "selected" : "", dataset: { doc: d[DOC_ID] }, onclick: () => openDocument(i, -1) },
        d[DOC_ID], el("span", { className: "sub" }, [d[DOC_TITLE], d[DOC_PUBLISHED]].filter(Boolean).join(" · ") || "no title or date")));
    }
    pager(document.getElementById("doc-pager"), docState.page, rows.length, PAGE, function (page) { docState.page = page; renderDocList(); });
  }

  function openDocument(doc, focusMention) {
    docState.open = doc;
    showView("documents");
    renderDocList();
    renderDocument(focusMention);
  }

  function renderDocument(focusMention) {
    const doc = docState.open;
    if (doc < 0) return;
    const d = D.docs[doc];
    const mentionCount = D.mentions[doc].length / M;
    const boiler = D.boilerplate[doc];
    clear(document.getElementById("doc-head")).append(
      el("h2", null, d[DOC_ID]),
      el("p", { id: "doc-summary", dataset: { mentions: String(mentionCount), timexes: String(D.timexes[doc].length) } },
        [d[DOC_TITLE], d[DOC_PUBLISHED] ? "published " + d[DOC_PUBLISHED] : "no publication date",
          `${mentionCount} mentions`, `${D.timexes[doc].length} time expressions`, `${boiler.length} boilerplate spans removed`].filter(Boolean).join(" · ")));
    const legend = clear(document.getElementById("legend"));
    const used = new Set();
    for (let k = 0; k * M < D.mentions[doc].length; k++) used.add(D.mentions[doc][k * M + 2]);
    for (const label of Array.from(used).sort((a, b) => a - b)) legend.append(el("span", { className: "lab-" + label }, labelName(label)));
    legend.append(el("span", { className: "tx-legend" }, el("mark", { className: "tx" }, "time expression")));
    const show = document.getElementById("show-boilerplate").checked;
    const inserts = show ? boiler.map((b) => ({ pos: b[0], node: el("del", { className: b[3] ? "boiler line" : "boiler", title: "removed: " + D.reasons[b[1]], dataset: { reason: D.reasons[b[1]] } }, b[2]) })) : [];
    const text = clear(document.getElementById("doc-text"));
    renderSpans(text, d[DOC_TEXT], 0, d[DOC_TEXT].length, documentSpans(doc),
      (span) => (span.kind === 0 ? mentionMark(doc, span.k) : timexMark(doc, span.k)), inserts);
    if (focusMention >= 0) {
      const mark = text.querySelector(`mark.ent[data-m="${focusMention}"]`);
      if (mark) { mark.classList.add("flash"); mark.scrollIntoView({ block: "center" }); }
    } else {
      window.scrollTo(0, 0);
    }
  }

  // --- chronology --------------------------------------------------------------------
  const chronState = { filter: "", page: 0 };
  let chronSearch = null;
  let chartDrawn = false;

  function chronRows() {
    if (chronSearch === null) {
      chronSearch = D.chronology.map(function (row) {
        const names = row[8].map((e) => D.entities[e][E_NAME]).join("\u0000");
        return [row[2], row[0], D.docs[row[3]][DOC_ID], D.docs[row[3]][DOC_TEXT].slice(row[4], row[5]), names].join("\u0000").toLowerCase();
      });
    }
    const needle = chronState.filter.trim().toLowerCase();
    const rows = [];
    for (let i = 0; i < D.chronology.length; i++) if (!needle || chronSearch[i].indexOf(needle) >= 0) rows.push(i);
    return rows;
  }

  function renderChronology() {
    const rows = chronRows();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    chronState.page = Math.min(chronState.page, pages - 1);
    const body = clear(document.querySelector("#chron-table tbody"));
    for (const i of rows.slice(chronState.page * PAGE, (chronState.page + 1) * PAGE)) {
      const row = D.chronology[i];
      const doc = row[3];
      const sentence = el("td", { className: "sentence" });
      renderSpans(sentence, D.docs[doc][DOC_TEXT], row[4], row[5], [{ s: row[6], e: row[7], kind: 1, k: 0 }],
        () => el("mark", { className: "tx", title: "TIMEX3 " + row[2] }));
      const entities = el("td", null);
      row[8].forEach(function (e, n) {
        if (n) entities.append(", ");
        entities.append(el("button", { type: "button", className: "link", onclick: () => { showView("entities"); selectEntity(e); } }, D.entities[e][E_NAME]));
      });
      body.append(el("tr", null, el("td", null, row[0] === row[1] ? row[0] : row[0] + " to " + row[1]), el("td", null, row[2]),
        el("td", null, el("button", { type: "button", className: "link", onclick: () => openDocument(doc, -1) }, D.docs[doc][DOC_ID])), sentence, entities));
    }
    const count = document.getElementById("chron-count");
    count.textContent = `${rows.length} of ${D.chronology.length} dated sentences`;
    count.dataset.rows = String(rows.length);
    pager(document.getElementById("chron-pager"), chronState.page, rows.length, PAGE, function (page) { chronState.page = page; renderChronology(); });
  }

  // plotly.js takes seconds to start (it is most of the page), so it runs only when the
  // chart is first shown: the other views answer at once.
  function loadPlotly() {
    if (window.Plotly) return;
    const script = document.createElement("script");
    script.textContent = document.getElementById("plotly-source").textContent;
    document.body.append(script);
  }

  function drawChart() {
    if (chartDrawn) return;
    chartDrawn = true;
    const figure = JSON.parse(document.getElementById("chart-figure").textContent);
    const chart = document.getElementById("chart");
    if (!figure.data.length) {
      chart.append(el("p", { className: "hint" }, "No dated sentence names an entity."));
      return;
    }
    const waiting = el("p", { className: "hint" }, "Drawing the chart…");
    chart.append(waiting);
    // one frame to show the message, then the long start of plotly.js
    requestAnimationFrame(() => setTimeout(function () {
      loadPlotly();
      waiting.remove();
      plot(chart, figure);
    }, 0));
  }

  function plot(chart, figure) {
    Plotly.newPlot(chart, figure.data, figure.layout, { displaylogo: false, responsive: true }).then(function () {
      chart.dataset.drawn = "1";
    });
    chart.on("plotly_click", function (event) {
      const point = event.points && event.points[0];
      if (point && point.customdata !== undefined) openDocument(D.chronology[point.customdata][3], -1);
    });
  }

  // --- views -------------------------------------------------------------------------
  const rendered = {};

  function showView(name) {
    for (const section of document.querySelectorAll("section.view")) section.hidden = section.id !== "view-" + name;
    for (const button of document.querySelectorAll("#nav button")) button.classList.toggle("active", button.dataset.view === name);
    if (!rendered[name]) {
      rendered[name] = true;
      if (name === "documents") renderDocList();
      if (name === "chronology") renderChronology();
    }
    if (name === "chronology") drawChart();
  }

  function init() {
    const labelSelect = document.getElementById("entity-label");
    D.labels.forEach((label, i) => labelSelect.append(el("option", { value: String(i) }, label)));
    document.getElementById("nav").addEventListener("click", function (event) {
      const button = event.target.closest("button[data-view]");
      if (button) showView(button.dataset.view);
    });
    const entityFilter = document.getElementById("entity-filter");
    entityFilter.addEventListener("input", debounce(function () { entityState.filter = entityFilter.value; entityState.page = 0; renderEntities(); }, 120));
    labelSelect.addEventListener("change", function () { entityState.label = labelSelect.value; entityState.page = 0; renderEntities(); });
    for (const th of document.querySelectorAll("#entity-table th[data-key]")) {
      th.addEventListener("click", function () {
        if (entityState.key === th.dataset.key) entityState.dir = -entityState.dir;
        else { entityState.key = th.dataset.key; entityState.dir = th.dataset.key === "name" || th.dataset.key === "label" ? 1 : -1; }
        renderEntities();
      });
    }
    const docFilter = document.getElementById("doc-filter");
    docFilter.addEventListener("input", debounce(function () { docState.filter = docFilter.value; docState.page = 0; renderDocList(); }, 120));
    document.getElementById("show-boilerplate").addEventListener("change", () => renderDocument(-1));
    const chronFilter = document.getElementById("chron-filter");
    chronFilter.addEventListener("input", debounce(function () { chronState.filter = chronFilter.value; chronState.page = 0; renderChronology(); }, 120));
    renderOverview();
    renderEntities();
    rendered.entities = true;
    document.body.dataset.ready = "1";
    performance.mark("report-ready");
    // a frame later the view is on screen: the mark the load-time measurement reads
    requestAnimationFrame(() => setTimeout(() => performance.mark("report-painted"), 0));
  }

  init();
})();
