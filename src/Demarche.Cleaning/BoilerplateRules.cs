using Demarche.Core.Data;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Demarche.Cleaning;

/// <summary>One rule of data/cleaning/boilerplate.yaml: how to recognise a line of page furniture.</summary>
public sealed class BoilerplateRule
{
    public string Name { get; set; } = "";
    /// <summary>Whole lines (ignoring case and trailing punctuation).</summary>
    public List<string> Exact { get; set; } = [];
    /// <summary>Line openings; the character after the opening must not be a lower-case letter.</summary>
    public List<string> Prefix { get; set; } = [];
    /// <summary>Text anywhere in the line.</summary>
    public List<string> Contains { get; set; } = [];
    /// <summary>A regular expression (case ignored), tried only when one of <see cref="Needles"/> occurs.</summary>
    public string? Pattern { get; set; }
    public List<string> Needles { get; set; } = [];
    /// <summary>Longer lines are never matched by prefix, contains or pattern.</summary>
    public int MaxLength { get; set; } = 200;
    /// <summary>Lines that close a block opened by this rule ("after newsletter promotion").</summary>
    public List<string> BlockEnd { get; set; } = [];
    /// <summary>How many lines after the opening line may hold the block's end.</summary>
    public int BlockLines { get; set; } = 3;
    /// <summary>The line heads a list ("Related stories"): the list items after it (bullets, or short lines with no
    /// closing stop, blank lines between them allowed) go too, at most this many; 0 = none.</summary>
    public int ListItems { get; set; }

    [YamlIgnore] internal Regex? CompiledPattern { get; set; }
    [YamlIgnore] internal System.Buffers.SearchValues<string>? NeedleSearch { get; set; }
    [YamlIgnore] internal System.Buffers.SearchValues<string>? ContainsSearch { get; set; }
}

/// <summary>The boilerplate rules, loaded once from YAML.</summary>
public sealed class BoilerplateRules
{
    private static readonly char[] TrailingNoise = [' ', '.', ':', '|', '-', '\u2013', '\u2014', '>', '\u203A', '\u00BB'];
    private readonly Dictionary<string, BoilerplateRule> _exact;
    private readonly Dictionary<string, BoilerplateRule>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly List<BoilerplateRule> _rules;
    private readonly Dictionary<char, List<(string Prefix, BoilerplateRule Rule)>> _prefixes = [];
    private readonly int _maxLength;

    public BoilerplateRules(IEnumerable<BoilerplateRule> rules)
    {
        _rules = rules.ToList();
        _exact = new Dictionary<string, BoilerplateRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in _rules)
        {
            foreach (var line in rule.Exact)
                _exact.TryAdd(line.Trim().TrimEnd(TrailingNoise), rule);
            if (!string.IsNullOrEmpty(rule.Pattern))
                rule.CompiledPattern = new Regex(rule.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (rule.Needles.Count > 0)
                rule.NeedleSearch = System.Buffers.SearchValues.Create(rule.Needles.ToArray(), StringComparison.OrdinalIgnoreCase);
            if (rule.Contains.Count > 0)
                rule.ContainsSearch = System.Buffers.SearchValues.Create(rule.Contains.ToArray(), StringComparison.OrdinalIgnoreCase);
            foreach (var prefix in rule.Prefix)
            {
                if (prefix.Length == 0) continue;
                char key = char.ToLowerInvariant(prefix[0]);
                if (!_prefixes.TryGetValue(key, out var list)) _prefixes[key] = list = [];
                list.Add((prefix, rule));
            }
        }
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = Math.Max(_exact.Keys.Select(k => k.Length + 8).DefaultIfEmpty(0).Max(),
            _rules.Select(r => r.MaxLength).DefaultIfEmpty(0).Max());
    }

    public IReadOnlyList<BoilerplateRule> Rules => _rules;

    public static BoilerplateRules Load(string path)
    {
        var file = DataYaml.Load(path, () => new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build(), RulesFile.FromTree) ?? new RulesFile();
        return new BoilerplateRules(file.Rules);
    }

