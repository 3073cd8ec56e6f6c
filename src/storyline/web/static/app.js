// Storyline viewer: timeline, actor network, commitments ledger, summaries, event cards.
// Written for Storyline; no library, nothing loaded from elsewhere. Talks to /api only.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
  "ASSAULT"];
const COLORS = ["#2e7d32", "#1565c0", "#00838f", "#6a1b9a", "#558b2f", "#00695c", "#4527a0",
  "#ef6c00", "#c62828", "#ad1457", "#b71c1c", "#d84315", "#8e24aa", "#5d4037", "#e65100",
  "#880e4f"];
const DAY = 86400000;
const MAX_ROWS = 12; // sub-rows per timeline lane before dots may overlap
const SVGNS = "http://www.w3.org/2000/svg";
const state = { tab: "timeline", items: [], domain: null, view: null, selected: null, docs: {} };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "onclick") node.addEventListener("click", v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

function svgEl(tag, attrs = {}, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function filterParams() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(document.getElementById("filters"))) {
    if (String(v).trim()) params.set(k, String(v).trim());
  }
  return params;
}

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
  return body;
}

function showError(err) {
  const box = document.getElementById("error");
  box.hidden = !err;
  box.textContent = err ? String(err.message || err) : "";
}

const typeColor = (t) => COLORS[Math.max(0, TYPES.indexOf(t))];
const dayMs = (s) => Date.parse(`${s}T00:00:00Z`);
const names = (list) => (list && list.length ? list.join(", ") : "?");
const badge = (status) => el("span", { class: `badge status-${status}` }, status);

// ----------------------------------------------------------------------------- timeline
async function loadTimeline() {
  const params = filterParams();
  params.set("limit", "10000");
  const data = await api("/api/timeline", params);
  state.items = data.items;
  document.getElementById("count").textContent = `${data.total} events`;
  const days = state.items.filter((i) => i.start).flatMap((i) => [dayMs(i.start), dayMs(i.end)]);
  if (days.length) {
    const lo = Math.min(...days), hi = Math.max(...days) + DAY;
    const pad = Math.max(DAY * 2, (hi - lo) * 0.03);
    state.domain = [lo - pad, hi + pad];
    // open on the bulk of the events: a stray early date (a war recalled) would squash them
    const starts = days.filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
    const from = starts[Math.floor(starts.length * 0.05)];
    const lo2 = Math.min(from, hi - 3 * DAY), pad2 = Math.max(DAY * 2, (hi - lo2) * 0.03);
    state.view = [lo2 - pad2, hi + pad2];
  } else {
    state.domain = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    state.view = [...state.domain];
  }
  drawTimeline();
  drawEventList();
}

function ticksFor(t0, t1) {
  const span = (t1 - t0) / DAY;
  const out = [];
  const d = new Date(t0);
  if (span > 3 * 365) {
    const step = Math.max(1, Math.ceil(span / 365 / 12));
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y += step) {
      out.push([Date.UTC(y, 0, 1), String(y)]);
    }
  } else if (span > 75) {
    const step = Math.max(1, Math.ceil(span / 30 / 12));
    for (let m = d.getUTCFullYear() * 12 + d.getUTCMonth(); ; m += step) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (t > t1) break;
      const label = new Date(t).toLocaleString("en", { month: "short", timeZone: "UTC" });
      out.push([t, m % 12 === 0 ? `${label} ${Math.floor(m / 12)}` : label]);
    }
  } else {
    const step = Math.max(1, Math.ceil(span / 14));
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t <= t1;
      t += step * DAY) {
      const x = new Date(t);
      out.push([t, x.toLocaleString("en", { day: "numeric", month: "short", timeZone: "UTC" })]);
    }
  }
  return out.filter(([t]) => t >= t0);
}

