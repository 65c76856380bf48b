// Turns a long <select data-enhance="search"> (institutions, countries) into a searchable box with Tom Select. The
// <select> stays in the form and is what is sent, so the page works the same without script: grouped options
// (<optgroup>) and, for several choices, the plain multiple select. Typing matches an option's name or its group's
// name ("Korçë" finds the institutions of Korçë county), with or without ë and ç.
(function () {
    'use strict';

    if (typeof window.TomSelect !== 'function') {
        return;
    }

    function labelText(select) {
        var label = select.labels && select.labels.length > 0 ? select.labels[0] : null;
        return label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    function enhance(select) {
        var data = select.dataset;
        var multiple = select.multiple;
        // The label moves to the search box; the draft script still names the field by what the person read.
        data.label = labelText(select);
        var describedBy = select.getAttribute('aria-describedby');
        var invalid = select.getAttribute('aria-invalid');

        var box = new window.TomSelect(select, {
            maxOptions: null,
            maxItems: multiple ? null : 1,
            closeAfterSelect: !multiple,
            allowEmptyOption: !multiple,
            lockOptgroupOrder: true,
            searchField: ['text', 'optgroup'],
            hidePlaceholder: false,
            placeholder: data.placeholder || null,
            plugins: multiple ? { remove_button: { title: data.removeText || '×' } } : {},
            render: {
                no_results: function () {
                    var div = document.createElement('div');
                    div.className = 'no-results';
                    div.textContent = data.noResults || '—';
                    return div;
                },
                optgroup_header: function (group) {
                    var div = document.createElement('div');
                    div.className = 'optgroup-header';
                    div.textContent = group.label;
                    return div;
                },
            },
        });

        // The list itself is now only what the form sends: out of reach (tabindex -1) and out of the accessibility tree,
        // since its label points at the box a person uses.
        select.setAttribute('aria-hidden', 'true');

        // Help text and error messages belong to the box a person now uses.
        if (describedBy) {
            box.focus_node.setAttribute('aria-describedby', describedBy);
        }

        if (invalid) {
            box.focus_node.setAttribute('aria-invalid', invalid);
            box.wrapper.classList.add('is-invalid');
        }

        // The "hold Ctrl" help is for the plain list only.
        Array.prototype.forEach.call(document.querySelectorAll('[data-plain-select-help="' + select.id + '"]'), function (help) {
            help.hidden = true;
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('select[data-enhance="search"]'), enhance);
})();
