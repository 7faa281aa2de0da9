using Demarche.Grammar;
using Demarche.Grammar.Conllu;
using Demarche.Input;
using Demarche.Pipeline;

namespace Demarche.Cli;

/// <summary><c>demarche parse PATH</c> on text: Demarche's own cleaning and segmentation, then the grammar stage, as CoNLL-U.</summary>
public static class TextParsing
{
    public static int Run(string path, TextWriter stdout, TextWriter stderr, bool frames = false, GrammarModel? model = null)
    {
        var reader = new InputReader();
        var builder = Analyzer.CreateDocumentBuilder();
        var pipeline = new PipelineBuilder().Add(new Demarche.Segmentation.SegmentationAnnotator()).Add(new GrammarAnnotator(model)).Build();
        bool failed = false;
        foreach (var item in reader.Read(path))
        {
            if (item.Error is { } e) { stderr.WriteLine($"demarche: {e.Source}: {e.Message}"); failed = true; continue; }
            try
            {
                var doc = builder.Build(item.Document!);
                pipeline.Run(doc);
                DocumentConllu.Write(doc, stdout, frames);
            }
            catch (Demarche.Core.Model.DocumentRejectedException ex)
            {
                stderr.WriteLine($"demarche: {item.Document!.Source}: {ex.Message}");
                failed = true;
            }
        }
        return failed ? CommandLineApp.ExitFailed : CommandLineApp.ExitOk;
    }
}
