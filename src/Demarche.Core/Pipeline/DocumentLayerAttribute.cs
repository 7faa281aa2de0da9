namespace Demarche.Core;

/// <summary>
/// The layer a type stored on a document (<see cref="Model.Document.Set{T}"/>) belongs to, so that reading it
/// through <see cref="Model.Document.Get{T}"/> is counted as reading that layer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DocumentLayerAttribute(Layer layer) : Attribute
{
    public Layer Layer { get; } = layer;

    /// <summary>The layer of <typeparamref name="T"/> (its attribute), found once per type.</summary>
    public static Layer Of<T>() => Cache<T>.Layer;

    private static class Cache<T>
    {
        public static readonly Layer Layer =
            (typeof(T).GetCustomAttributes(typeof(DocumentLayerAttribute), false).FirstOrDefault() as DocumentLayerAttribute)?.Layer
            ?? throw new InvalidOperationException($"{typeof(T).Name} is stored on documents but names no layer ([DocumentLayer])");
    }
}
