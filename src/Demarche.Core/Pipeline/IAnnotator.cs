using Demarche.Core.Model;

namespace Demarche.Core;

/// <summary>One component of the analysis pipeline (as in spaCy or CoreNLP): it reads some layers and adds one or more.</summary>
public interface IAnnotator
{
    string Name { get; }
    Layer Requires { get; }
    Layer Assigns { get; }
    void Annotate(Document document);
}
