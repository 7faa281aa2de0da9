using Demarche.Cli;

namespace Demarche.Cluster.Tests;

/// <summary>The cluster commands when there is no cluster: one clear line, no stack trace.</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public void ARedisThatDoesNotAnswerIsOneLine()
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CommandLineApp.Run(["cluster", "status", "--cluster", "127.0.0.1:1"], o, e);
        Assert.Equal(1, code);
        Assert.Equal("demarche: cannot reach the cluster 'demarche': Redis does not answer at 127.0.0.1:1", e.ToString().Trim());
    }

    [Fact]
    public void SiloNeedsTheCluster()
    {
        var e = new StringWriter();
        Assert.Equal(2, CommandLineApp.Run(["silo"], new StringWriter(), e));
        Assert.Contains("--cluster", e.ToString());
    }
}
