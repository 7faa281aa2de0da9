using System.Runtime.CompilerServices;

namespace Demarche.Core;

/// <summary>
/// How the hot methods (the grammar's scoring, the lexicons' building) are compiled: in a plain build
/// <see cref="MethodImplOptions.AggressiveOptimization"/>, optimised at their first call instead of running a few
/// seconds in the runtime's slow first tier; in the ReadyToRun build that <c>./demarche</c> publishes
/// (<c>READY_TO_RUN</c>, set in Directory.Build.props) nothing, since a method so marked is left out of the
/// ahead-of-time image and compiled at every start (about 0.07 s of a one-record run's CPU, bench/README.md).
/// </summary>
public static class HotPath
{
#if READY_TO_RUN
    public const MethodImplOptions Optimization = 0;
#else
    public const MethodImplOptions Optimization = MethodImplOptions.AggressiveOptimization;
#endif
}
