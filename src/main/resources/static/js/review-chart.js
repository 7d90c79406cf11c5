// Draws the chart of an action item's figure over time from the JSON in data-chart (series, unit, threshold line).
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var el = document.getElementById('item-chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var percent = data.unit === 'rate';
    var series = [{
      type: 'line',
      name: data.label,
      showSymbol: true,
      data: data.points.map(function (p) { return [p[0], Number(p[1])]; })
    }];
    if (data.threshold !== undefined) {
      series[0].markLine = {
        symbol: 'none',
        lineStyle: { color: '#dc3545', type: 'dashed' },
        data: [{ yAxis: Number(data.threshold) }]
      };
    }
    var chart = window.echarts.init(el);
    chart.setOption({
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', axisLabel: { formatter: percent ? '{value} %' : '{value}' } },
      series: series
    });
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
