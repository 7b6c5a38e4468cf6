namespace Whereabouts.Web.Maps;

/// <summary>A position in decimal degrees (longitude first, as GeoJSON and TopoJSON write it).</summary>
internal readonly record struct GeoPoint(double Longitude, double Latitude);
