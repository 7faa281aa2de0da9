namespace Demarche.Core;

/// <summary>The layers a document can carry; annotators declare which they require and which they assign.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Text = 1 << 0,
    Sentences = 1 << 1,
    Tokens = 1 << 2,
    PartsOfSpeech = 1 << 3,
    Chunks = 1 << 4,
    Mentions = 1 << 5,
    Actors = 1 << 6,
    Events = 1 << 7,
    Quotes = 1 << 8,
    Quantities = 1 << 9,
    Stances = 1 << 10,
    Dates = 1 << 11,
    Dependencies = 1 << 12,
}
