namespace Demarche.Places.Tests;

/// <summary>The countries the actors stage asks the gazetteer for: large places only, and only when one country holds them.</summary>
public sealed class GazetteerPlaceCountriesTests
{
    private static readonly GazetteerPlaceCountries Places = GazetteerPlaceCountries.Default;

    [Theory]
    [InlineData("Kandahar", "AFG")]
    [InlineData("Mosul", "IRQ")]
    [InlineData("Lagos", "NGA")]
    [InlineData("Springfield", "USA")] // three large ones, all in the United States
    public void ALargePlaceIsInItsCountry(string name, string country) => Assert.Equal(country, Places.CountryOf(name));

    [Theory]
    [InlineData("Hyderabad")]   // large cities of that name in India and Pakistan
    [InlineData("Nowhereville")]
    public void AnAmbiguousOrUnknownNameHasNoCountry(string name) => Assert.Null(Places.CountryOf(name));
}
