// Passkeys for the second step of sign-in: adding one on the security page, and answering with one after the
// password. The server gives the WebAuthn options and a sealed state; the browser's answer goes back in an
// ordinary form post, so everything else (validation, messages, redirects) stays server-rendered.
(function () {
    'use strict';

    function token(form) {
        var field = form.querySelector('input[name="__RequestVerificationToken"]');
        return field ? field.value : '';
    }

    async function ceremony(form) {
        var response = await fetch(form.dataset.optionsUrl, {
            method: 'POST',
            credentials: 'same-origin',
            body: new URLSearchParams({ __RequestVerificationToken: token(form) })
        });
        if (!response.ok) {
            throw new Error('No passkey options: ' + response.status);
        }
        return response.json();
    }

    function fail(form) {
        var status = form.querySelector('[data-passkey-status]');
        if (status) {
            status.textContent = form.dataset.failed;
            status.hidden = false;
        }
    }

    function wire(form, run) {
        if (!form) {
            return;
        }
        if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
            form.hidden = true;
            return;
        }
        form.addEventListener('submit', async function (event) {
            if (form.elements.Credential.value) {
                return;
            }
            event.preventDefault();
            if (!form.reportValidity()) {
                return;
            }
            try {
                var started = await ceremony(form);
                var credential = await run(JSON.parse(started.options));
                form.elements.Credential.value = JSON.stringify(credential);
                form.elements.State.value = started.state;
                form.submit();
            } catch (error) {
                fail(form);
            }
        });
    }

    wire(document.querySelector('[data-passkey-add]'), function (options) {
        return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
    });
    wire(document.querySelector('[data-passkey-sign-in]'), function (options) {
        return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
    });
}());