function drawTimeline() {
  const svg = document.getElementById("timeline-svg");
  svg.replaceChildren();
  const types = [...new Set(state.items.map((i) => i.type))].sort();
  const left = 96, top = 28, rowH = 17;
  const width = svg.clientWidth || 800;
  const [t0, t1] = state.view;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (width - left - 10);
  // each type is a lane; events that would overlap at this zoom go to sub-rows of the lane
  const placed = [], laneRows = new Map(types.map((t) => [t, []]));
  const visible = state.items.filter((i) => i.start)
    .map((i) => ({ item: i, s: dayMs(i.start), e: dayMs(i.end) + DAY }))
    .filter((v) => v.e >= t0 && v.s <= t1).sort((a, b) => a.s - b.s);
  for (const v of visible) {
    const rows = laneRows.get(v.item.type);
    const px = x(v.s), end = Math.max(px + 16, x(v.e));
    let row = rows.findIndex((last) => last <= px);
    if (row < 0 && rows.length < MAX_ROWS) { row = rows.length; rows.push(0); }
    if (row < 0) row = rows.indexOf(Math.min(...rows)); // crowded: overlap the oldest row
    rows[row] = end;
    placed.push({ ...v, row });
  }
  const laneTop = new Map();
  let y0 = top;
  for (const t of types) {
    laneTop.set(t, y0);
    y0 += Math.max(1, laneRows.get(t).length) * rowH + 10;
  }
  const height = y0 + 6;
  svg.setAttribute("height", height);
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const axis = svgEl("g", { class: "axis" });
  for (const [t, label] of ticksFor(t0, t1)) {
    axis.append(svgEl("line", { x1: x(t), x2: x(t), y1: 18, y2: height }));
    axis.append(svgEl("text", { x: x(t) + 3, y: 14 }, label));
  }
  svg.append(axis);
  for (const t of types) {
    const g = svgEl("g", { class: "lane" });
    const y = laneTop.get(t);
    g.append(svgEl("line", { x1: 0, x2: width, y1: y - 5, y2: y - 5 }));
    g.append(svgEl("text", { x: 4, y: y + 12 }, t));
    svg.append(g);
  }
  const clip = svgEl("clipPath", { id: "tl-clip" });
  clip.append(svgEl("rect", { x: left - 8, y: 0, width: width - left + 8, height }));
  svg.append(clip);
  const marks = svgEl("g", { "clip-path": "url(#tl-clip)" });
  for (const { item, s, e, row } of placed) {
    const y = laneTop.get(item.type) + row * rowH + rowH / 2;
    const color = typeColor(item.type);
    if (x(e) - x(s) > 16) {
      marks.append(svgEl("rect", { x: x(s), y: y - 3, width: x(e) - x(s), height: 6,
        fill: color, opacity: 0.25 }));
    }
    const cls = `tl-event${item.basis === "event" ? "" : " undated"}` +
      `${item.id === state.selected ? " selected" : ""}`;
    const stroke = item.basis === "event" ? "#fff" : color;
    const dot = svgEl("circle", { cx: x(s) + 7, cy: y, r: 6.5, fill: color, stroke,
      class: cls, "data-id": item.id });
    const when = item.date.value || `date not given; reported ${item.start}`;
    dot.append(svgEl("title", {}, `${when}: ${item.summary}`));
    dot.addEventListener("click", () => showEvent(item.id));
    marks.append(dot);
  }
  svg.append(marks);
}

function drawEventList() {
  const list = document.getElementById("event-list");
  list.replaceChildren(...state.items.map((item) => el("li",
    { "data-id": item.id, class: "tl-row", onclick: () => { focusOn(item); showEvent(item.id); } },
    el("span", { class: "date" }, item.date.value || (item.start ? `reported ${item.start}` : "undated")),
    " ", el("span", { class: "badge" }, item.type), " ", badge(item.status), " ",
    item.summary || item.type)));
}

function focusOn(item) {
  // centre the timeline on an event, two months wide
  if (!item.start) return;
  const c = dayMs(item.start);
  state.view = [c - 31 * DAY, c + 31 * DAY];
}

function zoom(factor, center) {
  const [t0, t1] = state.view;
  const c = center ?? (t0 + t1) / 2;
  const span = Math.max(3 * DAY, (t1 - t0) * factor);
  const ratio = (c - t0) / (t1 - t0);
  state.view = [c - ratio * span, c - ratio * span + span];
  drawTimeline();
}

function setupTimeline() {
  const svg = document.getElementById("timeline-svg");
  const spans = { year: 366 * DAY, month: 31 * DAY, day: 7 * DAY };
  document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
    const z = b.dataset.zoom;
    if (z === "all") { state.view = [...state.domain]; drawTimeline(); }
    else if (z === "in") zoom(0.5);
    else if (z === "out") zoom(2);
    else {
      const c = (state.view[0] + state.view[1]) / 2;
      state.view = [c - spans[z] / 2, c + spans[z] / 2];
      drawTimeline();
    }
  }));
  const timeAt = (clientX) => {
    const box = svg.getBoundingClientRect();
    const [t0, t1] = state.view;
    return t0 + ((clientX - box.left - 96) / (box.width - 106)) * (t1 - t0);
  };
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, timeAt(ev.clientX));
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.classList.contains("tl-event")) return;
    drag = { x: ev.clientX, view: [...state.view] };
  });
  window.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const dt = ((ev.clientX - drag.x) / (box.width - 106)) * (drag.view[1] - drag.view[0]);
    state.view = [drag.view[0] - dt, drag.view[1] - dt];
    drawTimeline();
  });
}

