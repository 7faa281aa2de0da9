using Demarche.Core;

namespace Demarche.Pipeline;

/// <summary>Checks an ordered list of stages against their declarations: each required layer assigned earlier, each used one never later.</summary>
internal static class StagePlan
{
    /// <summary>
    /// The first problem of running <paramref name="kept"/> in order, as one sentence naming the stage, the layer and
    /// the stage that assigns it, or null when the plan is sound. <paramref name="all"/> (every registered stage)
    /// tells a disabled provider from a missing one, and which other stages to disable with it.
    /// </summary>
    public static string? FirstProblem(IReadOnlyList<StageRegistration> all, IReadOnlyList<StageRegistration> kept)
    {
        var declarations = kept.Select(s => s.Declaration).ToList();
        if (FirstGap(declarations) is not { } gap) return null;
        var (stage, layer, late) = gap;
        var provider = all.FirstOrDefault(s => (s.Declaration.Assigns & layer) != 0);
        var what = $"stage '{stage.Name}' {(late ? "uses" : "requires")} layer '{LayerNames.Name(layer)}'";
        if (provider is null) return $"{what}, which no stage assigns";
        if (kept.Contains(provider))
            return $"{what}, assigned by '{provider.Name}', which runs after it";
        return $"{what}, assigned by '{provider.Name}', which is disabled; disable {Quoted(Dependents(kept))} too, or keep '{provider.Name}'";
    }

    /// <summary>
    /// The first stage (in order) whose required layer no earlier stage assigns, or whose used layer a later one
    /// assigns; <paramref name="late"/> tells which.
    /// </summary>
    public static (StageDeclaration Stage, Layer Layer, bool Late)? FirstGap(IReadOnlyList<StageDeclaration> stages)
    {
        var have = Layer.Text;
        for (int i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            if (Lowest(s.Requires & ~have) is { } missing) return (s, missing, false);
            var later = stages.Skip(i + 1).Aggregate(Layer.None, (acc, next) => acc | next.Assigns);
            if (Lowest(s.Uses & ~have & later) is { } late) return (s, late, true);
            have |= s.Assigns;
        }
        return null;
    }

    /// <summary>The stages that must go too for the rest to run: removed one by one until no requirement is missing.</summary>
    private static List<string> Dependents(IReadOnlyList<StageRegistration> kept)
    {
        var left = kept.Select(s => s.Declaration).ToList();
        var removed = new List<string>();
        while (FirstGap(left) is { Late: false } gap)
        {
            left.Remove(gap.Stage);
            removed.Add(gap.Stage.Name);
        }
        return removed;
    }

    private static Layer? Lowest(Layer layers) => layers == Layer.None ? null : (Layer)((int)layers & -(int)layers);

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
