/* marsad dashboard: hand-written, no library, nothing from outside this server.
 *
 * Every piece of data (article text, names, titles) reaches the page through textContent or
 * setAttribute on elements built with el(); innerHTML is never used. Views are chosen by the URL
 * hash: #/ (search, timeline, network, map), #/event/ID, #/actor/KEY, #/doc/ID?ev=EVENT,
 * #/actors, #/docs.
 */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";

const TYPE_AR = {
  AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون", AID: "مساعدة",
  RETREAT: "انسحاب", REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد", PROTEST: "احتجاج",
  SANCTION: "عقوبات", MOBILIZE: "تعبئة", COERCE: "إكراه", ASSAULT: "اعتداء",
};
const TYPE_COLOR = {
  AGREE: "#2a9d8f", CONSULT: "#1d6fa5", SUPPORT: "#3a86c8", CONCEDE: "#7fb069", COOPERATE: "#43aa8b",
  AID: "#90be6d", RETREAT: "#b5a642", REQUEST: "#8d6cab", ACCUSE: "#e76f51", REJECT: "#d68c45",
  THREATEN: "#c8553d", PROTEST: "#bc6c25", SANCTION: "#9b2226", MOBILIZE: "#6d597a", COERCE: "#ae2012",
  ASSAULT: "#7f1d1d",
};
const ROLE_AR = { actor: "الفاعل", recipient: "المتلقّي" };
const STATUS_AR = { happened: "وقع", planned: "مُخطَّط", threatened: "تهديد به", denied: "نُفي" };
const KIND_AR = {
  entity: "كيان", title: "منصب", date: "تاريخ", place: "مكان", evidence: "دليل حدث", trigger: "فعل الحدث",
  quote: "اقتباس", speaker: "المتحدث", cue: "فعل القول",
};

// -- small DOM helpers (text only, never HTML) ---------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "style") setStyle(node, v);  // CSSOM: allowed by the CSP, unlike style attributes
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}
function setStyle(node, decls) {
  for (const d of String(decls).split(";")) {
    const i = d.indexOf(":");
    if (i > 0) node.style.setProperty(d.slice(0, i).trim(), d.slice(i + 1).trim());
  }
}
function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function latin(text) { return text ? el("bdi", { class: "latin", dir: "ltr" }, text) : null; }
function ltr(text) { return el("bdi", { dir: "ltr" }, text == null ? "—" : String(text)); }
function enc(s) { return encodeURIComponent(s); }
function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }

/** An Arabic name with its Latin form beside it: «عبد اللطيف حموشي (Abdellatif Hammouchi)». */
function nameOf(p, link) {
  const ar = p.name_ar || p.name || p.key || "؟";
  const parts = [el("span", { class: "ar-name" }, ar)];
  if (p.name && p.name !== ar) parts.push(" ", el("bdi", { class: "latin", dir: "ltr" }, "(" + p.name + ")"));
  if (link && p.key) return el("a", { href: "#/actor/" + enc(p.key), class: "actor-link" }, parts);
  return el("span", {}, parts);
}
function typeLabel(t) {
  return el("span", { class: "etype", style: "--c:" + (TYPE_COLOR[t] || "#555") },
    TYPE_AR[t] || t, " ", latin(t));
}
function names(list, link) {
  if (!list || !list.length) return el("span", { class: "muted" }, "—");
  const out = el("span", {});
  list.forEach((p, i) => { if (i) out.appendChild(document.createTextNode("، ")); out.appendChild(nameOf(p, link)); });
  return out;
}

async function api(path) {
  const resp = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await resp.json(); } catch (_) { body = null; }
  if (!resp.ok) throw new Error((body && body.error) || ("HTTP " + resp.status));
  return body;
}
/** Replace the main view's content (null/undefined children are skipped). */
function show(...children) { const v = view(); v.replaceChildren(); append(v, children); }
function errorBox(err) { return el("p", { class: "error", role: "alert" }, "خطأ: ", String(err.message || err)); }
function section(title, ...children) {
  return el("section", { class: "card" }, el("h2", {}, title), children);
}

// -- router ----------------------------------------------------------------------------------------
const view = () => document.getElementById("view");
function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { name: parts[0] || "home", arg: parts.slice(1).join("/"), params: new URLSearchParams(query || "") };
}
async function route() {
  const r = parseHash();
  const v = view();
  document.body.dataset.ready = "0";
  delete document.body.dataset.view;
  v.replaceChildren(el("p", { class: "muted" }, "جارٍ التحميل…"));
  try {
    if (r.name === "event") await showEvent(r.arg);
    else if (r.name === "actor") await showActor(r.arg);
    else if (r.name === "doc") await showDoc(r.arg, r.params.get("ev"));
    else if (r.name === "actors") await showActors(r.params);
    else if (r.name === "docs") await showDocs();
    else await showHome(r.params);
  } catch (err) {
    v.replaceChildren(errorBox(err));
  }
  document.body.dataset.view = r.name;
  document.body.dataset.ready = "1";
}

