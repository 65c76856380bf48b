// The "Print" button of a print page (_PrintLayout): shown only where script runs, since it only opens the browser's
// print dialog; without script the browser's own menu prints the page. The buttons are left out of the printout (print.css).
(function () {
    'use strict';

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.print();
        });
    });
}());