// ----------------------------------------------------------------------------- event card
async function documentOf(id) {
  if (!state.docs[id]) state.docs[id] = await api(`/api/documents/${encodeURIComponent(id)}`);
  return state.docs[id];
}

function articleWithMark(text, start, end) {
  const mark = el("mark", { class: "source-sentence" }, text.slice(start, end));
  const box = el("div", { class: "article" }, text.slice(0, start), mark, text.slice(end));
  return [box, mark];
}

function sourceLine(doc) {
  if (doc.url) return el("a", { href: doc.url, target: "_blank", rel: "noopener" }, "original source");
  return el("span", { class: "hint" }, `source: ${doc.source}`);
}

async function showEvent(id) {
  state.selected = id;
  drawTimeline();
  const card = document.getElementById("card");
  try {
    const e = await api(`/api/events/${encodeURIComponent(id)}`);
    const place = e.location ? e.location.name + (e.location.country ? ` (${e.location.country})` : "") : "not given";
    const date = e.date.value ? `${e.date.value}${e.date.granularity ? ` (${e.date.granularity})` : ""}` : "not given in the text";
    const whom = e.target_names.filter((n) => !e.source_names.includes(n));
    const rows = [["type", e.type + (e.mode ? ` / ${e.mode}` : "") + (e.cameo ? ` · CAMEO ${e.cameo}` : "")],
      ["status", badge(e.status)], ["actors", names(e.source_names) + (whom.length ? ` → ${whom.join(", ")}` : "")],
      ["date", date], ["place", place], ["confidence", String(e.confidence)]];
    const parts = [el("h2", { "data-event": e.id }, e.summary || e.type),
      el("table", {}, ...rows.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v))))];
    const marks = [];
    for (const m of e.mentions) {
      const doc = await documentOf(m.doc);
      const [box, mark] = articleWithMark(doc.text, m.start, m.end);
      marks.push([box, mark]);
      parts.push(el("div", { class: "mention" },
        el("div", {}, el("b", {}, doc.title || doc.id), " ",
          el("cite", {}, `${doc.published.value || "date unknown"} · sentence ${m.sentence} · chars ${m.start}–${m.end}`)),
        el("div", {}, sourceLine(doc)), box));
    }
    card.replaceChildren(...parts);
    for (const [box, mark] of marks) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    showError(null);
  } catch (err) { showError(err); }
}

async function showCitation(c) {
  const doc = await documentOf(c.doc);
  const [box, mark] = articleWithMark(doc.text, c.start, c.end);
  document.getElementById("card").replaceChildren(el("h2", {}, doc.title || doc.id),
    el("cite", {}, `sentence ${c.sentence} · chars ${c.start}–${c.end}`), el("div", {}, sourceLine(doc)), box);
  box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
}

// ----------------------------------------------------------------------------- network
function layout(nodes, edges, width, height) {
  const pos = new Map(nodes.map((n, i) => [n.id, {
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / nodes.length),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / nodes.length) }]));
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0, temp = width / 8; step < 300; step++, temp *= 0.985) {
    const force = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = pos.get(nodes[i].id), b = pos.get(nodes[j].id);
        const dx = a.x - b.x || 0.01, dy = a.y - b.y || 0.01, d2 = dx * dx + dy * dy;
        const f = (k * k) / d2;
        force.get(nodes[i].id).x += dx * f; force.get(nodes[i].id).y += dy * f;
        force.get(nodes[j].id).x -= dx * f; force.get(nodes[j].id).y -= dy * f;
      }
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k;
      force.get(e.source).x -= dx * f; force.get(e.source).y -= dy * f;
      force.get(e.target).x += dx * f; force.get(e.target).y += dy * f;
    }
    for (const n of nodes) {
      const p = pos.get(n.id), f = force.get(n.id);
      f.x += (width / 2 - p.x) * 0.05; f.y += (height / 2 - p.y) * 0.05;
      const len = Math.sqrt(f.x * f.x + f.y * f.y) || 1;
      p.x = Math.min(width - 110, Math.max(40, p.x + (f.x / len) * Math.min(len, temp)));
      p.y = Math.min(height - 20, Math.max(20, p.y + (f.y / len) * Math.min(len, temp)));
    }
  }
  return pos;
}

