// Charts of the monitor page, drawn with Apache ECharts (served by Werkpad itself) from the JSON the
// page carries. Every chart has a "save as image" button (PNG). The tables hold the same figures, so the
// page works without JavaScript.
(function () {
  "use strict";
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === "undefined") {
      return;
    }
    var c = echarts.init(el, null, { renderer: "canvas" });
    option.toolbox = { feature: { saveAsImage: { type: "png", title: "PNG" } } };
    option.animation = false;
    c.setOption(option);
    window.addEventListener("resize", function () { c.resize(); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var t = data("tension-data");
    if (t) {
      chart("tension-chart", {
        grid: { left: 220, right: 40, top: 30, bottom: 56 },
        xAxis: { type: "value", name: "vacatures / WW < 6 mnd", nameLocation: "middle", nameGap: 30 },
        yAxis: { type: "category", data: t.labels, inverse: true, axisLabel: { width: 200, overflow: "truncate" } },
        series: [{ type: "bar", data: t.ratios, itemStyle: { color: "#1f4e79" } }],
        tooltip: { trigger: "axis" }
      });
    }
    var w = data("trend-data");
    if (w) {
      chart("trend-chart", {
        grid: { left: 50, right: 30, top: 30, bottom: 40 },
        xAxis: { type: "category", data: w.weeks },
        yAxis: { type: "value", name: "spanning" },
        series: [{ type: "line", data: w.ratios, itemStyle: { color: "#1f4e79" } }],
        tooltip: { trigger: "axis" }
      });
    }
  });
})();
