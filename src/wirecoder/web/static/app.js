/* wirecoder web: layer toggles and the dyad chart (uPlot). No inline scripts (CSP). */
(function () {
  "use strict";

  function layerToggles() {
    var text = document.getElementById("article-text");
    if (!text) return;
    document.querySelectorAll("input[data-layer]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      });
    });
  }

  function dyadChart() {
    var host = document.getElementById("dyad-chart");
    var dataNode = document.getElementById("chart-data");
    if (!host || !dataNode || typeof uPlot === "undefined") return;
    var chart = JSON.parse(dataNode.textContent);
    var quads = ["VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT", "MATERIAL_CONFLICT"];
    var st = chart.styles;
    // Markers only where there is something: zero counts and empty periods stay bare lines.
    function nonZero(u, si) {
      var shown = [];
      u.data[si].forEach(function (v, i) { if (v != null && (si === 5 || v > 0)) shown.push(i); });
      return shown;
    }
    function series(key, scale) {
      var s = st[key];
      return {
        label: s.label, scale: scale, stroke: s.color, width: s.width, dash: s.dash,
        spanGaps: false,
        points: { show: true, size: s.points + 2, width: 2, stroke: s.color,
                  fill: s.fill ? s.color : "#ffffff", filter: nonZero }
      };
    }
    var data = [chart.x];
    var defs = [{ label: host.dataset.by, value: function (u, v, si, i) { return i == null ? "" : chart.periods[i]; } }];
    quads.forEach(function (q) { data.push(chart.quads[q]); defs.push(series(q, "n")); });
    data.push(chart.mean_score); defs.push(series("mean_score", "score"));
    var opts = {
      width: Math.max(host.clientWidth, 600), height: 380,
      series: defs,
      scales: { x: { time: true }, score: { range: [-10, 10] } },
      axes: [
        { label: "", size: 40, font: "14px system-ui", stroke: "#333" },
        { label: "events", scale: "n", font: "14px system-ui", labelFont: "bold 14px system-ui", stroke: "#333", grid: { stroke: "#e5e5e5" } },
        { label: "mean PLOVER score", scale: "score", side: 1, font: "14px system-ui", labelFont: "bold 14px system-ui", stroke: "#333", grid: { show: false } }
      ],
      cursor: { points: { size: 12 }, drag: { x: false, y: false } },
      legend: { live: true }
    };
    var plot = new uPlot(opts, data, host);
    var base = "/dyad/events?a=" + encodeURIComponent(host.dataset.a) + "&b=" + encodeURIComponent(host.dataset.b) +
      "&by=" + encodeURIComponent(host.dataset.by) + "&direction=" + encodeURIComponent(host.dataset.direction);
    plot.over.addEventListener("click", function () {
      var i = plot.cursor.idx;
      if (i == null || !chart.events[i]) return;
      var url = base + "&period=" + encodeURIComponent(chart.periods[i]);
      if (window.htmx) {
        htmx.ajax("GET", url, { target: "#period-events" });
      } else {
        fetch(url).then(function (r) { return r.text(); }).then(function (html) {
          document.getElementById("period-events").innerHTML = html;
        });
      }
    });
    window.wirecoderChart = plot;  // for tests and the console
    host.dataset.ready = "1";
    window.addEventListener("resize", function () {
      plot.setSize({ width: Math.max(host.clientWidth, 600), height: 380 });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    layerToggles();
    dyadChart();
  });
})();