async function loadStats() {
  const box = document.getElementById("stats");
  try {
    const s = await api("api/stats");
    box.replaceChildren(
      el("span", {}, "المقالات ", ltr(s.documents)), el("span", {}, "الأحداث ", ltr(s.events)),
      el("span", {}, "الفاعلون ", ltr(s.actors_known || s.participants || s.actors)), el("span", {}, "الاقتباسات ", ltr(s.quotes)));
    return s;
  } catch (err) { box.replaceChildren(errorBox(err)); return null; }
}

// -- home: search, events, timeline, network, map ------------------------------------------------
let STATS = null;
async function showHome(params) {
  if (!STATS) STATS = await STATS_P;
  const f = Object.fromEntries(params.entries());
  const types = Object.keys((STATS && STATS.by_type) || {});
  const input = (name, label, extra) => el("label", {}, el("span", {}, label),
    el("input", Object.assign({ name, value: f[name] || "" }, extra || {})));
  const typeSel = el("select", { name: "type" }, el("option", { value: "" }, "كل الأنواع"),
    Object.keys(TYPE_AR).filter(t => types.includes(t) || f.type === t).concat(types.filter(t => !TYPE_AR[t]))
      .map(t => el("option", { value: t, selected: f.type === t ? "selected" : null }, (TYPE_AR[t] || t) + " — " + t)));
  const form = el("form", { class: "search", role: "search", id: "search-form" },
    el("label", { class: "q" }, el("span", {}, "بحث"),
      el("input", { name: "q", type: "search", value: f.q || "", placeholder: "كلمة أو اسم، مثل: الحموشي", id: "q" })),
    el("label", {}, el("span", {}, "النوع"), typeSel),
    input("actor", "الفاعل", { placeholder: "اسم أو معرّف" }),
    input("country", "الدولة", { placeholder: "MAR", size: 4, dir: "ltr" }),
    input("place", "المكان"),
    input("since", "من", { type: "date", dir: "ltr" }),
    input("until", "إلى", { type: "date", dir: "ltr" }),
    el("button", { type: "submit" }, "ابحث"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, val] of new FormData(form).entries()) if (String(val).trim()) q.set(k, String(val).trim());
    location.hash = "#/?" + q.toString();
  });

  const results = el("div", { class: "grid2" });
  const v = view();
  const timelineBox = el("div", { class: "chart", id: "timeline" });
  const networkBox = el("div", { class: "chart", id: "network" });
  const mapBox = el("div", { class: "chart", id: "map" });
  v.replaceChildren(section("البحث والتصفية", form), results,
    section("الخط الزمني للأحداث", timelineBox),
    el("div", { class: "grid2" },
      section("شبكة الفاعلين — من يلتقي بمن، ومن يتّهم أو يهاجم مَن", networkBox),
      section("خريطة الأحداث", mapBox)));

  const evQuery = new URLSearchParams();
  for (const k of ["q", "type", "actor", "country", "place", "since", "until"]) if (f[k]) evQuery.set(k, f[k]);
  evQuery.set("limit", String(PAGE));
  if (f.offset) evQuery.set("offset", String(Math.max(0, parseInt(f.offset, 10) || 0)));
  const jobs = [
    api("api/events?" + evQuery.toString()).then(page => renderEventList(page, results, params)),
    api("api/timeline").then(t => renderTimeline(t.items, timelineBox)),
    api("api/network").then(n => renderNetwork(n, networkBox)),
    Promise.all([api("api/geo"), loadWorld()]).then(([g, w]) => renderMap(g.items, w, mapBox)),
  ];
  if (f.q) jobs.push(api("api/search?q=" + enc(f.q)).then(s => renderHits(s, results)));
  else results.prepend(section("المقالات", el("p", { class: "muted" }, "اكتب كلمة للبحث في نصوص المقالات (تُطابَق صيغ الهمزة والياء والتاء المربوطة والسوابق).")));
  const settled = await Promise.allSettled(jobs);
  for (const s of settled) if (s.status === "rejected") v.appendChild(errorBox(s.reason));
}

