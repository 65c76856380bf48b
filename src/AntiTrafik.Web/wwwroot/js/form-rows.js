// Rows of a list in a form (a meeting's named participants): "Add another row" adds one here instead of sending the form,
// and each row gets a "Remove" button. The fields are named List[0].Field, List[1].Field…; after each change the rows are
// numbered again from 0 so that the server reads every row. Without script the page shows empty rows and the add button
// sends the form, which comes back with one more row.
(function () {
    'use strict';

    function renumber(list) {
        list.querySelectorAll('[data-row]').forEach(function (row, index) {
            row.querySelectorAll('[name]').forEach(function (field) {
                field.name = field.name.replace(/\[\d+\]/, '[' + index + ']');
            });
            row.querySelectorAll('[data-valmsg-for]').forEach(function (message) {
                message.setAttribute('data-valmsg-for', message.getAttribute('data-valmsg-for').replace(/\[\d+\]/, '[' + index + ']'));
            });
            row.querySelectorAll('[id]').forEach(function (element) {
                element.id = element.id.replace(/-\d+$/, '-' + index);
            });
            row.querySelectorAll('label[for]').forEach(function (label) {
                label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + index);
                if (label.dataset.rowLabel) {
                    label.textContent = label.dataset.rowLabel.replace('{0}', String(index + 1));
                }
            });
        });
    }

    function clear(row) {
        row.querySelectorAll('input').forEach(function (input) {
            if (input.type === 'checkbox' || input.type === 'radio') {
                input.checked = false;
            } else {
                input.value = '';
            }
        });
        row.querySelectorAll('.invalid-feedback, .field-validation-error').forEach(function (message) {
            message.textContent = '';
        });
        row.querySelectorAll('[aria-invalid]').forEach(function (field) {
            field.removeAttribute('aria-invalid');
            field.classList.remove('is-invalid');
        });
    }

    function setUp(list) {
        var add = list.querySelector('[data-add-row]');

        function wire(row) {
            var remove = row.querySelector('[data-remove-row]');
            if (!remove) {
                return;
            }

            remove.hidden = false;
            remove.addEventListener('click', function () {
                var rows = list.querySelectorAll('[data-row]');
                if (rows.length === 1) {
                    clear(row);
                    row.querySelector('input').focus();
                    return;
                }

                var next = row.nextElementSibling && row.nextElementSibling.matches('[data-row]') ? row.nextElementSibling : null;
                row.remove();
                renumber(list);
                (next ? next.querySelector('input') : add).focus();
            });
        }

        list.querySelectorAll('[data-row]').forEach(wire);
        if (add) {
            add.addEventListener('click', function (event) {
                event.preventDefault();
                var rows = list.querySelectorAll('[data-row]');
                var copy = rows[rows.length - 1].cloneNode(true);
                clear(copy);
                rows[rows.length - 1].after(copy);
                wire(copy);
                renumber(list);
                copy.querySelector('input').focus();
            });
        }
    }

    document.querySelectorAll('[data-rows]').forEach(setUp);
}());
