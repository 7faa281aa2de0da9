namespace Demarche.Core.Data;

/// <summary>
/// The country of a place a text names ("Kandahar", "Sindh", "Dili"), for stages that need to know where something
/// happened before the places stage runs; null when the name is no known place or could be places in several countries.
/// </summary>
public interface IPlaceCountries
{
    string? CountryOf(string name);
}
