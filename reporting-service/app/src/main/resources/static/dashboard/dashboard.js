/*
 * The dashboards' behaviour, all progressive enhancement: the tables are the truth and work without it.
 * - Every element with data-chart draws the table named by data-table as a chart: the row headers are the categories,
 *   each column whose header has data-series is a series, and each cell's data-value is its number.
 * - The element with data-live is fetched again every few seconds and replaced when the server's rendering of it
 *   changed, so a page follows the events as they arrive without a reload (and without losing a half-typed form,
 *   which lives outside it).
 */
(function () {
  'use strict';
  var REFRESH_MS = 5000;

  function series(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var columns = [];
    headers.forEach(function (th, index) { if (th.hasAttribute('data-series')) { columns.push({ index: index, name: th.textContent.trim() }); } });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var categories = rows.map(function (row) { var th = row.querySelector('th'); return th ? th.textContent.trim() : ''; });
    return {
      categories: categories,
      series: columns.map(function (column) {
        return {
          name: column.name, type: 'bar',
          data: rows.map(function (row) {
            var cell = row.children[column.index];
            var value = cell && cell.getAttribute('data-value');
            return value === null || value === undefined || value === '' ? 0 : Number(value);
          })
        };
      })
    };
  }

  function draw(root) {
    if (typeof window.echarts === 'undefined') { return; }
    Array.prototype.forEach.call(root.querySelectorAll('[data-chart]'), function (element) {
      var table = document.getElementById(element.getAttribute('data-table'));
      if (!table) { return; }
      var data = series(table);
      var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { show: data.series.length > 1 },
        grid: { containLabel: true, left: 8, right: 16, top: data.series.length > 1 ? 32 : 8, bottom: 8 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: data.categories, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
        series: data.series
      }, true);
    });
  }

  function follow() {
    var live = document.querySelector('[data-live]');
    if (!live || !window.fetch || !window.DOMParser) { return; }
    var current = live.innerHTML;
    window.setInterval(function () {
      if (document.hidden) { return; }
      window.fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) { return; }
          var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live]');
          if (!fresh || fresh.innerHTML === current) { return; }
          current = fresh.innerHTML;
          live.innerHTML = current;
          live.setAttribute('data-refreshed', new Date().toISOString());
          draw(live);
        })
        .catch(function () { /* the next round tries again */ });
    }, REFRESH_MS);
  }

  function start() {
    draw(document);
    follow();
    window.addEventListener('resize', function () {
      if (typeof window.echarts === 'undefined') { return; }
      Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
        var chart = window.echarts.getInstanceByDom(element);
        if (chart) { chart.resize(); }
      });
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
