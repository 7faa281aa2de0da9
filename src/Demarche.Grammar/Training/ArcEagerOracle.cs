using Demarche.Grammar.Parsing;

namespace Demarche.Grammar.Training;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager parsing: how many gold arcs each move makes
/// unreachable from the current configuration, for a projective gold tree. Gold heads use the root position n.
/// </summary>
public static class ArcEagerOracle
{
    public static int Cost(ParseState s, Move m, ReadOnlySpan<int> gold)
    {
        int n = s.Length, b = s.Front, s0 = s.Stack(0);
        switch (m)
        {
            case Move.Left:
            {
                int cost = gold[s0] != b && gold[s0] > b ? 1 : 0;
                for (int k = b; k < n; k++) if (gold[k] == s0) cost++;
                return cost;
            }
            case Move.Right:
            {
                int cost = 0;
                int g = gold[b];
                if (g != s0 && (g > b || s.InStack(g))) cost++;
                foreach (int k in s.StackItems) if (gold[k] == b && s.Head(k) < 0) cost++;
                return cost;
            }
            case Move.Reduce:
            {
                int cost = 0;
                for (int k = b; k < n; k++) if (gold[k] == s0) cost++;
                return cost;
            }
            default:
            {
                int cost = s.InStack(gold[b]) ? 1 : 0;
                foreach (int k in s.StackItems) if (gold[k] == b && s.Head(k) < 0) cost++;
                return cost;
            }
        }
    }
}
