/* danchieu pages: draw the embedded graphs with vis-network, filter the index.
   Graph data arrives as JSON in <script type="application/json">; tooltips are HTML that the
   Python side escaped (every string from a document), turned into elements here. */
(function () {
  "use strict";
  window.danchieuGraphs = {};

  function tip(html) {
    var box = document.createElement("div");
    box.className = "dc-tip";
    box.innerHTML = html;       // escaped on the Python side
    return box;
  }

  function draw(el) {
    var source = document.getElementById(el.dataset.payload);
    if (!source || typeof vis === "undefined") return;
    var payload = JSON.parse(source.textContent);
    payload.nodes.forEach(function (n) { if (n.title) n.title = tip(n.title); });
    payload.edges.forEach(function (e) { if (e.title) e.title = tip(e.title); });
    var nodes = new vis.DataSet(payload.nodes);
    var edges = new vis.DataSet(payload.edges);
    var filters = {};
    var nodeView = new vis.DataView(nodes, {
      filter: function (n) {
        return Object.keys(filters).every(function (k) { return filters[k](n); });
      }
    });
    var network = new vis.Network(el, {nodes: nodeView, edges: edges}, payload.options);
    network.on("click", function (params) {
      if (params.nodes.length) {
        var n = nodes.get(params.nodes[0]);
        if (n && n.url) window.location.href = n.url;
      }
    });
    network.on("hoverNode", function () { el.style.cursor = "pointer"; });
    network.on("blurNode", function () { el.style.cursor = "default"; });
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.fit();
    });
    network.once("afterDrawing", function () {
      if (!payload.options.physics || payload.options.physics.enabled === false) network.fit();
      el.dataset.drawn = "1";
    });
    window.danchieuGraphs[el.id] = {network: network, nodes: nodes, edges: edges, view: nodeView,
                                    filters: filters};
  }

  function overviewFilters(form) {
    var g = window.danchieuGraphs[form.dataset.graph];
    if (!g) return;
    function apply() {
      var levels = [];
      form.querySelectorAll("input[type=checkbox][data-key=level_name]").forEach(function (box) {
        if (box.checked) levels.push(box.value);
      });
      var least = parseInt(form.querySelector("input[data-key=cited]").value || "0", 10) || 0;
      g.filters.level = function (n) { return levels.indexOf(n.level_name || "") >= 0; };
      g.filters.cited = function (n) { return (n.cited || 0) >= least; };
      g.view.refresh();
    }
    form.addEventListener("change", apply);
    form.addEventListener("input", apply);
  }

  // Fold text as danchieu.extract.normalize.fold_key does (views/search.py): the query and
  // every row alike, so tone placement, missing diacritics, case and NFD input do not matter.
  var foldTable = null;
  function fold(text) {
    if (foldTable === null) {
      var data = document.getElementById("fold-table");    // match_view's look-alikes
      foldTable = data ? JSON.parse(data.textContent) : {};
    }
    var out = "";
    // NFKC: full-width digits and letters ("１２４") are the ASCII ones, as the CLI reads them
    for (var ch of String(text || "").normalize("NFKC")) out += foldTable[ch] || ch;
    return out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0110\u0111]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  window.danchieuFold = fold;

  function unzero(number) { return number.replace(/^0+(?=\d)/, ""); }

  // A query word: a number matches a whole number ("29" is not in "2029"), else a substring.
  function wordTest(word) {
    if (!/^\d+$/.test(word)) return function (key) { return key.indexOf(word) >= 0; };
    var whole = new RegExp("(^|\\D)0*" + unzero(word) + "(?!\\d)");
    return function (key) { return whole.test(key); };
  }

  // "Quy định 124", "nghi quyet so 29": a type word, then the number, as `danchieu show` reads
  // them; or the number and what follows it in the symbol ("Nghị định 93/2021", "Nghị quyết số
  // 29-NQ/TW").
  var TYPED = /^(\D*?)\s*(?:\bso\s*:?\s*)?(\d+)(\S*)$/;

  function searchTable() {
    var table = document.getElementById("docs");
    if (!table) return;
    var q = document.getElementById("q"), type = document.getElementById("f-type"),
        level = document.getElementById("f-level"), year = document.getElementById("f-year"),
        count = document.getElementById("count");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows).map(function (r) {
      return {row: r, key: fold(r.dataset.text), type: fold(r.dataset.type), number: r.dataset.number || ""};
    });
    function matches(query) {
      var tests = query.split(" ").filter(Boolean).map(wordTest);
      var typed = TYPED.exec(query), head = typed && typed[1].trim(), number = typed && unzero(typed[2]),
          rest = typed && typed[3];
      return function (d) {
        return tests.every(function (t) { return t(d.key); }) ||
          (!!head && d.type === head && d.number === number && (!rest || d.key.indexOf(rest) >= 0));
      };
    }
    function apply() {
      var hit = matches(fold(q.value)), shown = 0;
      rows.forEach(function (d) {
        var r = d.row;
        var ok = hit(d) &&
          (!type.value || r.dataset.type === type.value) &&
          (!level.value || r.dataset.level === level.value) &&
          (!year.value || r.dataset.year === year.value);
        r.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = shown;
    }
    [q, type, level, year].forEach(function (c) { c.addEventListener("input", apply); c.addEventListener("change", apply); });
    apply();
  }

  document.querySelectorAll(".dc-graph").forEach(draw);
  document.querySelectorAll("form[data-graph]").forEach(overviewFilters);
  searchTable();
})();
