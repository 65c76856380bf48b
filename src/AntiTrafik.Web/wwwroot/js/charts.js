// Draws a bar chart above every table marked data-chart, from the table's own cells, so the chart and
// the accessible table always show the same numbers. Cells shown as "<5" are drawn as 0.
(function () {
    'use strict';
    if (!window.Chart) { return; }
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
        var labels = [], values = [];
        table.querySelectorAll('tbody tr').forEach(function (row) {
            var cells = row.querySelectorAll('th, td');
            if (cells.length < 2) { return; }
            labels.push(cells[0].textContent.trim());
            var value = parseInt(cells[1].textContent.trim(), 10);
            values.push(isNaN(value) ? 0 : value);
        });
        var canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', table.getAttribute('data-chart'));
        canvas.setAttribute('data-testid', 'chart-' + table.id);
        table.parentNode.insertBefore(canvas, table);
        var chart = new Chart(canvas, {
            type: 'bar',
            data: { labels: labels, datasets: [{ label: table.getAttribute('data-chart'), data: values, backgroundColor: '#1d3557' }] },
            options: { animation: false, aspectRatio: 2.5, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
        });
        canvas.chartValues = values;
        canvas.dataset.values = values.join(',');
    });
})();
