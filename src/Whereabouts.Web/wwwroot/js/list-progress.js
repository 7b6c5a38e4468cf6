// The Lists page's progress bar: asks the page for the import's progress every second and shows
// it; when the import is over, reloads the page to show what came of it.
(function () {
    'use strict';
    var section = document.getElementById('import');
    if (!section) { return; }
    var url = section.getAttribute('data-progress');
    function set(id, text) {
        var element = document.getElementById(id);
        if (element && text !== null && text !== undefined) { element.textContent = text; }
    }
    function poll() {
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (progress) {
                if (!progress) { window.setTimeout(poll, 3000); return; }
                if (progress.finished) { window.location.reload(); return; }
                document.getElementById('import-progress').value = progress.fraction;
                set('import-stage', progress.stage);
                set('import-rows-done', progress.rowsDone);
                set('import-rows', progress.rows);
                set('import-rate', progress.rate);
                set('import-left', progress.left);
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
})();
