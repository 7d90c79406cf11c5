// Draws a SKU's demand from the JSON in data-chart: units sold per day (out-of-stock days marked), the forecast
// with its 80 % and 95 % prediction intervals as bands, and the units available at FBA on a second axis.
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var el = document.getElementById('inventory-chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var days = [];
    var index = {};
    function day(d) { if (!(d in index)) { index[d] = days.length; days.push(d); } }
    data.history.forEach(function (h) { day(h[0]); });
    data.stock.forEach(function (s) { day(s[0]); });
    data.forecast.forEach(function (f) { day(f[0]); });
    days.sort();
    days.forEach(function (d, i) { index[d] = i; });
    function empty() { return days.map(function () { return null; }); }
    var sold = empty(), censored = empty(), mean = empty(), low80 = empty(), band80 = empty(),
        low95 = empty(), band95 = empty(), stock = empty();
    data.history.forEach(function (h) {
      if (h[2]) { sold[index[h[0]]] = h[1]; } else { censored[index[h[0]]] = h[1]; }
    });
    data.forecast.forEach(function (f) {
      var i = index[f[0]];
      mean[i] = Number(f[1]);
      low80[i] = Number(f[2]); band80[i] = Number(f[3]) - Number(f[2]);
      low95[i] = Number(f[4]); band95[i] = Number(f[5]) - Number(f[4]);
    });
    data.stock.forEach(function (s) { stock[index[s[0]]] = s[1]; });
    var chart = window.echarts.init(el);
    chart.setOption({
      grid: { left: 48, right: 48, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [data.labels.sold, data.labels.censored, data.labels.forecast, data.labels.p80,
        data.labels.p95, data.labels.available] },
      xAxis: { type: 'category', data: days },
      yAxis: [{ type: 'value', min: 0 }, { type: 'value', min: 0, splitLine: { show: false } }],
      series: [
        { type: 'line', name: 'low95', stack: 'p95', data: low95, lineStyle: { opacity: 0 }, showSymbol: false,
          tooltip: { show: false }, silent: true },
        { type: 'line', name: data.labels.p95, stack: 'p95', data: band95, lineStyle: { opacity: 0 },
          areaStyle: { color: '#cfe2ff' }, showSymbol: false },
        { type: 'line', name: 'low80', stack: 'p80', data: low80, lineStyle: { opacity: 0 }, showSymbol: false,
          tooltip: { show: false }, silent: true },
        { type: 'line', name: data.labels.p80, stack: 'p80', data: band80, lineStyle: { opacity: 0 },
          areaStyle: { color: '#9ec5fe' }, showSymbol: false },
        { type: 'bar', name: data.labels.sold, data: sold, itemStyle: { color: '#6c757d' } },
        { type: 'bar', name: data.labels.censored, data: censored, itemStyle: { color: '#dc3545' } },
        { type: 'line', name: data.labels.forecast, data: mean, showSymbol: false, lineStyle: { width: 2 },
          itemStyle: { color: '#0d6efd' } },
        { type: 'line', name: data.labels.available, data: stock, yAxisIndex: 1, showSymbol: false,
          connectNulls: true, itemStyle: { color: '#198754' } }
      ]
    });
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
