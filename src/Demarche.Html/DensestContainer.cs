using AngleSharp.Dom;

namespace Demarche.Html;

/// <summary>
/// A plain main-content finder used when SmartReader finds nothing or the page is too large for it:
/// the element whose paragraphs (directly, or one level down at half weight) hold the most text.
/// </summary>
public static class DensestContainer
{
    private const int MinParagraphChars = 25;

    public static IElement? Find(IElement body)
    {
        var score = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p, pre, blockquote"))
        {
            int n = p.TextContent.Trim().Length;
            if (n < MinParagraphChars) continue;
            if (p.ParentElement is not { } parent) continue;
            score[parent] = score.GetValueOrDefault(parent) + n;
            if (parent.ParentElement is { } grand) score[grand] = score.GetValueOrDefault(grand) + n / 2.0;
        }
        return score.Count == 0 ? null : score.MaxBy(kv => kv.Value).Key;
    }
}