    private sealed class RulesFile
    {
        public List<BoilerplateRule> Rules { get; set; } = [];

        /// <summary>The rules from the file's cached tree, as YamlDotNet reads them (<see cref="DataYaml.Load{T}(string, Func{IDeserializer}, Func{object?, T})"/>).</summary>
        public static RulesFile? FromTree(object? tree)
        {
            if (YamlValues.Map(tree) is not { } map) return null;
            var file = new RulesFile();
            if (map.TryGetValue("rules", out var rules))
                file.Rules = rules is null ? null! : (rules as List<object?> ?? throw new InvalidDataException("rules: expected a list")).ConvertAll(Rule);
            return file;
        }

        private static BoilerplateRule Rule(object? node)
        {
            var map = YamlValues.Map(node) ?? throw new InvalidDataException("an empty rule");
            var rule = new BoilerplateRule();
            foreach (var (key, value) in map)
            {
                switch (key)
                {
                    case "name": rule.Name = YamlValues.String(value)!; break;
                    case "exact": rule.Exact = YamlValues.Strings(value)!; break;
                    case "prefix": rule.Prefix = YamlValues.Strings(value)!; break;
                    case "contains": rule.Contains = YamlValues.Strings(value)!; break;
                    case "pattern": rule.Pattern = YamlValues.String(value); break;
                    case "needles": rule.Needles = YamlValues.Strings(value)!; break;
                    case "max_length": rule.MaxLength = YamlValues.Int(value); break;
                    case "block_end": rule.BlockEnd = YamlValues.Strings(value)!; break;
                    case "block_lines": rule.BlockLines = YamlValues.Int(value); break;
                    case "list_items": rule.ListItems = YamlValues.Int(value); break;
                    default: break; // YamlDotNet ignores unmatched keys here too
                }
            }
            return rule;
        }
    }

    /// <summary>The rule that marks <paramref name="line"/> (already trimmed) as furniture, or null.</summary>
    public BoilerplateRule? Match(string line)
    {
        if (line.Length == 0 || line.Length > _maxLength) return null;
        var span = line.AsSpan().TrimEnd(TrailingNoise);
        if (_exactLookup.TryGetValue(span, out var exact)) return exact;
        if (_prefixes.TryGetValue(char.ToLowerInvariant(line[0]), out var candidates))
            foreach (var (prefix, rule) in candidates)
                if (line.Length <= rule.MaxLength && line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    && (line.Length == prefix.Length || !char.IsLower(line[prefix.Length])))
                    return rule;
        foreach (var rule in _rules)
        {
            if (line.Length > rule.MaxLength) continue;
            if (rule.ContainsSearch is { } contains && line.AsSpan().IndexOfAny(contains) >= 0)
                return rule;
            if (rule.CompiledPattern is { } regex
                && (rule.NeedleSearch is null || line.AsSpan().IndexOfAny(rule.NeedleSearch) >= 0)
                && regex.IsMatch(line))
                return rule;
        }
        return null;
    }

    private static readonly char[] Bullets = ['-', '*', '\u2022', '\u2013', '\u2014', '\u00B7', '\u203A', '\u00BB', '>'];

    /// <summary>A line of a list of links: a bullet item, or a short headline with no closing stop.</summary>
    public static bool IsListItem(string line)
    {
        if (line.Length == 0 || line.Length > 200) return false;
        if (Array.IndexOf(Bullets, line[0]) >= 0 && line.Length > 2 && line[1] == ' ') return true;
        return line.Length <= 110 && line[^1] is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or ')');
    }

    /// <summary>Whether <paramref name="line"/> closes a block that <paramref name="opener"/> began.</summary>
    public static bool ClosesBlock(BoilerplateRule opener, string line)
    {
        var span = line.AsSpan().TrimEnd(TrailingNoise);
        foreach (var end in opener.BlockEnd)
            if (span.Equals(end, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
