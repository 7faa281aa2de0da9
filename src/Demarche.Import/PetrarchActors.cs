using System.Globalization;
using System.Text.RegularExpressions;

namespace Demarche.Import;

/// <summary>
/// Converts PETRARCH/Phoenix actor dictionaries (.actors: a primary phrase, + synonyms, tab-indented [CODE dates]
/// restrictions) into Demarche's actor YAML sections. A record whose only code is a state (AFG) adds its phrases as
/// forms of that state; a record with dated roles is a person with offices (a role word from the code's sector: GOV
/// official, MIL commander …; the organisation of an IGO code, UN for IGOUNO); any other record is an organisation or
/// group whose kind follows the code (IGO, NGO, REB/IMG armed group, PTY party, MED media …), added to the shipped
/// entry with the same CAMEO code when there is one.
/// </summary>
public sealed partial class PetrarchActors(ISet<string> states, IReadOnlyDictionary<string, string> organisationByCode, ImportReport report)
{
    private readonly SortedDictionary<string, List<string>> _stateForms = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, object>> _organisations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, object>> _groups = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, object>> _persons = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\[(?<code>[A-Z0-9~]+)(?:\s+(?<when>[<>]?\d{6,8}(?:-\d{6,8})?))?\s*\]")]
    private static partial Regex Restriction();

    private sealed record Record(string Primary, List<string> Synonyms, List<(string Code, string? When)> Codes);

    public void Read(IEnumerable<string> lines, string file)
    {
        Record? current = null;
        foreach (var raw in lines)
        {
            var text = PetrarchText.WithoutComment(raw).TrimEnd();
            if (text.Trim().Length == 0) continue;
            if (char.IsWhiteSpace(raw[0]) && text.TrimStart().StartsWith('['))
            {
                if (current is null) continue;
                foreach (Match m in Restriction().Matches(text)) current.Codes.Add((m.Groups["code"].Value, m.Groups["when"].Success ? m.Groups["when"].Value : null));
                continue;
            }
            var phrase = Restriction().Replace(text, "").Trim();
            var codes = Restriction().Matches(text).Select(m => (m.Groups["code"].Value, m.Groups["when"].Success ? m.Groups["when"].Value : (string?)null)).ToList();
            if (text.TrimStart().StartsWith('+'))
            {
                if (current is null) continue;
                current.Synonyms.Add(phrase.TrimStart('+').Trim());
                current.Codes.AddRange(codes);
                continue;
            }
            if (current is not null) Convert(current, file);
            current = new Record(phrase, [], codes);
        }
        if (current is not null) Convert(current, file);
    }

    private void Convert(Record r, string file)
    {
        report.Converted("actor records read");
        if (r.Codes.Count == 0) { report.Skipped("actor record without a code", r.Primary); return; }
        var names = new[] { r.Primary }.Concat(r.Synonyms).Select(p => PetrarchText.Name(p.TrimEnd('_'))).Where(n => n.Length > 1).Distinct().ToList();
        if (names.Count == 0) return;
        bool dated = r.Codes.Any(c => c.When is not null);
        if (!dated && r.Codes.All(c => c.Code.Length == 3 && states.Contains(c.Code)))
        {
            var code = r.Codes[0].Code;
            if (!_stateForms.TryGetValue(code, out var forms)) _stateForms[code] = forms = [];
            forms.AddRange(names.Where(n => !forms.Contains(n)));
            report.Converted("state forms", names.Count);
            return;
        }
        if (dated) { Person(r, names); return; }
        Organisation(r.Codes[0].Code, names);
    }

    private void Person(Record r, List<string> names)
    {
        var offices = new List<Dictionary<string, object>>();
        string? country = null;
        foreach (var (code, when) in r.Codes)
        {
            if (code.Length >= 3 && states.Contains(code[..3])) country ??= code[..3];
            if (when is null) continue;
            var (from, to) = Dates(when);
            var (role, org) = RoleOf(code);
            if (role is null || org is null) { report.Skipped("dated role whose code names no office Demarche knows (ELI, BUS …: kept as the person's country only)", names[0] + " " + code); continue; }
            var office = new Dictionary<string, object> { ["role"] = role, ["org"] = org };
            if (from is not null) office["from"] = from;
            if (to is not null) office["to"] = to;
            offices.Add(office);
        }
        var entry = new Dictionary<string, object> { ["name"] = names[0] };
        if (names.Count > 1) entry["aliases"] = names.Skip(1).ToList();
        if (country is not null) entry["country"] = country;
        if (offices.Count > 0) entry["offices"] = offices;
        if (country is null && offices.Count == 0) { report.Skipped("person without a state or an office", names[0]); return; }
        _persons[names[0]] = entry;
        report.Converted("persons");
        report.Converted("dated roles", offices.Count);
    }

