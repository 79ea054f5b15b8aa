"""The bundled Natural Earth outlines load, carry ISO codes the gazetteer uses, and are valid rings."""

from __future__ import annotations

from tally.resources.world import countries_by_iso2, load_countries


def test_world_outlines_load_with_iso_codes():
    data = load_countries()
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 177
    assert load_countries() is data  # cached
    by_code = countries_by_iso2()
    iran = by_code["IR"]["properties"]
    assert (iran["iso_a3"], iran["name"]) == ("IRN", "Iran")
    assert by_code["US"]["properties"]["iso_a3"] == "USA"
    assert by_code["XK"]["properties"]["ne_name"] == "Kosovo"


def test_world_outlines_rings_are_closed_and_in_range():
    for feature in load_countries()["features"]:
        assert feature["geometry"]["type"] == "MultiPolygon"
        assert feature["geometry"]["coordinates"], feature["properties"]
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1]
                assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in ring)