async function loadNetwork() {
  const data = await api("/api/network", filterParams());
  document.getElementById("count").textContent = `${data.nodes.length} actors, ${data.edges.length} links`;
  const svg = document.getElementById("network-svg");
  svg.replaceChildren();
  const width = svg.clientWidth || 800, height = 560;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const pos = layout(data.nodes, data.edges, width, height);
  const label = new Map(data.nodes.map((n) => [n.id, n.name]));
  const stroke = { cooperative: "var(--coop)", conflictual: "var(--conf)", mixed: "var(--mixed)" };
  for (const e of data.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    const line = svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge",
      stroke: stroke[e.stance], "stroke-width": 1.5 + 2 * Math.log2(e.weight) });
    const types = Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", ");
    line.append(svgEl("title", {}, `${label.get(e.source)} — ${label.get(e.target)}: ${e.weight} events (${types})`));
    line.addEventListener("click", () => showEdge(e, label));
    svg.append(line);
  }
  for (const n of data.nodes) {
    const p = pos.get(n.id);
    const g = svgEl("g", { class: "node", "data-id": n.id });
    g.append(svgEl("circle", { cx: p.x, cy: p.y, r: 4 + 2 * Math.sqrt(n.degree) }));
    g.append(svgEl("text", { x: p.x + 8, y: p.y - 6 }, n.name));
    svg.append(g);
  }
}

function showEdge(edge, label) {
  document.getElementById("card").replaceChildren(
    el("h2", {}, `${label.get(edge.source)} — ${label.get(edge.target)}`),
    el("p", {}, `${edge.weight} events: ${edge.cooperative} cooperative, ${edge.conflictual} conflictual` +
      (edge.first ? `; dated ${edge.first} to ${edge.last}` : "")),
    el("ul", {}, ...edge.events.map((id) => el("li", {}, el("a", { class: "event-link", onclick: () => showEvent(id) }, id)))));
}

// ----------------------------------------------------------------------------- ledger, summary
async function loadLedger() {
  const params = filterParams();
  params.set("limit", "10000");
  const data = await api("/api/ledger", params);
  document.getElementById("count").textContent = `${data.total} commitments`;
  const table = document.getElementById("ledger-table");
  table.replaceChildren(el("tr", {}, ...["kind", "commitment", "first reported", "fate", "verdict"].map((h) => el("th", {}, h))));
  let pair = null;
  for (const entry of data.items) {
    if (entry.pair !== pair) {
      pair = entry.pair;
      table.append(el("tr", { class: "pair" }, el("th", { colspan: 5 }, pair)));
    }
    const fate = el("ul", { class: "fate" }, ...entry.fate.map((f) => el("li", {},
      `${f.outcome}: `, el("a", { class: "event-link", onclick: () => showEvent(f.id) }, f.summary || f.type),
      ` (${f.when || "?"})`)));
    table.append(el("tr", {}, el("td", {}, entry.kind),
      el("td", {}, el("a", { class: "event-link", onclick: () => showEvent(entry.id) }, entry.summary), " ", badge(entry.status)),
      el("td", {}, entry.made || "?"), el("td", {}, entry.fate.length ? fate : "no later report"),
      el("td", { class: `verdict-${entry.verdict}` }, entry.verdict)));
  }
}

async function loadSummary() {
  const params = filterParams();
  params.set("sentences", "8");
  const data = await api("/api/summary", params);
  document.getElementById("count").textContent = `${data.sentences.length} sentences`;
  document.getElementById("summary-list").replaceChildren(...data.sentences.map((s) => el("li", {},
    s.text, " ", el("a", { class: "event-link", onclick: () => showCitation(s.citation) },
      `[${s.citation.title || s.citation.doc}, sentence ${s.citation.sentence}]`))));
}

// ----------------------------------------------------------------------------- wiring
const LOADERS = { timeline: loadTimeline, network: loadNetwork, ledger: loadLedger, summary: loadSummary };

async function refresh() {
  try { await LOADERS[state.tab](); showError(null); } catch (err) { showError(err); }
}

function setup() {
  const select = document.querySelector("select[name=type]");
  for (const t of TYPES) select.append(el("option", { value: t }, t));
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  document.getElementById("filters").addEventListener("reset", () => setTimeout(refresh));
  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => {
    state.tab = b.dataset.tab;
    document.querySelectorAll("#tabs button").forEach((o) => o.classList.toggle("active", o === b));
    document.querySelectorAll(".view").forEach((v) => { v.hidden = v.id !== state.tab; });
    refresh();
  }));
  setupTimeline();
  window.addEventListener("resize", () => { if (state.tab === "timeline") drawTimeline(); });
  refresh();
}

setup();
