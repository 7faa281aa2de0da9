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

    [Theory]
    [InlineData("Sinjar", "IRQ")]     // 38,000 people: a town, after a locative word
    [InlineData("Pokrovsk", "UKR")]   // a Russian Pokrovsk too, of fewer than 15,000
    [InlineData("Kandahar", "AFG")]   // a large place as before
    public void ATownAfterALocativeWordIsInItsCountry(string name, string country) => Assert.Equal(country, Places.CountryOfTown(name));

    [Theory]
    [InlineData("Sinjar")]      // a town is no place where no locative word says so
    public void ATownAloneIsNoPlace(string name) => Assert.Null(Places.CountryOf(name));

    [Theory]
    [InlineData("Bath")]        // more often the word "bath"
    [InlineData("Mission")]
    [InlineData("Bethlehem")]   // towns of over 15,000 in South Africa and the West Bank
    [InlineData("Hyderabad")]   // large places of two countries stay none
    public void ATownNamedLikeAWordOrInTwoCountriesHasNoCountry(string name) => Assert.Null(Places.CountryOfTown(name));
}
