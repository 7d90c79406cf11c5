// Draws the profit page's trend from the JSON in data-chart: sales and profit as lines, ad spend as bars, per day.
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var el = document.getElementById('profit-chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var days = data.days.map(function (d) { return d[0]; });
    function column(i) { return data.days.map(function (d) { return Number(d[i]); }); }
    var chart = window.echarts.init(el);
    chart.setOption({
      grid: { left: 56, right: 16, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', name: data.currency },
      series: [
        { type: 'line', name: data.labels.sales, data: column(1), showSymbol: false },
        { type: 'line', name: data.labels.profit, data: column(2), showSymbol: false },
        { type: 'bar', name: data.labels.ads, data: column(3) }
      ]
    });
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
