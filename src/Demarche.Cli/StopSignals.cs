using System.Runtime.InteropServices;

namespace Demarche.Cli;

/// <summary>
/// Ctrl-C and SIGTERM for long-running commands: the first asks to stop cleanly (finish the work in hand), the
/// second to give up on it.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignals(TextWriter stderr)
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];

        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            if (!_stop.IsCancellationRequested)
            {
                stderr.WriteLine("demarche: stopping after the work in hand (press Ctrl-C again to stop at once)");
                _stop.Cancel();
            }
            else _abort.Cancel();
        }
    }

    public CancellationToken Stop => _stop.Token;
    public CancellationToken Abort => _abort.Token;

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _stop.Dispose();
        _abort.Dispose();
    }
}