function renderHits(s, box) {
  const list = el("ol", { class: "hits", id: "hits" });
  for (const h of s.items) {
    const snip = el("p", { class: "snippet" });
    let pos = 0;
    for (const [a, b] of h.matches) {
      if (a < pos) continue;
      snip.append(h.snippet.slice(pos, a), el("mark", {}, h.snippet.slice(a, b)));
      pos = b;
    }
    snip.append(h.snippet.slice(pos), "…");
    list.appendChild(el("li", { class: "hit" },
      el("a", { href: "#/doc/" + enc(h.id) + "?q=" + enc(s.query), class: "hit-title" }, h.title || h.lead || h.id),
      " ", el("span", { class: "muted" }, ltr(h.published || "")), snip));
  }
  box.prepend(section("المقالات (" + s.total + ")",
    s.items.length ? list : el("p", { class: "muted", id: "no-hits" }, "لا توجد مقالات مطابقة.")));
}

function eventRow(e) {
  return el("li", { class: "event-row" },
    el("a", { href: "#/event/" + enc(e.id), class: "event-link", "data-event": e.id },
      el("span", { class: "date" }, ltr(e.date || "؟")), " ", typeLabel(e.type),
      (e.mode || []).length ? el("span", { class: "muted" }, " (", ltr(e.mode.join("، ")), ")") : null),
    " ", names(e.actors, false), " ← ", names(e.recipients, false),
    e.place ? el("span", { class: "place" }, " — ", e.place) : null,
    e.n_reports > 1 ? el("span", { class: "badge" }, e.n_reports + " تقارير") : null);
}

const PAGE = 50;
const MAX_NODES = 20, MAX_EDGES = 40, MAX_NODE_LABELS = 20, MAX_EDGE_LABELS = 12;
function renderEventList(page, box, params) {
  const list = el("ol", { class: "events", id: "events" }, page.items.map(eventRow));
  const link = (offset, label, cls) => {
    const q = new URLSearchParams(params);
    if (offset) q.set("offset", String(offset)); else q.delete("offset");
    return el("a", { href: "#/?" + q.toString(), class: cls }, label);
  };
  const nav = el("p", { class: "pager muted" },
    page.offset > 0 ? link(Math.max(0, page.offset - PAGE), "→ الأحدث", "newer") : null,
    page.total ? el("span", {}, ltr(page.offset + 1), "–", ltr(page.offset + page.items.length), " من ", ltr(page.total)) : null,
    page.offset + page.items.length < page.total ? link(page.offset + PAGE, "الأقدم ←", "older") : null);
  box.appendChild(section("الأحداث (" + page.total + ")",
    page.items.length ? list : el("p", { class: "muted" }, "لا توجد أحداث مطابقة."), nav));
}

function legend(types) {
  return el("div", { class: "legend" }, types.map(t => el("span", {},
    el("i", { style: "background:" + (TYPE_COLOR[t] || "#555") }), TYPE_AR[t] || t)));
}

// Timeline: stacked bars per day (or month when there are many days); time runs right to left.
function renderTimeline(items, box) {
  if (!items.length) { box.replaceChildren(el("p", { class: "muted" }, "لا أحداث مؤرّخة بعد.")); return; }
  let buckets = new Map();
  const days = new Set(items.map(i => i.date));
  const key = days.size > 90 ? (d => d.slice(0, 7)) : (d => d);
  for (const it of items) {
    const k = key(it.date);
    if (!buckets.has(k)) buckets.set(k, {});
    buckets.get(k)[it.type] = (buckets.get(k)[it.type] || 0) + it.count;
  }
  buckets = [...buckets.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1);
  const W = 900, H = 180, pad = 28, n = buckets.length;
  const bw = Math.max(4, Math.min(60, (W - 2 * pad) / n - 4));
  const max = Math.max(...buckets.map(([, c]) => Object.values(c).reduce((a, b) => a + b, 0)));
  const s = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "الخط الزمني", class: "timeline" });
  s.appendChild(svg("line", { x1: pad, x2: W - pad, y1: H - pad, y2: H - pad, class: "axis" }));
  const usedTypes = new Set();
  buckets.forEach(([date, counts], i) => {
    // earliest on the right: x decreases with time
    const x = W - pad - (i + 1) * ((W - 2 * pad) / n) + ((W - 2 * pad) / n - bw) / 2;
    let y = H - pad;
    const g = svg("g", { class: "bar", tabindex: 0, on: { click: () => {
      const since = date.length === 7 ? date + "-01" : date, until = date.length === 7 ? date + "-31" : date;
      location.hash = "#/?since=" + since + "&until=" + until;
    } } });
    for (const [t, c] of Object.entries(counts)) {
      usedTypes.add(t);
      const h = (H - 2 * pad) * c / max;
      y -= h;
      g.appendChild(svg("rect", { x, y, width: bw, height: Math.max(h, 1), fill: TYPE_COLOR[t] || "#555" },
        svg("title", {}, `${date}: ${TYPE_AR[t] || t} ${c}`)));
    }
    s.appendChild(g);
    if (n <= 16 || i % Math.ceil(n / 12) === 0)
      s.appendChild(svg("text", { x: x + bw / 2, y: H - 10, "text-anchor": "middle", class: "tick", direction: "ltr" }, date));
  });
  s.appendChild(svg("text", { x: W - pad, y: 14, "text-anchor": "start", class: "tick" }, "الأقدم ← الأحدث"));
  box.replaceChildren(s, legend([...usedTypes]));
}

