// The graph explorer: draws /export/homeward.cyjs with vis-network, filters the facts by country,
// population, period and source, and shows the facts of a clicked node with their quotes. Every text from
// the data goes into the page as text, never as markup.
(function () {
  "use strict";
  const FACTS = ["ReturnStatistic", "RepatriationFlight"];
  const COLOURS = {
    ReturnStatistic: "#f4a259", RepatriationFlight: "#8cb369", NewsArticle: "#bfbfbf", Person: "#5b8e7d",
    Organisation: "#6c8ebf", Country: "#bc4b51", Place: "#e0c879", DescribedSource: "#9d8ec7"
  };
  const MAX_NODES = 1500;
  const byId = {};
  const neighbours = {};
  let all = { nodes: [], edges: [] };
  let network = null;

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  function pageOf(iri) {
    const base = "https://w3id.org/homeward/resource/";
    return iri.startsWith(base) ? "/resource/" + iri.substring(base.length) : iri;
  }

  function years(data) {
    const start = data.periodStart || data.date || data.published;
    const end = data.periodEnd || data.date || data.published;
    return [start ? parseInt(start.substring(0, 4), 10) : null, end ? parseInt(end.substring(0, 4), 10) : null];
  }

  function passes(data, filter) {
    if (filter.population && data.population !== filter.population) { return false; }
    if (filter.source && data.publisher !== filter.source) { return false; }
    const [start, end] = years(data);
    if (filter.from && end !== null && end < filter.from) { return false; }
    if (filter.to && start !== null && start > filter.to) { return false; }
    if (filter.country && !(neighbours[data.id] || []).some(e => e.other === filter.country)) { return false; }
    return true;
  }

  function currentFilter() {
    const value = id => document.getElementById(id).value;
    return { country: value("country"), population: value("population"), source: value("source"),
      from: parseInt(value("from"), 10) || null, to: parseInt(value("to"), 10) || null };
  }

  function visible() {
    const filter = currentFilter();
    const shown = new Set();
    all.nodes.filter(n => FACTS.includes(n.type) && passes(n, filter)).forEach(fact => {
      shown.add(fact.id);
      (neighbours[fact.id] || []).forEach(e => shown.add(e.other));
    });
    const nodes = all.nodes.filter(n => shown.has(n.id)).slice(0, MAX_NODES);
    const kept = new Set(nodes.map(n => n.id));
    const edges = all.edges.filter(e => kept.has(e.source) && kept.has(e.target));
    return { nodes, edges };
  }

  function draw() {
    const shown = visible();
    const nodes = shown.nodes.map(n => ({ id: n.id, label: short(n.label), title: n.label, shape: "dot",
      size: FACTS.includes(n.type) ? 9 : 14, color: COLOURS[n.type] || "#999" }));
    const edges = shown.edges.map(e => ({ id: e.id, from: e.source, to: e.target, label: e.kind, arrows: "to",
      font: { size: 8, color: "#777" }, color: { color: "#ccc" } }));
    const container = document.getElementById("network");
    const data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
    const options = { physics: { stabilization: { iterations: 300 }, barnesHut: { springLength: 120 } },
      interaction: { hover: true }, nodes: { font: { size: 11 } } };
    window.homewardExplorer = { ready: false, network: null };
    network = new vis.Network(container, data, options);
    window.homewardExplorer.network = network;
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: false });
      window.homewardExplorer.ready = true;
    });
    network.on("click", params => { if (params.nodes.length) { show(params.nodes[0]); } });
    document.getElementById("status").textContent = nodes.length + " nodes, " + edges.length + " edges shown"
      + (shown.nodes.length >= MAX_NODES ? " (the first " + MAX_NODES + ": narrow the filters)" : "");
  }

  function short(text) {
    return text.length > 40 ? text.substring(0, 39) + "…" : text;
  }

  function factBlock(data) {
    const block = el("div", null, { "class": "fact" });
    block.appendChild(el("div", data.label));
    const parts = [];
    if (data.speaker) { parts.push("according to " + data.speaker); }
    if (data.publisher) { parts.push("reported by " + data.publisher); }
    if (data.published) { parts.push(data.published); }
    const source = el("div", parts.join(", ") + (data.quote ? ": " : ""), { "class": "source" });
    if (data.quote) { source.appendChild(el("q", data.quote)); }
    block.appendChild(source);
    const link = el("a", "its page", { href: pageOf(data.iri) });
    block.appendChild(link);
    return block;
  }

  function show(id) {
    const data = byId[id];
    const panel = document.getElementById("panel");
    panel.replaceChildren();
    panel.appendChild(el("h2", data.label));
    panel.appendChild(el("p", data.type + (data.isoCode ? " · " + data.isoCode : "")));
    const page = el("p");
    page.appendChild(el("a", "Open its page", { href: pageOf(data.iri), id: "page-link" }));
    panel.appendChild(page);
    const facts = FACTS.includes(data.type) ? [data]
      : (neighbours[id] || []).map(e => byId[e.other]).filter(n => FACTS.includes(n.type));
    panel.appendChild(el("h3", facts.length + (facts.length === 1 ? " fact" : " facts")));
    facts.forEach(fact => panel.appendChild(factBlock(fact)));
  }

  function options(id, values) {
    const select = document.getElementById(id);
    values.forEach(([value, text]) => select.appendChild(el("option", text, { value: value })));
  }

  function index(graph) {
    all = { nodes: graph.elements.nodes.map(n => n.data), edges: graph.elements.edges.map(e => e.data) };
    all.nodes.forEach(n => { byId[n.id] = n; neighbours[n.id] = []; });
    all.edges.forEach(e => {
      neighbours[e.source].push({ other: e.target, kind: e.kind });
      neighbours[e.target].push({ other: e.source, kind: e.kind });
    });
    const sorted = list => Array.from(new Set(list)).filter(v => v).sort();
    options("country", all.nodes.filter(n => n.type === "Country").sort((a, b) => a.label.localeCompare(b.label))
      .map(n => [n.id, n.label]));
    options("population", sorted(all.nodes.map(n => n.population)).map(p => [p, p]));
    options("source", sorted(all.nodes.map(n => n.publisher)).map(p => [p, p]));
  }

  fetch("/export/homeward.cyjs")
    .then(response => { if (!response.ok) { throw new Error("HTTP " + response.status); } return response.json(); })
    .then(graph => {
      index(graph);
      draw();
      document.getElementById("filters").addEventListener("change", draw);
    })
    .catch(error => { document.getElementById("status").textContent = "The graph could not be loaded: " + error; });
})();
