// Draws the graph described by the JSON in #fg-data. Every text from the data is set with
// textContent (never innerHTML): names come from reviews and are untrusted.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fg-data").textContent);
  var SYMBOLS = {dot: "\u25CF", square: "\u25A0", diamond: "\u25C6", triangle: "\u25B2",
                 triangleDown: "\u25BC", star: "\u2605", hexagon: "\u2B22", box: "\u25AD"};
  var WIKIDATA = /^http:\/\/www\.wikidata\.org\/entity\/Q[0-9]+$/;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function nodeTip(n) {
    var box = el("div", null, "fg-tip");
    box.appendChild(el("strong", n.name));
    box.appendChild(el("div", n.kindLabel, "fg-kind"));
    if (n.facts && n.facts.length) {
      var table = el("table");
      n.facts.forEach(function (f) {
        var row = el("tr");
        row.appendChild(el("td", f[0]));
        row.appendChild(el("td", f[1]));
        table.appendChild(row);
      });
      box.appendChild(table);
    }
    if (n.wikidata && WIKIDATA.test(n.wikidata)) {
      var link = el("a", "Wikidata " + n.wikidata.split("/").pop());
      link.href = n.wikidata;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      box.appendChild(el("div")).appendChild(link);
    }
    if (n.iri) { box.appendChild(el("div", n.iri, "fg-kind")); }
    return box;
  }

  document.getElementById("fg-title").textContent = data.title;
  var notice = document.getElementById("fg-notice");
  data.notice.forEach(function (line) { notice.appendChild(el("p", line)); });
  var legend = document.getElementById("fg-legend");
  data.legend.forEach(function (item) {
    var row = el("div");
    var symbol = el("span", SYMBOLS[item.shape] || "\u25CF", "symbol");
    symbol.style.color = item.colour;
    row.appendChild(symbol);
    row.appendChild(el("span", item.label));
    legend.appendChild(row);
  });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var node = {id: n.id, label: n.label, shape: n.shape, size: n.size,
                color: n.color, borderWidth: n.border, title: nodeTip(n)};
    if (n.x !== undefined) { node.x = n.x; node.y = n.y; }
    return node;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var edge = {id: i, from: e.from, to: e.to, title: el("div", e.label || "", "fg-tip")};
    if (data.edgeLabels && e.label) { edge.label = e.label; }
    if (e.color) { edge.color = {color: e.color, highlight: e.color}; }
    if (e.width) { edge.width = e.width; }
    return edge;
  }));

  var state = {ready: false, nodes: nodes, edges: edges, network: null, drawnAt: null};
  window.filmgraph = state;
  var stabilised = !data.options.physics.enabled;
  var network = new vis.Network(document.getElementById("fg-network"),
                                {nodes: nodes, edges: edges}, data.options);
  state.network = network;
  function markReady() {
    if (!state.ready) {
      state.ready = true;
      state.drawnAt = performance.now();
      document.body.setAttribute("data-ready", "true");
    }
  }
  network.once("stabilizationIterationsDone", function () { stabilised = true; network.fit(); });
  network.on("afterDrawing", function () { if (stabilised) { markReady(); } });
  if (stabilised) { network.redraw(); }
})();
