// The dossier's Print button: a file of its own, since the Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () { window.print(); });
    });
});
