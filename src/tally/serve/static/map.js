// The map page: bundled country outlines (no tile server unless one is configured) and the
// corpus's events and places as clustered points, read from /map/points.json.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("map");
    if (!box || !window.L) return;
    var map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 10], 2);
    if (box.dataset.tiles) {
      L.tileLayer(box.dataset.tiles, { maxZoom: 18, attribution: "tiles: " + new URL(box.dataset.tiles.replace(/[{}]/g, "")).host }).addTo(map);
    }
    fetch(box.dataset.world, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (world) {
      L.geoJSON(world, { style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0f3", fillOpacity: 1 }, interactive: false }).addTo(map);
      return fetch(box.dataset.points, { credentials: "same-origin" });
    }).then(function (r) { return r.json(); }).then(function (data) {
      var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
      data.points.forEach(function (p) {
        var marker = L.circleMarker([p.lat, p.lon], {
          radius: 6, weight: 1, color: "#fff", fillOpacity: 0.9,
          fillColor: p.kind === "event" ? "#c0392b" : "#2c6fbb", className: "pt pt-" + p.kind
        });
        // popup content built as DOM nodes with textContent: labels come from articles
        var content = document.createElement("div");
        var link = document.createElement("a");
        link.textContent = p.label;
        if (/^\/article\/[0-9a-f]+$/.test(p.href)) link.href = p.href;
        content.appendChild(link);
        marker.bindPopup(content);
        clusters.addLayer(marker);
      });
      map.addLayer(clusters);
      var count = document.getElementById("map-count");
      if (count) count.textContent = data.points.length + " points";
      box.dataset.ready = String(data.points.length);
    }).catch(function (err) {
      console.warn("map: " + err);
      var count = document.getElementById("map-count");
      if (count) count.textContent = "could not load the map data";
      box.dataset.ready = "error";
    });
  });
})();
