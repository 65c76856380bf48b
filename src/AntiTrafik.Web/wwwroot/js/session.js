// Warns two minutes before a signed-in session ends for want of use (30 minutes), with a button that keeps it
// alive, so a half-filled form is not lost. Other tabs of the portal share the clock through localStorage.
(function () {
    'use strict';

    var box = document.querySelector('[data-session-warning]');
    if (!box) {
        return;
    }

    var lifetime = Number(box.dataset.sessionSeconds) * 1000;
    var warnBefore = Number(box.dataset.warnSeconds) * 1000;
    var keepButton = box.querySelector('[data-session-keep]');
    var text = box.querySelector('[data-session-text]');
    var signIn = box.querySelector('[data-session-sign-in]');
    var storageKey = 'antitrafik.session.activity';
    var warnTimer = 0;
    var endTimer = 0;

    function schedule(from) {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        var elapsed = Date.now() - from;
        warnTimer = setTimeout(warn, Math.max(0, lifetime - warnBefore - elapsed));
        endTimer = setTimeout(ended, Math.max(0, lifetime - elapsed));
    }

    function active(at) {
        box.hidden = true;
        text.textContent = box.dataset.warningText;
        keepButton.hidden = false;
        signIn.hidden = true;
        schedule(at);
    }

    function warn() {
        box.hidden = false;
        keepButton.focus();
    }

    function ended() {
        text.textContent = box.dataset.endedText;
        keepButton.hidden = true;
        signIn.hidden = false;
        box.hidden = false;
        signIn.focus();
    }

    function share(at) {
        try {
            localStorage.setItem(storageKey, String(at));
        } catch (e) {
            // Storage off: this tab keeps its own clock.
        }
    }

    keepButton.addEventListener('click', async function () {
        keepButton.disabled = true;
        try {
            var response = await fetch(box.dataset.keepAliveUrl, {
                method: 'POST',
                credentials: 'same-origin',
                redirect: 'manual',
                body: new URLSearchParams({ __RequestVerificationToken: box.querySelector('input[name="__RequestVerificationToken"]').value })
            });
            if (response.status === 204) {
                var now = Date.now();
                share(now);
                active(now);
            } else {
                ended();
            }
        } catch (e) {
            ended();
        } finally {
            keepButton.disabled = false;
        }
    });

    // A draft saved while the person types (drafts.js) renews the session on the server like any request: the clock starts again.
    document.addEventListener('antitrafik:activity', function () {
        var now = Date.now();
        share(now);
        active(now);
    });

    window.addEventListener('storage', function (event) {
        if (event.key === storageKey && event.newValue) {
            active(Number(event.newValue));
        }
    });

    var loaded = Date.now();
    share(loaded);
    active(loaded);
}());