// Network: a small force layout by hand (repulsion, springs, gravity), then SVG.
function renderNetwork(net, box) {
  // Large networks: the most active actors only, and the strongest ties among them; labels only
  // where they stay readable (every node and edge keeps its tooltip).
  const nodes = net.nodes.slice().sort((a, b) => b.events - a.events).slice(0, MAX_NODES);
  const keep = new Set(nodes.map(n => n.key));
  const edges = net.edges.filter(e => keep.has(e.source) && keep.has(e.target))
    .sort((a, b) => b.count - a.count).slice(0, MAX_EDGES);
  const labelled = new Set(nodes.slice(0, MAX_NODE_LABELS).map(n => n.key));
  const edgeLabels = edges.length <= MAX_EDGE_LABELS;
  if (!nodes.length) { box.replaceChildren(el("p", { class: "muted" }, "لا علاقات بين فاعلين بعد.")); return; }
  const W = 600, H = 420;
  const idx = new Map(nodes.map((n, i) => [n.key, i]));
  const P = nodes.map((n, i) => {
    const a = 2 * Math.PI * i / nodes.length;
    return { x: W / 2 + 150 * Math.cos(a), y: H / 2 + 120 * Math.sin(a), vx: 0, vy: 0 };
  });
  const L = nodes.length < 6 ? 190 : 110;
  for (let it = 0; it < 300; it++) {
    const cool = 1 - it / 300;
    for (let i = 0; i < P.length; i++) for (let j = i + 1; j < P.length; j++) {
      let dx = P[i].x - P[j].x, dy = P[i].y - P[j].y;
      const d2 = Math.max(dx * dx + dy * dy, 25), f = (nodes.length > 15 ? 2500 : 4000) / d2, d = Math.sqrt(d2);
      dx /= d; dy /= d;
      P[i].vx += dx * f; P[i].vy += dy * f; P[j].vx -= dx * f; P[j].vy -= dy * f;
    }
    for (const e of edges) {
      const a = P[idx.get(e.source)], b = P[idx.get(e.target)];
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - L) * 0.05;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    }
    for (const p of P) {
      p.vx += (W / 2 - p.x) * 0.01; p.vy += (H / 2 - p.y) * 0.01;
      p.x += Math.max(-20, Math.min(20, p.vx)) * cool; p.y += Math.max(-20, Math.min(20, p.vy)) * cool;
      p.vx *= 0.5; p.vy *= 0.5;
      p.x = Math.max(70, Math.min(W - 70, p.x)); p.y = Math.max(30, Math.min(H - 40, p.y));
    }
  }
  // fit the layout to the drawing area (labels need room at the sides and below)
  const xs = P.map(p => p.x), ys = P.map(p => p.y);
  const bx0 = Math.min(...xs), bx1 = Math.max(...xs), by0 = Math.min(...ys), by1 = Math.max(...ys);
  const k = Math.min(3, (W - 180) / Math.max(bx1 - bx0, 1), (H - 110) / Math.max(by1 - by0, 1));
  for (const p of P) { p.x = W / 2 + (p.x - (bx0 + bx1) / 2) * k; p.y = (H - 30) / 2 + 10 + (p.y - (by0 + by1) / 2) * k; }
  const maxEv = Math.max(...nodes.map(n => n.events), 1);
  const radius = n => (nodes.length > 15 ? 4 : 7) + (nodes.length > 15 ? 7 : 10) * Math.sqrt(n.events / maxEv);
  const s = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "شبكة الفاعلين", class: "network" });
  const defs = svg("defs", {});
  const usedTypes = new Set();
  s.appendChild(defs);
  const maxC = Math.max(...edges.map(e => e.count), 1);
  for (const e of edges) {
    const a = P[idx.get(e.source)], b0 = P[idx.get(e.target)];
    // stop the arrow at the target's circle
    const dx = b0.x - a.x, dy = b0.y - a.y, dd = Math.sqrt(dx * dx + dy * dy) || 1, rt = radius(nodes[idx.get(e.target)]) + 2;
    const b = { x: b0.x - dx / dd * rt, y: b0.y - dy / dd * rt };
    const main = Object.entries(e.types).sort((x, y) => y[1] - x[1])[0][0];
    Object.keys(e.types).forEach(t => usedTypes.add(t));
    const col = TYPE_COLOR[main] || "#555", mid = "arrow-" + main;
    if (!defs.querySelector("#" + CSS.escape(mid)))
      defs.appendChild(svg("marker", { id: mid, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 11, markerHeight: 11,
        markerUnits: "userSpaceOnUse", orient: "auto" },
        svg("path", { d: "M0,0 L10,5 L0,10 z", fill: col })));
    const label = Object.entries(e.types).map(([t, c]) => `${TYPE_AR[t] || t} ${c}`).join("، ");
    s.appendChild(svg("g", { class: "edge" },
      svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: col, "stroke-width": 1.5 + 4 * e.count / maxC,
        "marker-end": `url(#${mid})` }, svg("title", {}, label)),
      edgeLabels ? svg("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 4, "text-anchor": "middle", class: "edge-label" }, label) : null));
  }
  // node labels: most active first, left out where they would cover another label or node
  const taken = nodes.map((n, i) => ({ x0: P[i].x - radius(n), x1: P[i].x + radius(n), y0: P[i].y - radius(n), y1: P[i].y + radius(n) }));
  const hit = (b, skip) => taken.some((o, j) => j !== skip && b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  nodes.forEach((n, i) => {
    const p = P[i];
    const r = radius(n);
    let showLabel = labelled.has(n.key);
    if (showLabel) {
      const w = Math.max((n.name_ar || n.key).length * 6.5, (n.name || "").length * 5.5) + 4;
      const box = { x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y + r + 1, y1: p.y + r + (n.name ? 30 : 17) };
      showLabel = !hit(box, i);
      if (showLabel) taken.push(box);
    }
    const g = svg("g", { class: "node", tabindex: 0, "data-key": n.key,
      on: { click: () => { location.hash = "#/actor/" + enc(n.key); } } },
      svg("circle", { cx: p.x, cy: p.y, r }),
      showLabel ? svg("text", { x: p.x, y: p.y + r + 13, "text-anchor": "middle", class: "node-label" }, n.name_ar || n.key) : null,
      showLabel && n.name ? svg("text", { x: p.x, y: p.y + r + 26, "text-anchor": "middle", class: "node-latin", direction: "ltr" }, n.name) : null,
      svg("title", {}, (n.name_ar || "") + (n.name ? " (" + n.name + ")" : "") + " — " + n.events));
    s.appendChild(g);
  });
  box.replaceChildren(s, legend([...usedTypes]));
}

// Map: equirectangular projection of the bundled Natural Earth outline; zoomed to the events.
let WORLD = null;
async function loadWorld() {
  if (!WORLD) {
    const r = await fetch("world-110m.geojson");
    if (!r.ok) throw new Error("world outline: HTTP " + r.status);
    WORLD = await r.json();
  }
  return WORLD;
}
function renderMap(points, world, box) {
  const W = 600, H = 420;
  let [x0, x1, y0, y1] = [-180, 180, -60, 85];
  if (points.length) {
    const lons = points.map(p => p.lon), lats = points.map(p => p.lat);
    x0 = Math.min(...lons); x1 = Math.max(...lons); y0 = Math.min(...lats); y1 = Math.max(...lats);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    let w = Math.max(x1 - x0 + 20, 50), h = Math.max(y1 - y0 + 14, 35);
    if (w / h > W / H) h = w * H / W; else w = h * W / H;
    [x0, x1, y0, y1] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2];
  }
  const sx = W / (x1 - x0), sy = H / (y1 - y0);
  const proj = ([lon, lat]) => [(lon - x0) * sx, (y1 - lat) * sy];
  const ringPath = ring => ring.map((pt, i) => {
    const [x, y] = proj(pt);
    return (i ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
  }).join("") + "Z";
  const s = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "خريطة الأحداث", class: "map" });
  s.appendChild(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  const land = svg("g", { class: "land" });
  for (const f of world.features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    land.appendChild(svg("path", { d: polys.map(p => p.map(ringPath).join("")).join("") },
      svg("title", {}, (f.properties && f.properties.name) || "")));
  }
  s.appendChild(land);
  const byPlace = new Map();
  for (const p of points) {
    const k = p.lat.toFixed(2) + "," + p.lon.toFixed(2);
    if (!byPlace.has(k)) byPlace.set(k, []);
    byPlace.get(k).push(p);
  }
  // Labels are placed greedily (biggest groups first) above, below, beside their pin, and left
  // out where they would overlap another label or pin (the pin's tooltip still names the place).
  const placed = [];
  const overlaps = b => placed.some(o => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) ||
    b.x0 < 0 || b.x1 > W || b.y0 < 0 || b.y1 > H;
  const groups = [...byPlace.values()].sort((a, b) => b.length - a.length);
  const maxG = groups.length ? groups[0].length : 1, many = groups.length > 20;
  const pins = groups.map(group => {
    const [x, y] = proj([group[0].lon, group[0].lat]);
    const r = (many ? 3 : 5) + (many ? 6 : 9) * Math.sqrt(group.length / maxG);
    placed.push({ x0: x - r, x1: x + r, y0: y - r, y1: y + r });
    return { group, x, y, r };
  });
  for (const { group, x, y, r } of pins) {
    const p = group[0];
    const label = (p.place || "") + " (" + group.length + ")";
    const w = label.length * 6.6 + 6, h = 14;
    let pos = null;
    for (const [lx, ly, anchor] of [[x, y - r - 4, "middle"], [x, y + r + 13, "middle"],
                                    [x + r + 3, y + 4, "start"], [x - r - 3, y + 4, "end"]]) {
      const x0 = anchor === "middle" ? lx - w / 2 : anchor === "start" ? lx : lx - w;
      const box = { x0, x1: x0 + w, y0: ly - h + 3, y1: ly + 3 };
      if (!overlaps(box)) { placed.push(box); pos = [lx, ly, anchor]; break; }
    }
    s.appendChild(svg("g", { class: "pin", tabindex: 0, "data-event": p.id,
      on: { click: () => { location.hash = group.length === 1 ? "#/event/" + enc(p.id) : "#/?place=" + enc(p.place || ""); } } },
      svg("circle", { cx: x, cy: y, r, fill: TYPE_COLOR[p.type] || "#c0392b" }),
      pos ? svg("text", { x: pos[0], y: pos[1], "text-anchor": pos[2], direction: "ltr", class: "pin-label" }, label) : null,
      svg("title", {}, group.map(q => `${q.date || "؟"} ${TYPE_AR[q.type] || q.type} — ${q.place || ""}`).join("\n"))));
  }
  box.replaceChildren(s, points.length ? el("p", { class: "muted" }, points.length + " حدثًا محدّد الموقع") :
    el("p", { class: "muted" }, "لا أحداث محدّدة الموقع بعد."));
}

