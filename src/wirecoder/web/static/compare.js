/* wirecoder web: readout comparison. Clicking a point (or an evidence sentence) marks it
   and scrolls every account's text to its evidence. No inline scripts (CSP). */
(function () {
  "use strict";

  function show(id) {
    document.querySelectorAll(".cmp-point.active, mark.ev.active").forEach(function (e) {
      e.classList.remove("active");
    });
    document.querySelectorAll('.cmp-point[data-point="' + id + '"]').forEach(function (e) {
      e.classList.add("active");
    });
    document.querySelectorAll(".cmp-account").forEach(function (col) {
      var box = col.querySelector(".cmp-text");
      var marks = Array.prototype.filter.call(col.querySelectorAll("mark.ev"), function (m) {
        return m.dataset.points.split(" ").indexOf(id) >= 0;
      });
      marks.forEach(function (m) { m.classList.add("active"); });
      if (marks.length && box) {
        var r = marks[0].getBoundingClientRect(), b = box.getBoundingClientRect();
        box.scrollTop += r.top - b.top - box.clientHeight / 3;
      }
    });
    document.body.dataset.shownPoint = id;  // for tests
  }

  function onPick(ev) {
    var point = ev.target.closest(".cmp-point");
    if (point) { show(point.dataset.point); return; }
    var mark = ev.target.closest("mark.ev");
    if (mark) { show(mark.dataset.points.split(" ")[0]); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.getElementById("comparison");
    if (!root) return;
    root.addEventListener("click", onPick);
    root.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { onPick(ev); }
    });
    root.dataset.ready = "1";
  });
})();
