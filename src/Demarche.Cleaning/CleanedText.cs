using Demarche.Core.Model;

namespace Demarche.Cleaning;

/// <summary>The clean text and the list of what was changed to get it.</summary>
public sealed record CleanedText(string Text, IReadOnlyList<Repair> Repairs);