// -- event page ------------------------------------------------------------------------------------
async function showEvent(id) {
  const e = await api("api/events/" + enc(id));
  const partRows = [...e.actors, ...e.recipients].map(p => el("tr", {},
    el("td", {}, ROLE_AR[p.role] || p.role), el("td", {}, nameOf(p, true)), el("td", {}, ltr(p.country)),
    el("td", {}, ltr(p.sector)), el("td", {}, p.office || "—")));
  const facts = el("dl", { class: "facts" },
    el("dt", {}, "النوع"), el("dd", {}, typeLabel(e.type)),
    el("dt", {}, "الصيغة"), el("dd", {}, (e.mode || []).length ? ltr(e.mode.join("، ")) : "—"),
    el("dt", {}, "السياق"), el("dd", {}, (e.context || []).length ? ltr(e.context.join("، ")) : "—"),
    el("dt", {}, "الحالة"), el("dd", {}, STATUS_AR[e.status] || e.status || "—"),
    el("dt", {}, "التاريخ"), el("dd", {}, ltr(e.date || "؟"), e.date_text ? el("span", { class: "muted" }, " («", e.date_text, "»)") : null),
    el("dt", {}, "المكان"), el("dd", {}, e.place || "—", e.country_code ? el("span", { class: "muted" }, " ", ltr(e.country_code)) : null),
    el("dt", {}, "الثقة"), el("dd", {}, ltr(e.confidence != null ? Number(e.confidence).toFixed(2) : "—")));
  const reports = el("ol", { class: "reports" }, e.reports.map(r => el("li", { class: "report" },
    el("h3", {}, el("a", { href: "#/doc/" + enc(r.doc_id) + "?ev=" + enc(e.id), class: "report-link" }, r.title || r.lead || r.doc_id)),
    el("p", { class: "muted" }, ltr(r.published || ""), r.publication ? [" — ", r.publication] : null,
      safeUrl(r.url) ? [" — ", el("a", { href: safeUrl(r.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "المصدر")] : null),
    el("blockquote", { class: "context" }, r.before ? "…" + r.before : "",
      el("mark", { class: "evidence" }, r.evidence || ""), r.after ? r.after + "…" : ""))));
  show(
    el("h1", {}, typeLabel(e.type), " ", names(e.actors, true), " ← ", names(e.recipients, true)),
    el("div", { class: "grid2" }, section("الحدث", facts),
      section("المشاركون", el("table", {}, el("thead", {}, el("tr", {},
        ["الدور", "الاسم", "الدولة", "القطاع", "المنصب"].map(h => el("th", {}, h)))), el("tbody", {}, partRows)))),
    section("الدليل في كل تقرير (" + e.reports.length + ")", reports));
}

// -- actor pages -----------------------------------------------------------------------------------
async function showActor(key) {
  const a = await api("api/actors/" + key.split("/").map(enc).join("/"));
  const facts = el("dl", { class: "facts" },
    el("dt", {}, "الاسم"), el("dd", {}, a.name_ar || "—"),
    el("dt", {}, "بالحروف اللاتينية"), el("dd", {}, latin(a.name) || "—"),
    el("dt", {}, "الدولة"), el("dd", {}, ltr(a.country)),
    el("dt", {}, "القطاع"), el("dd", {}, ltr(a.sector)),
    el("dt", {}, "المناصب"), el("dd", {}, [...(a.office_ar || []), ...(a.office || [])].join("؛ ") || "—"),
    el("dt", {}, "الأسماء الأخرى"), el("dd", {}, (a.aliases || []).join("، ") || "—"),
    el("dt", {}, "الأحداث"), el("dd", {}, ltr(a.n_events)), el("dt", {}, "الإشارات"), el("dd", {}, ltr(a.mentions)));
  const counter = el("table", {}, el("thead", {}, el("tr", {}, ["الطرف", "عدد الأحداث", "الأنواع"].map(h => el("th", {}, h)))),
    el("tbody", {}, a.counterparts.map(c => el("tr", {}, el("td", {}, nameOf(c, true)), el("td", {}, ltr(c.count)),
      el("td", {}, Object.entries(c.types).map(([t, n]) => el("span", { class: "chip" }, TYPE_AR[t] || t, " ", ltr(n))))))));
  const tl = el("ol", { class: "events" }, a.timeline.slice().reverse().map(t => el("li", { class: "event-row" },
    el("a", { href: "#/event/" + enc(t.id), class: "event-link" }, el("span", { class: "date" }, ltr(t.date || "؟")), " ", typeLabel(t.type)),
    " ", el("span", { class: "muted" }, ROLE_AR[t.role] || ""), " — ", names(t.counterparts, true),
    t.place ? el("span", { class: "place" }, " — ", t.place) : null)));
  const quotes = el("ul", { class: "quotes" }, a.quotes.map(q => el("li", {},
    el("q", {}, q.content), " ", el("a", { href: "#/doc/" + enc(q.doc_id) }, "المقال"))));
  show(el("h1", {}, nameOf(a, false)),
    el("div", { class: "grid2" }, section("البطاقة", facts), section("أكثر الأطراف تكرارًا", a.counterparts.length ? counter : el("p", { class: "muted" }, "—"))),
    section("الخط الزمني", a.timeline.length ? tl : el("p", { class: "muted" }, "لا أحداث.")),
    a.quotes.length ? section("أقواله", quotes) : null);
}

async function showActors(params) {
  const q = params.get("q") || "";
  const page = await api("api/actors?limit=200" + (q ? "&q=" + enc(q) : ""));
  const form = el("form", { class: "search" }, el("label", { class: "q" }, el("span", {}, "اسم"),
    el("input", { name: "q", type: "search", value: q })), el("button", { type: "submit" }, "ابحث"));
  form.addEventListener("submit", ev => { ev.preventDefault(); location.hash = "#/actors?q=" + enc(new FormData(form).get("q")); });
  show(el("h1", {}, "الفاعلون (", ltr(page.total), ")"), form,
    el("table", { class: "wide" }, el("thead", {}, el("tr", {}, ["الاسم", "الدولة", "القطاع", "الأحداث"].map(h => el("th", {}, h)))),
      el("tbody", {}, page.items.map(a => el("tr", {}, el("td", {}, nameOf(a, true)), el("td", {}, ltr(a.country)),
        el("td", {}, ltr(a.sector)), el("td", {}, ltr(a.events)))))));
}

async function showDocs() {
  const page = await api("api/documents?limit=500");
  show(el("h1", {}, "المقالات (", ltr(page.total), ")"),
    el("table", { class: "wide" }, el("thead", {}, el("tr", {}, ["العنوان", "التاريخ", "الموقع", "الحالة"].map(h => el("th", {}, h)))),
      el("tbody", {}, page.items.map(d => el("tr", {}, el("td", {}, el("a", { href: "#/doc/" + enc(d.id) }, d.title || d.id)),
        el("td", {}, ltr(d.published)), el("td", {}, d.site || "—"), el("td", {}, d.status))))));
}

// -- article page: the text with entity, event and quote spans highlighted -----------------------
function renderText(text, spans, focusEvent, queryMatches) {
  const cuts = new Set([0, text.length]);
  const all = spans.concat((queryMatches || []).map(([a, b]) => ({ start: a, end: b, kind: "match", label: "", attrs: {} })));
  for (const s of all) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el("div", { class: "article-text", id: "article-text", lang: "ar" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const cover = all.filter(s => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!cover.length) { body.appendChild(document.createTextNode(piece)); continue; }
    const cls = new Set(), tips = [];
    let ev = null;
    for (const s of cover) {
      cls.add("hl-" + s.kind);
      if (s.kind === "entity" && s.label) cls.add("ent-" + s.label.replace(/[^A-Za-z]/g, ""));
      if (s.attrs && s.attrs.event) { ev = ev || s.attrs.event; if (focusEvent && s.attrs.event === focusEvent) cls.add("focus"); }
      tips.push((KIND_AR[s.kind] || s.kind) + (s.label ? " " + s.label : "") + (s.attrs && s.attrs.value ? " = " + s.attrs.value : ""));
    }
    const node = el(ev ? "a" : "span", { class: [...cls].join(" "), title: tips.join(" | "), href: ev ? "#/event/" + enc(ev) : null }, piece);
    body.appendChild(node);
  }
  return body;
}

async function showDoc(id, focusEvent) {
  const d = await api("api/documents/" + id.split("/").map(enc).join("/"));
  const q = parseHash().params.get("q");
  let matches = [];
  if (q) {
    const hits = await api("api/search?q=" + enc(q) + "&limit=50");
    const h = hits.items.find(x => x.id === d.id);
    if (h) matches = h.text_matches;
  }
  const kinds = [...new Set(d.spans.map(s => s.kind))];
  const toggles = el("div", { class: "legend toggles" }, kinds.map(k => {
    const box = el("input", { type: "checkbox", checked: "checked" });
    box.addEventListener("change", () => document.getElementById("article-text").classList.toggle("hide-" + k, !box.checked));
    return el("label", { class: "swatch hl-" + k }, box, KIND_AR[k] || k);
  }));
  const evList = el("ol", { class: "events" }, d.events.map(e => el("li", { class: "event-row" },
    e.id ? el("a", { href: "#/event/" + enc(e.id), class: "event-link" }, ltr(e.date || "؟"), " ", typeLabel(e.type)) : typeLabel(e.type),
    " ", names(e.actors, true), " ← ", names(e.recipients, true))));
  const quotes = el("ul", { class: "quotes" }, d.quotes.map(qq => el("li", {},
    qq.speaker ? el("strong", {}, qq.speaker, ": ") : null, el("q", {}, qq.content))));
  const actors = el("ul", { class: "chips" }, d.actors.map(a => el("li", {}, nameOf(a, true))));
  const text = renderText(d.text, d.spans, focusEvent, matches);
  show(
    el("h1", { class: "doc-title" }, d.title || d.lead || d.id),
    el("p", { class: "muted" }, ltr(d.published || ""), d.site ? [" — ", d.site] : null,
      safeUrl(d.url) ? [" — ", el("a", { href: safeUrl(d.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "الرابط الأصلي")] : null,
      d.status !== "coded" ? [" — ", d.status] : null),
    el("div", { class: "doc-layout" },
      el("article", { class: "card" }, toggles, text),
      el("aside", {},
        section("الأحداث (" + d.events.length + ")", d.events.length ? evList : el("p", { class: "muted" }, "—")),
        section("الفاعلون", d.actors.length ? actors : el("p", { class: "muted" }, "—")),
        section("الاقتباسات", d.quotes.length ? quotes : el("p", { class: "muted" }, "—")))));
  const target = text.querySelector(".focus") || text.querySelector(".hl-match");
  if (target) target.scrollIntoView({ block: "center" });
}

window.addEventListener("hashchange", route);
let STATS_P = null;
document.addEventListener("DOMContentLoaded", () => { STATS_P = loadStats(); route(); });
