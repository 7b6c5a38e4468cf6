using System.Text.Json;

namespace Whereabouts.Web.Maps;

/// <summary>
/// Reads the polygons of one object of a TopoJSON topology (such as <c>countries</c> in world-atlas)
/// into rings of longitude–latitude positions.
/// </summary>
/// <remarks>
/// <para>TopoJSON stores each shared border once, as an <em>arc</em>, and polygons as lists of arc
/// indices; a negative index <c>i</c> means arc <c>~i</c> (that is, −i − 1) walked backwards. When
/// the topology has a <c>transform</c>, arc positions are whole numbers on a grid and every position
/// after an arc's first is the difference from the one before (delta encoding): a position is the
/// running sum of the deltas, times <c>scale</c>, plus <c>translate</c>. Consecutive arcs of a ring
/// share their joining position, which is kept once.</para>
/// <para>Written from the format's description; only Polygon and MultiPolygon geometries are read
/// (points and lines are not boundaries), and a geometry collection nested in another is not.</para>
/// </remarks>
internal static class TopoJsonReader
{
    /// <summary>The features of the object <paramref name="objectName"/>, named by their <c>properties.name</c> (or id).</summary>
    /// <exception cref="InvalidDataException">The text is not a topology with that object.</exception>
    public static IReadOnlyList<Boundary> Read(Stream json, string objectName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, objectName);
    }

    /// <inheritdoc cref="Read(Stream, string)"/>
    public static IReadOnlyList<Boundary> Read(string json, string objectName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, objectName);
    }

    private static List<Boundary> Read(JsonElement root, string objectName)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
        {
            throw new InvalidDataException("Not a TopoJSON topology: its type must be \"Topology\".");
        }

        if (!root.TryGetProperty("objects", out var objects) || !objects.TryGetProperty(objectName, out var collection))
        {
            throw new InvalidDataException($"The topology has no object \"{objectName}\".");
        }

        var arcs = DecodeArcs(root);
        var boundaries = new List<Boundary>();
        var geometries = collection.TryGetProperty("geometries", out var list) ? list.EnumerateArray().ToList() : [collection];
        foreach (var geometry in geometries)
        {
            var rings = new List<IReadOnlyList<GeoPoint>>();
            var kind = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (kind == "Polygon")
            {
                AddPolygon(geometry.GetProperty("arcs"), arcs, rings);
            }
            else if (kind == "MultiPolygon")
            {
                foreach (var polygon in geometry.GetProperty("arcs").EnumerateArray())
                {
                    AddPolygon(polygon, arcs, rings);
                }
            }
            else
            {
                continue;
            }

            boundaries.Add(new Boundary(NameOf(geometry), rings));
        }

        return boundaries;
    }

    private static string NameOf(JsonElement geometry)
    {
        if (geometry.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            return name.GetString()!;
        }

        return geometry.TryGetProperty("id", out var id) ? id.ToString() : string.Empty;
    }

    private static List<GeoPoint[]> DecodeArcs(JsonElement root)
    {
        var (scaleX, scaleY, translateX, translateY, quantized) = (1.0, 1.0, 0.0, 0.0, false);
        if (root.TryGetProperty("transform", out var transform) && transform.ValueKind == JsonValueKind.Object)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (scaleX, scaleY) = (scale[0].GetDouble(), scale[1].GetDouble());
            (translateX, translateY) = (translate[0].GetDouble(), translate[1].GetDouble());
            quantized = true;
        }

        var decoded = new List<GeoPoint[]>();
        if (!root.TryGetProperty("arcs", out var arcs))
        {
            return decoded;
        }

        foreach (var arc in arcs.EnumerateArray())
        {
            var positions = new GeoPoint[arc.GetArrayLength()];
            var (x, y) = (0.0, 0.0);
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    positions[i++] = new GeoPoint((x * scaleX) + translateX, (y * scaleY) + translateY);
                }
                else
                {
                    positions[i++] = new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
                }
            }

            decoded.Add(positions);
        }

        return decoded;
    }

    private static void AddPolygon(JsonElement polygon, List<GeoPoint[]> arcs, List<IReadOnlyList<GeoPoint>> rings)
    {
        foreach (var ring in polygon.EnumerateArray())
        {
            var points = new List<GeoPoint>();
            foreach (var index in ring.EnumerateArray())
            {
                var i = index.GetInt32();
                var arc = i >= 0 ? arcs[i] : [.. arcs[~i].Reverse()];
                points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
            }

            rings.Add(points);
        }
    }
}
