// Keeps what a person types in a long form (a form marked data-draft, see DraftFormTagHelper) as their draft on the
// server: the fields they changed, each with its label, 1.5 s after they stop typing, when they leave the page or
// switch away from it, and with the form when it is sent. Never the antiforgery token, hidden fields, passwords or files,
// and nothing in the browser's storage: on a shared computer the next person finds nothing. When the page brings a
// draft (data-draft-restore), the form is filled from it first.
(function () {
    'use strict';

    var delay = 1500;
    var skipped = ['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image'];

    function kept(element) {
        return element.name && !element.disabled && skipped.indexOf(element.type) < 0
            && ['INPUT', 'SELECT', 'TEXTAREA'].indexOf(element.tagName) >= 0;
    }

    function fields(form, name) {
        return Array.prototype.filter.call(form.elements, function (e) {
            return kept(e) && (name === undefined || e.name === name);
        });
    }

    function text(element) {
        return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    function ownLabel(element) {
        // A select made searchable (enhance-select.js) gave its label to the search box and keeps the text in data-label.
        return element.labels && element.labels.length > 0 ? text(element.labels[0]) : (element.dataset.label || element.getAttribute('aria-label') || '');
    }

    // What a person reads for the field: its label, or for a group of boxes the legend of their fieldset.
    function labelOf(form, name) {
        var elements = fields(form, name);
        var first = elements[0];
        if (!first) {
            return name;
        }

        if ((first.type === 'checkbox' || first.type === 'radio') && elements.length > 1) {
            var fieldset = first.closest('fieldset');
            var legend = fieldset ? fieldset.querySelector('legend') : null;
            return text(legend) || name;
        }

        return ownLabel(first) || name;
    }

    // The field's values, and for choices what the person read for them.
    function valuesOf(form, name) {
        var values = [];
        var texts = [];
        var elements = fields(form, name);
        var choice = false;
        elements.forEach(function (e) {
            if (e.type === 'checkbox' || e.type === 'radio') {
                choice = true;
                if (e.checked) {
                    values.push(e.value);
                    texts.push(elements.length > 1 ? ownLabel(e) : form.dataset.draftYesText);
                }
            } else if (e.tagName === 'SELECT') {
                choice = true;
                Array.prototype.forEach.call(e.selectedOptions, function (o) {
                    values.push(o.value);
                    texts.push(text(o));
                });
            } else {
                values.push(e.value);
            }
        });
        return { v: values, t: choice ? texts : null };
    }

    function fill(form, saved) {
        saved.forEach(function (field) {
            var values = field.v || [];
            var elements = fields(form, field.n);
            var textIndex = 0;
            elements.forEach(function (e) {
                if (e.type === 'checkbox' || e.type === 'radio') {
                    e.checked = values.indexOf(e.value) >= 0;
                } else if (e.tagName === 'SELECT') {
                    Array.prototype.forEach.call(e.options, function (o) {
                        o.selected = values.indexOf(o.value) >= 0;
                    });
                } else if (textIndex < values.length) {
                    e.value = values[textIndex++];
                }
            });
        });
    }

    function json(value) {
        try {
            return JSON.parse(value || '[]');
        } catch (e) {
            return [];
        }
    }

    function time() {
        var now = new Date();
        return String(now.getHours()).padStart(2, '0') + ':' + String(now.getMinutes()).padStart(2, '0');
    }

    function setUp(form) {
        var data = form.dataset;
        var status = form.querySelector('[data-draft-status]');
        var token = form.querySelector('input[name="__RequestVerificationToken"]');
        var known = {};
        var seen = {};
        var changed = {};
        var dirty = false;
        var timer = 0;
        var leaving = false;
        var sending = null;

        fields(form).forEach(function (e) {
            if (!(e.name in known)) {
                known[e.name] = seen[e.name] = JSON.stringify(valuesOf(form, e.name).v);
            }
        });

        function say(message) {
            if (status) {
                status.textContent = message;
            }
        }

        function typedJson() {
            return JSON.stringify(Object.keys(changed).map(function (name) {
                var values = valuesOf(form, name);
                return { n: name, l: labelOf(form, name), v: values.v, t: values.t };
            }));
        }

        function body() {
            var params = new URLSearchParams();
            params.append('__RequestVerificationToken', token ? token.value : '');
            params.append('Kind', data.draft);
            params.append('Record', data.draftRecord || '0');
            if (data.draftVersion) {
                params.append('BaseVersion', data.draftVersion);
            }

            params.append('Fields', typedJson());
            return params;
        }

        function save(keepalive) {
            clearTimeout(timer);
            if (sending && keepalive !== true) {
                // One at a time, in order, so an older draft never lands after a newer one.
                return sending.then(function () {
                    return save();
                });
            }

            if (!dirty) {
                return Promise.resolve();
            }

            dirty = false;
            var params = body();
            if (params.get('Fields').length > Number(data.draftMax)) {
                say(data.draftTooLongText);
                return Promise.resolve();
            }

            var encoded = params.toString();
            sending = fetch(data.draftSaveUrl, {
                method: 'POST',
                credentials: 'same-origin',
                redirect: 'manual',
                // A request that may outlive the page must stay small (the browser's limit is 64 KB).
                keepalive: keepalive === true && encoded.length < 60000,
                headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' },
                body: encoded
            }).then(function (response) {
                if (response.status === 204) {
                    // "Saved" only when nothing was typed since: the words always mean "all of it".
                    if (!dirty) {
                        say(data.draftSavedText.replace('{0}', time()));
                    }

                    document.dispatchEvent(new CustomEvent('antitrafik:activity'));
                } else if (response.status === 401 || response.type === 'opaqueredirect') {
                    say(data.draftEndedText);
                } else {
                    var plain = (response.headers.get('Content-Type') || '').indexOf('text/plain') === 0;
                    return (plain ? response.text() : Promise.resolve('')).then(function (message) {
                        say(message ? data.draftFailedText + ' ' + message : data.draftFailedText);
                    });
                }
            }).catch(function () {
                dirty = true;
                say(data.draftFailedText);
            }).then(function () {
                sending = null;
            });
            return sending;
        }

        function typedIn(event) {
            var name = event.target && event.target.name;
            if (leaving || !name || !(name in known) || !kept(event.target)) {
                return;
            }

            // Leaving a field also says "change": only a value that really changed counts.
            var current = JSON.stringify(valuesOf(form, name).v);
            if (current === seen[name]) {
                return;
            }

            seen[name] = current;
            changed[name] = true;
            dirty = true;
            say('');
            clearTimeout(timer);
            timer = setTimeout(save, delay);
        }

        // A draft the page brought: fill the form, and count its fields as changed (they are what the person typed).
        var restore = json(data.draftRestore);
        if (restore.length > 0) {
            fill(form, restore);
            restore.forEach(function (f) {
                if (f.n in known) {
                    seen[f.n] = JSON.stringify(valuesOf(form, f.n).v);
                }
            });
            var notice = form.querySelector('[data-draft-notice]');
            if (notice) {
                notice.hidden = false;
            }
        }

        restore.map(function (f) { return f.n; }).concat(json(data.draftNames)).forEach(function (name) {
            if (name in known) {
                changed[name] = true;
            }
        });

        form.addEventListener('input', typedIn);
        form.addEventListener('change', typedIn);

        // Sent: what was typed goes with the form (DraftAttribute keeps it as the draft if the form is refused, and deletes
        // the draft if the form is saved), so there is no separate request that could arrive after the form was saved.
        form.addEventListener('submit', function () {
            if (leaving) {
                return;
            }

            leaving = true;
            clearTimeout(timer);
            var typed = typedJson();
            if (Object.keys(changed).length === 0 || typed.length > Number(data.draftMax)) {
                return;
            }

            hidden('__Draft', typed);
            if (data.draftVersion) {
                hidden('__DraftBaseVersion', data.draftVersion);
            }
        });

        function hidden(name, value) {
            var input = form.querySelector('input[type="hidden"][name="' + name + '"]') || document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = value;
            form.appendChild(input);
        }

        function away() {
            if (!leaving && dirty) {
                save(true);
            }
        }

        window.addEventListener('pagehide', away);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') {
                away();
            }
        });

        form.querySelectorAll('[data-draft-discard]').forEach(function (button) {
            button.addEventListener('click', function () {
                button.disabled = true;
                leaving = true;
                clearTimeout(timer);
                var params = new URLSearchParams();
                params.append('__RequestVerificationToken', token ? token.value : '');
                fetch(button.getAttribute('data-draft-discard'), {
                    method: 'POST',
                    credentials: 'same-origin',
                    redirect: 'manual',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' },
                    body: params.toString()
                }).then(function () {
                    window.location.assign(data.draftPage);
                }, function () {
                    button.disabled = false;
                    leaving = false;
                    say(data.draftFailedText);
                });
            });
        });
    }

    document.querySelectorAll('form[data-draft]').forEach(setUp);
}());
