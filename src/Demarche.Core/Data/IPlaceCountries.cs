namespace Demarche.Core.Data;

/// <summary>
/// The country of a place a text names ("Kandahar", "Sindh", "Dili"), for stages that need to know where something
/// happened before the places stage runs; null when the name is no known place or could be places in several countries.
/// </summary>
public interface IPlaceCountries
{
    string? CountryOf(string name);

    /// <summary>
    /// The country of a name said after a locative word ("in Sinjar", "near Pokrovsk"), where a smaller town is meant
    /// as often as a city: by default as <see cref="CountryOf"/>.
    /// </summary>
    string? CountryOfTown(string name) => CountryOf(name);
}
