"""The report's only script: sort a table by a header click, filter the students table.

It runs offline from a ``file:`` page: no fetch, no module, no outside
address (the page's content security policy allows none). Sort keys are the
cells' ``data-v`` attributes (the plain text when absent); a column whose
keys are all numbers sorts as numbers, empty keys last. Student rows carry
``data-id`` (the id, lower case) and ``data-marks`` (``flagged ta late
error``), which the filter box and the check boxes match.
"""
from __future__ import annotations

SCRIPT = r"""
(function () {
  "use strict";
  function key(row, i) {
    var cell = row.cells[i];
    if (!cell) return "";
    return cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent.trim();
  }
  function sortBy(th) {
    var table = th.closest("table"), body = table.tBodies[0], i = th.cellIndex;
    var rows = Array.prototype.slice.call(body.rows);
    var keys = rows.map(function (r) { return key(r, i); });
    var numeric = keys.every(function (k) { return k === "" || !isNaN(Number(k)); });
    var down = th.getAttribute("aria-sort") === "ascending";
    var order = rows.map(function (r, n) { return n; });
    order.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      if (x === "" || y === "") return (x === "") - (y === "") || a - b;
      var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return (down ? -c : c) || a - b;
    });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", down ? "descending" : "ascending");
    var frag = document.createDocumentFragment();
    order.forEach(function (n) { frag.appendChild(rows[n]); });
    body.appendChild(frag);
  }
  document.querySelectorAll("table.sortable th.sort").forEach(function (th) {
    th.title = "sort by this column";
    th.addEventListener("click", function () { sortBy(th); });
  });
  var table = document.getElementById("student-table");
  var box = document.getElementById("student-filter");
  if (!table || !box) return;
  var marks = document.querySelectorAll(".filters input[data-mark]");
  var count = document.getElementById("student-count");
  function filter() {
    var text = box.value.trim().toLowerCase(), shown = 0;
    var wanted = Array.prototype.filter.call(marks, function (m) { return m.checked; })
      .map(function (m) { return m.getAttribute("data-mark"); });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var have = " " + row.getAttribute("data-marks") + " ";
      var ok = row.getAttribute("data-id").indexOf(text) !== -1 &&
        wanted.every(function (m) { return have.indexOf(" " + m + " ") !== -1; });
      row.hidden = !ok;
      shown += ok ? 1 : 0;
    });
    count.textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
  }
  box.addEventListener("input", filter);
  marks.forEach(function (m) { m.addEventListener("change", filter); });
  filter();
})();
"""
