// The menu works without JavaScript (details elements, a checkbox on a phone). With it, opening
// one group closes the others, and a click outside or Escape closes them all.
(function () {
    'use strict';
    var groups = document.querySelectorAll('details.menu-group');
    function closeAll(except) {
        groups.forEach(function (group) {
            if (group !== except) { group.removeAttribute('open'); }
        });
    }
    groups.forEach(function (group) {
        group.addEventListener('toggle', function () {
            if (group.open) { closeAll(group); }
        });
    });
    document.addEventListener('click', function (event) {
        if (!event.target.closest('details.menu-group')) { closeAll(null); }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') { closeAll(null); }
    });
}());
