using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// Acts whose receiver does a matching act back (data/events/answered-acts.tsv: the act's CAMEO code and the code of the
/// receiver's act): whoever is hosted (043) makes the visit (042).
/// </summary>
public sealed class AnsweredActs
{
    public const string FileName = "answered-acts.tsv";
    private readonly Dictionary<string, string> _answers;

    private AnsweredActs(Dictionary<string, string> answers) => _answers = answers;

    private static readonly Lazy<AnsweredActs> _default = new(() => StartupTrace.Time("answered acts", () => Load(DataDirectory.File("events", FileName))));
    public static AnsweredActs Default => _default.Value;

    /// <summary>The code of the act the receiver of an act coded <paramref name="cameo"/> does back, or null.</summary>
    public string? AnswerTo(string cameo) => _answers.GetValueOrDefault(cameo);

    public static AnsweredActs Load(string path)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in TsvFile.Read(path, 2, "CAMEO code of the act, CAMEO code of the receiver's act"))
            answers[cols[0].Trim()] = cols[1].Trim();
        return new AnsweredActs(answers);
    }
}
