// detente UI: matrix evidence on click, and document highlights linked to the extraction list.
// Evidence is cloned from <template> elements rendered (and escaped) by the server; no
// article text is ever inserted as HTML here.
(function () {
  "use strict";
  function showEvidence(cell) {
    var key = cell.getAttribute("data-cell");
    var tpl = Array.prototype.find.call(document.querySelectorAll("template[data-evidence]"),
      function (t) { return t.getAttribute("data-evidence") === key; });
    var box = document.getElementById("evidence");
    if (!tpl || !box) return;
    box.replaceChildren(tpl.content.cloneNode(true));
    document.querySelectorAll("td.selected").forEach(function (c) { c.classList.remove("selected"); });
    cell.classList.add("selected");
    box.scrollIntoView({block: "start"});
  }
  document.querySelectorAll("td.cell[data-cell]").forEach(function (cell) {
    cell.addEventListener("click", function () { showEvidence(cell); });
    cell.addEventListener("keydown", function (e) { if (e.key === "Enter") showEvidence(cell); });
  });
  function activate(span) {
    document.querySelectorAll(".hl.active, .item.active").forEach(function (el) { el.classList.remove("active"); });
    span.classList.add("active");
    (span.getAttribute("data-ids") || "").split(" ").forEach(function (id) {
      var item = document.getElementById(id);
      if (item) { item.classList.add("active"); }
    });
    var first = document.querySelector(".item.active");
    if (first) first.scrollIntoView({block: "nearest"});
  }
  document.querySelectorAll(".hl[data-ids]").forEach(function (span) {
    span.addEventListener("click", function () { activate(span); });
    span.addEventListener("mouseenter", function () {
      span.title = (span.getAttribute("data-ids") || "").split(" ").map(function (id) {
        var item = document.getElementById(id);
        return item ? item.textContent.trim().replace(/\s+/g, " ") : id;
      }).join("\n");
    });
  });
})();
