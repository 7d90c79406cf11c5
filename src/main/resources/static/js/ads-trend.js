// Draws the drill-down's trend from the JSON in data-chart: spend and ad sales per day as bars, ACoS as a line on a
// second axis (gaps on days without sales: ACoS is undefined there, not 0).
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var el = document.getElementById('ads-trend');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    if (!data.days.length) { return; }
    var days = data.days.map(function (d) { return d[0]; });
    var spend = data.days.map(function (d) { return d[1]; });
    var sales = data.days.map(function (d) { return d[2]; });
    var acos = data.days.map(function (d) { return d[3] === null ? null : Math.round(d[3] * 1000) / 10; });
    var chart = window.echarts.init(el);
    chart.setOption({
      grid: { left: 56, right: 48, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [el.dataset.spend, el.dataset.sales, el.dataset.acos] },
      xAxis: { type: 'category', data: days },
      yAxis: [{ type: 'value', min: 0, name: data.currency }, { type: 'value', min: 0, name: '%', splitLine: { show: false } }],
      series: [
        { name: el.dataset.spend, type: 'bar', data: spend },
        { name: el.dataset.sales, type: 'bar', data: sales },
        { name: el.dataset.acos, type: 'line', yAxisIndex: 1, data: acos, connectNulls: false }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
