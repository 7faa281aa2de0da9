using Demarche.Core.Model;

namespace Demarche.Core;

/// <summary>One component of the analysis pipeline (as in spaCy or CoreNLP): it reads some layers and adds one or more.</summary>
public interface IAnnotator
{
    string Name { get; }
    /// <summary>Layers that must be on the document before this stage runs (assigned by an earlier stage).</summary>
    Layer Requires { get; }
    /// <summary>Layers this stage adds (or changes, as target inference changes the events).</summary>
    Layer Assigns { get; }
    /// <summary>Layers read when present and done without otherwise (quotes name speakers' actors when the actors stage ran).</summary>
    Layer Uses => Layer.None;
    void Annotate(Document document);
}

/// <summary>
/// What a stage declares, once, in its class: its name and the layers it requires, uses when present and assigns.
/// The stage's <see cref="IAnnotator"/> properties and its registration in the pipeline both read it.
/// </summary>
public sealed record StageDeclaration(string Name, Layer Requires, Layer Assigns, Layer Uses = Layer.None)
{
    /// <summary>Every layer the stage may read: Text, what it requires, what it uses and what it assigns.</summary>
    public Layer MayRead => Layer.Text | Requires | Uses | Assigns;
}

/// <summary>An annotator whose name and layers are its <see cref="StageDeclaration"/> (the stages' common base).</summary>
public abstract class DeclaredAnnotator(StageDeclaration declaration) : IAnnotator
{
    public StageDeclaration Declaration { get; } = declaration;
    public string Name => Declaration.Name;
    public Layer Requires => Declaration.Requires;
    public Layer Assigns => Declaration.Assigns;
    public Layer Uses => Declaration.Uses;
    public abstract void Annotate(Document document);
}
