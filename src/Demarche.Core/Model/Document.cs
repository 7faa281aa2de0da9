using Demarche.Core.Text;

namespace Demarche.Core.Model;

/// <summary>
/// One article: an immutable clean text and the layers that annotators add to it.
/// Every layer is a set of spans into <see cref="Text"/>; no annotator changes the text.
/// </summary>
public sealed class Document
{
    /// <summary>
    /// The layers by type, found by a scan: an analysis sets seven (tags, tree, arguments, chunks, frames, mentions, the
    /// quotes' and stances' token words), for which a dictionary's tables cost more (about 300 bytes a document) than the scan.
    /// </summary>
    private (Type Type, object Value)[] _extensions = [];
    private int _extensionCount;

    public Document(DocumentInfo info, string text, IReadOnlyList<Repair>? repairs = null)
    {
        Info = info;
        Text = text;
        Repairs = repairs ?? [];
    }

    public DocumentInfo Info { get; internal set; }
    public string Text { get; }

    /// <summary>The text lower-cased, char for char (so every offset holds), made once on first use.</summary>
    public string LowerText => _lowerText ??= TextCase.ToLower(Text);
    private string? _lowerText;
    public IReadOnlyList<Repair> Repairs { get; }

    /// <summary>The layers this document carries so far.</summary>
    public Layer Layers { get; private set; } = Layer.Text;

    /// <summary>
    /// The layers read through this document's accessors since the last <see cref="TakeLayersRead"/>: the pipeline
    /// checks with it that a stage reads only the layers it declares (<see cref="StageDeclaration.MayRead"/>).
    /// </summary>
    public Layer TakeLayersRead()
    {
        var read = _read;
        _read = Layer.None;
        return read;
    }
    private Layer _read;

    public IReadOnlyList<Sentence> Sentences { get { _read |= Layer.Sentences; return _sentences; } set => _sentences = value; }
    private IReadOnlyList<Sentence> _sentences = [];
    public Token[] Tokens { get { _read |= Layer.Tokens; return _tokens; } set => _tokens = value; }
    private Token[] _tokens = [];
    public List<Actor> Actors { get { _read |= Layer.Actors; return _actors; } }
    private readonly List<Actor> _actors = [];
    /// <summary>
    /// The actors by id (the first of each id), made once a document and shared by the stages that look actors up
    /// (quotes, events, event targets, places); made again when the list's count changed. Only read it.
    /// </summary>
    public IReadOnlyDictionary<string, Actor> ActorsById
    {
        get
        {
            _read |= Layer.Actors;
            if (_actorsById is null || _actorsByIdOf != _actors.Count)
            {
                _actorsById = Actor.ById(_actors);
                _actorsByIdOf = _actors.Count;
            }
            return _actorsById;
        }
    }
    private Dictionary<string, Actor>? _actorsById;
    private int _actorsByIdOf;

    /// <summary>Puts these actors in place of the document's (the actors stage); forgets <see cref="ActorsById"/>.</summary>
    public void SetActors(IEnumerable<Actor> actors)
    {
        _read |= Layer.Actors;
        _actors.Clear();
        _actors.AddRange(actors);
        _actorsById = null;
    }
    public List<Event> Events { get { _read |= Layer.Events; return _events; } }
    private readonly List<Event> _events = [];
    public List<Quote> Quotes { get { _read |= Layer.Quotes; return _quotes; } }
    private readonly List<Quote> _quotes = [];
    public List<Quantity> Quantities { get { _read |= Layer.Quantities; return _quantities; } }
    private readonly List<Quantity> _quantities = [];
    public List<Stance> Stances { get { _read |= Layer.Stances; return _stances; } }
    private readonly List<Stance> _stances = [];

    public void WithInfo(DocumentInfo info) => Info = info;

    public void MarkDone(Layer layer) => Layers |= layer;
    public bool Has(Layer layer) => (Layers & layer) == layer;

    /// <summary>
    /// Layers that only some annotators know of (part-of-speech tags, chunks, a mention index); each type names its
    /// layer with <see cref="DocumentLayerAttribute"/>, and reading it counts as reading that layer.
    /// </summary>
    public T? Get<T>() where T : class
    {
        _read |= DocumentLayerAttribute.Of<T>();
        int at = ExtensionIndex(typeof(T));
        return at >= 0 ? (T)_extensions[at].Value : null;
    }
    public T Require<T>() where T : class =>
        Get<T>() ?? throw new InvalidOperationException($"layer {typeof(T).Name} has not been assigned");
    public void Set<T>(T value) where T : class
    {
        _ = DocumentLayerAttribute.Of<T>();
        int at = ExtensionIndex(typeof(T));
        if (at < 0)
        {
            if (_extensionCount == _extensions.Length) Array.Resize(ref _extensions, Math.Max(8, 2 * _extensionCount));
            at = _extensionCount++;
        }
        _extensions[at] = (typeof(T), value);
    }

    private int ExtensionIndex(Type type)
    {
        for (int i = 0; i < _extensionCount; i++)
            if (_extensions[i].Type == type) return i;
        return -1;
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>The sentence that holds the character offset, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
