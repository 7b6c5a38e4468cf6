namespace Whereabouts.Domain;

/// <summary>A point on the WGS 84 ellipsoid, in decimal degrees.</summary>
public sealed record Coordinates
{
    /// <summary>Creates a point.</summary>
    /// <exception cref="DomainRuleException">A value is out of range.</exception>
    public Coordinates(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90)
        {
            throw new DomainRuleException("coordinates.latitude", $"Latitude {latitude} is outside -90 to 90.");
        }

        if (double.IsNaN(longitude) || longitude is < -180 or > 180)
        {
            throw new DomainRuleException("coordinates.longitude", $"Longitude {longitude} is outside -180 to 180.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north of the equator (negative for south).</summary>
    public double Latitude { get; }

    /// <summary>Degrees east of Greenwich (negative for west).</summary>
    public double Longitude { get; }
}