    /// <summary>GOV → official of the state, MIL → commander, LEG → lawmaker, JUD → judge; IGO codes → official of that organisation.</summary>
    private (string? Role, string? Org) RoleOf(string code)
    {
        if (organisationByCode.TryGetValue(code, out var org) || code.Length > 6 && organisationByCode.TryGetValue(code[..6], out org)) return ("official", org);
        if (code.Length < 6 || !states.Contains(code[..3])) return (null, null);
        var role = code.Substring(3, 3) switch { "GOV" => "official", "MIL" => "commander", "LEG" => "lawmaker", "JUD" => "judge", "COP" => "police chief", "SPY" => "intelligence chief", _ => null };
        return (role, code[..3]);
    }

    /// <summary>"&lt;20070101", "&gt;970101", "970101-061231": from and to as YYYY-MM-DD.</summary>
    private static (string? From, string? To) Dates(string when)
    {
        if (when.StartsWith('<')) return (null, Date(when[1..]));
        if (when.StartsWith('>')) return (Date(when[1..]), null);
        var parts = when.Split('-');
        return (Date(parts[0]), parts.Length > 1 ? Date(parts[1]) : null);
    }

    private static string? Date(string d)
    {
        if (d.Length == 6) d = (int.Parse(d[..2], CultureInfo.InvariantCulture) > 30 ? "19" : "20") + d;
        return d.Length == 8 && DateOnly.TryParseExact(d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private void Organisation(string code, List<string> names)
    {
        string? country = code.Length >= 3 && states.Contains(code[..3]) ? code[..3] : null;
        var sector = country is null ? (code.Length >= 3 ? code[..3] : code) : code.Length >= 6 ? code.Substring(3, 3) : "";
        var kind = sector switch
        {
            "IGO" => "igo", "NGO" => "ngo", "IMG" or "REB" or "INS" or "UAF" or "SEP" => "armed-group", "PTY" => "political-party",
            "MED" => "media", "GOV" or "LEG" or "JUD" or "COP" or "SPY" => "government", "MIL" => "military", _ => "group",
        };
        var id = organisationByCode.GetValueOrDefault(code) ?? IdOf(names);
        var into = kind == "armed-group" ? _groups : _organisations;
        if (!into.TryGetValue(id, out var entry))
        {
            into[id] = entry = new Dictionary<string, object> { ["id"] = id, ["kind"] = kind, ["code"] = code, ["forms"] = new List<string>() };
            if (!organisationByCode.ContainsKey(code)) entry["name"] = names[0];
            if (country is not null) entry["country"] = country;
            report.Converted(kind == "armed-group" ? "armed groups" : "organisations");
        }
        var forms = (List<string>)entry["forms"];
        forms.AddRange(names.Where(n => !forms.Contains(n)));
    }

    /// <summary>An id as Demarche writes organisations: an acronym among the names (UN, UNHCR), else the name in capitals.</summary>
    private static string IdOf(List<string> names)
    {
        var acronym = names.Select(n => n.Replace(".", "")).FirstOrDefault(n => n.Length is >= 2 and <= 8 && n.All(char.IsAsciiLetterUpper));
        return acronym ?? string.Join('-', names[0].ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The YAML document: states (forms), organisations, groups, persons.</summary>
    public Dictionary<string, object> ToYaml() => new()
    {
        ["states"] = _stateForms.ToDictionary(kv => kv.Key, kv => (object)new Dictionary<string, object> { ["forms"] = kv.Value }),
        ["organisations"] = _organisations.Values.ToList(),
        ["groups"] = _groups.Values.ToList(),
        ["persons"] = _persons.Values.ToList(),
    };

    public int Persons => _persons.Count;
    public int Organisations => _organisations.Count + _groups.Count;
    public int StatesWithForms => _stateForms.Count;
}
