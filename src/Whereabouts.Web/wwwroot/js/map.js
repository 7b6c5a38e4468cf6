// The pan-and-zoom map (Leaflet, served from /lib/leaflet, no tile server): country boundaries as
// GeoJSON, places as labelled points, incidents as numbered marks. The server-drawn SVG is the
// fallback without JavaScript or without Leaflet, and stays in the page until this map is drawn.
(function () {
    'use strict';
    var holder = document.getElementById('map-interactive');
    if (!holder) { return; }
    if (typeof window.L === 'undefined') {
        if (window.console) { window.console.error('Leaflet is missing: the map stays server-drawn.'); }
        return;
    }
    var L = window.L;

    function link(href, text) {
        var a = document.createElement('a');
        a.href = href;
        a.textContent = text;
        return a;
    }

    function popup(title, href, detail) {
        var box = document.createElement('div');
        box.appendChild(link(href, title));
        if (detail) {
            box.appendChild(document.createElement('br'));
            box.appendChild(document.createTextNode(detail));
        }
        return box;
    }

    // Labels are drawn most important first; one that would overlap a label already shown is
    // hidden until zooming in makes room for it.
    function declutter(labels) {
        var shown = [];
        labels.forEach(function (label) {
            var element = label.getElement && label.getElement();
            if (!element) { return; }
            element.style.visibility = 'visible';
            var box = element.getBoundingClientRect();
            var overlaps = shown.some(function (other) {
                return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
            });
            if (overlaps) {
                element.style.visibility = 'hidden';
            } else {
                shown.push(box);
            }
        });
    }

    fetch(holder.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
            if (!response.ok) { throw new Error('map data: ' + response.status); }
            return response.json();
        })
        .then(function (data) {
            holder.hidden = false;
            var fallback = document.getElementById('map-static');
            if (fallback) { fallback.hidden = true; }

            var map = L.map(holder, { zoomSnap: 0.5, worldCopyJump: false });
            var region = data.region;
            map.fitBounds([[region[0], region[1]], [region[2], region[3]]]);
            map.attributionControl.setPrefix(false);
            map.attributionControl.addAttribution(holder.getAttribute('data-attribution') || '');
            L.geoJSON(data.countries, {
                style: { className: 'country', color: '#8a8170', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
                interactive: false
            }).addTo(map);

            var rank = { village: 0, other: 0, town: 1, region: 2, country: 3 };
            var labels = [];
            data.places.slice().sort(function (a, b) { return (rank[b.kind] || 0) - (rank[a.kind] || 0); }).forEach(function (place) {
                var point = L.circleMarker([place.latitude, place.longitude], {
                    radius: place.kind === 'country' || place.kind === 'region' ? 2 : 3.5,
                    color: '#23395d', fillColor: '#23395d', fillOpacity: 1, weight: 1
                }).addTo(map);
                point.bindPopup(popup(place.name, place.href));
                var label = L.tooltip({ permanent: true, direction: 'right', className: 'map-label map-label-' + place.kind, offset: [4, 0] })
                    .setLatLng([place.latitude, place.longitude])
                    .setContent(place.name);
                label.addTo(map);
                labels.push(label);
            });

            var started = holder.getAttribute('data-started') || '';
            // Incidents at the same spot (two exchanges in one country) sit side by side.
            var taken = {};
            data.incidents.forEach(function (incident) {
                incident.marks.forEach(function (mark) {
                    var spot = mark[0].toFixed(3) + ',' + mark[1].toFixed(3);
                    var shift = (taken[spot] || 0) * 22;
                    taken[spot] = (taken[spot] || 0) + 1;
                    var icon = L.divIcon({ className: 'map-incident', html: String(Number(incident.number)), iconSize: [20, 20], iconAnchor: [10 - shift, 10] });
                    L.marker(mark, { icon: icon, keyboard: true, title: incident.number + '. ' + incident.name, zIndexOffset: 1000 })
                        .bindPopup(popup(incident.number + '. ' + incident.name, incident.href, started + ' ' + incident.started))
                        .addTo(map);
                });
            });

            var tidy = function () { declutter(labels); };
            map.on('zoomend moveend', tidy);
            tidy();
        })
        .catch(function (error) {
            // The server-drawn map stays: nothing is lost but the zoom.
            holder.hidden = true;
            var fallback = document.getElementById('map-static');
            if (fallback) { fallback.hidden = false; }
            if (window.console) { window.console.error('The interactive map could not be drawn:', error); }
        });
}());
