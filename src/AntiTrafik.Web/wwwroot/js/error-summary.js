// The error summary (GOV.UK pattern): the focus goes to it when the page opens, so the person hears and sees what is
// wrong; each of its links takes the focus to the field it is about (a group of choices: its first choice), with the
// field's label or legend in view.
(function () {
    'use strict';
    var summary = document.querySelector('[data-error-summary]');
    if (!summary) {
        return;
    }

    function fieldFor(id) {
        return document.getElementById(id) || document.getElementsByName(id)[0] || null;
    }

    summary.addEventListener('click', function (event) {
        var link = event.target.closest('a[href^="#"]');
        if (!link) {
            return;
        }

        var field = fieldFor(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (!field) {
            return;
        }

        event.preventDefault();
        var legend = field.closest('fieldset') ? field.closest('fieldset').querySelector('legend') : null;
        var label = field.id ? document.querySelector('label[for="' + CSS.escape(field.id) + '"]') : null;
        (legend || label || field).scrollIntoView();
        field.focus({ preventScroll: true });
    });

    summary.focus();
})();
