namespace Demarche.Grammar.Training;

/// <summary>
/// Makes a tree projective by lifting (Nivre and Nilsson 2005, without label encoding): while an arc crosses
/// another, its dependent is re-attached to its head's head. The arc-eager parser can only build projective
/// trees, so it is trained on the lifted ones.
/// </summary>
public static class Projectivizer
{
    /// <summary>Heads use -1 for the root. Returns how many arcs were lifted.</summary>
    public static int Lift(int[] heads)
    {
        int lifted = 0;
        for (int guard = 0; guard < heads.Length * heads.Length + 1; guard++)
        {
            int worst = -1, worstLength = int.MaxValue;
            for (int d = 0; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h < 0 || IsProjective(heads, h, d)) continue;
                int length = Math.Abs(h - d);
                if (length < worstLength) { worst = d; worstLength = length; }
            }
            if (worst < 0) return lifted;
            heads[worst] = heads[heads[worst]];
            lifted++;
        }
        return lifted;
    }

    /// <summary>An arc is projective when its head dominates every word between head and dependent.</summary>
    public static bool IsProjective(int[] heads, int h, int d)
    {
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            int steps = 0;
            while (a >= 0 && a != h && steps++ <= heads.Length) a = heads[a];
            if (a != h) return false;
        }
        return true;
    }
}
