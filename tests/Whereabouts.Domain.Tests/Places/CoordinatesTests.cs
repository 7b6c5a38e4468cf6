namespace Whereabouts.Domain.Tests;

public sealed class CoordinatesTests
{
    [Theory]
    [InlineData(39.61, 47.03)]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void Constructor_ValuesInRange_AreKept(double latitude, double longitude)
    {
        var point = new Coordinates(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-91)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_LatitudeOutOfRange_IsRefused(double latitude)
    {
        var refusal = DomainAssert.Refuses("coordinates.latitude", () => new Coordinates(latitude, 47.03));

        DomainAssert.MessageSays(refusal, "-90 to 90");
    }

    [Theory]
    [InlineData(180.5)]
    [InlineData(-181)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_LongitudeOutOfRange_IsRefused(double longitude)
    {
        var refusal = DomainAssert.Refuses("coordinates.longitude", () => new Coordinates(39.61, longitude));

        DomainAssert.MessageSays(refusal, "-180 to 180");
    }
}
