// The filmgraph query page. Talks only to this server (/queries, /sparql); every value from
// the graph is untrusted text and is written with textContent, never as HTML.
"use strict";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const MAX_ROWS = 2000;
const $ = (id) => document.getElementById(id);
let library = [];
let activeParams = [];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// A parameter value as one RDF term in N-Triples syntax, typed as the library declares it.
function ntString(value) {
  return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')
    .replace(/\n/g, "\\n").replace(/\r/g, "\\r") + '"';
}
function asTerm(type, value) {
  switch (type) {
    case "iri": return "<" + value + ">";
    case "integer": return ntString(value) + "^^<" + XSD + "integer>";
    case "decimal": return ntString(value) + "^^<" + XSD + "decimal>";
    case "lang": return ntString(value) + "@en";
    default: return ntString(value);
  }
}

function showParams(params) {
  const box = $("params");
  box.replaceChildren();
  activeParams = params;
  for (const p of params) {
    const label = el("label", p.name + " (" + p.type + ")");
    const input = el("input");
    input.id = "param-" + p.name;
    input.value = p.example;
    input.title = p.description || "";
    label.htmlFor = input.id;
    const wrap = el("div");
    wrap.append(label, input);
    box.append(wrap);
  }
}

async function loadLibrary() {
  try {
    const response = await fetch("/queries", { headers: { Accept: "application/json" } });
    library = await response.json();
  } catch (err) {
    library = [];
  }
  const select = $("example");
  for (const q of library) {
    const option = el("option", q.name + " — " + q.title);
    option.value = q.name;
    select.append(option);
  }
}

function chooseExample() {
  const q = library.find((item) => item.name === $("example").value);
  $("example-description").textContent = q ? q.description : "";
  if (q) $("query").value = q.sparql;
  showParams(q ? q.params : []);
}

function cell(term) {
  const td = el("td");
  if (!term) return td;
  td.textContent = term.value;
  td.className = term.type;
  const note = term["xml:lang"] ? "@" + term["xml:lang"]
    : term.datatype && !term.datatype.endsWith("#string") ? term.datatype.replace(XSD, "xsd:") : "";
  if (note) td.append(el("small", note));
  return td;
}

function renderJson(data) {
  const out = $("results");
  if (typeof data.boolean === "boolean") {
    out.replaceChildren(el("p", "ASK → " + data.boolean, "boolean"));
    return "1 answer";
  }
  const vars = data.head.vars || [];
  const rows = data.results.bindings || [];
  const table = el("table");
  table.id = "results-table";
  const head = el("tr");
  for (const v of vars) head.append(el("th", v));
  table.append(el("thead"));
  table.tHead.append(head);
  const body = el("tbody");
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = el("tr");
    for (const v of vars) tr.append(cell(row[v]));
    body.append(tr);
  }
  table.append(body);
  out.replaceChildren(table);
  if (rows.length > MAX_ROWS) out.append(el("p", "showing the first " + MAX_ROWS + " rows", "hint"));
  return rows.length + (rows.length === 1 ? " row" : " rows");
}

async function run() {
  const button = $("run");
  const error = $("error");
  const form = new URLSearchParams();
  form.set("query", $("query").value);
  for (const p of activeParams) {
    form.set("$" + p.name, asTerm(p.type, $("param-" + p.name).value));
  }
  const accept = $("accept").value;
  button.disabled = true;
  error.hidden = true;
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { Accept: accept + ", text/turtle;q=0.9" },
      body: form,
    });
    const type = response.headers.get("Content-Type") || "";
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      $("results").replaceChildren();
      error.textContent = response.status + " " + (await response.text());
      error.hidden = false;
      $("status").textContent = "failed after " + ms + " ms";
      return;
    }
    let summary;
    if (type.includes("sparql-results+json")) {
      summary = renderJson(await response.json());
    } else {
      const text = await response.text();
      $("results").replaceChildren(el("pre", text));
      summary = text.length + " characters of " + type.split(";")[0];
    }
    $("status").textContent = summary + " in " + ms + " ms";
  } catch (err) {
    error.textContent = "the server did not answer: " + err.message;
    error.hidden = false;
    $("status").textContent = "";
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("endpoint").textContent = new URL("/sparql", window.location.href).href;
  $("example").addEventListener("change", chooseExample);
  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  loadLibrary();
});
