using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Demarche.Grammar.Neural;

/// <summary>The dense kernels of the neural parser: row products of matrices and their transposes over row-major spans (SIMD through <see cref="TensorPrimitives"/>).</summary>
public static class Blas
{
    /// <summary>x += Wᵀ·dy.</summary>
    public static void MatTVecAdd(ReadOnlySpan<float> w, int rows, int cols, ReadOnlySpan<float> dy, Span<float> x)
    {
        x = x[..cols];
        for (int r = 0; r < rows; r++)
            if (dy[r] != 0f) TensorPrimitives.MultiplyAdd(w.Slice(r * cols, cols), dy[r], x, x);
    }

    /// <summary>dW += dy ⊗ x.</summary>
    public static void OuterAdd(Span<float> dw, int rows, int cols, ReadOnlySpan<float> dy, ReadOnlySpan<float> x)
    {
        x = x[..cols];
        for (int r = 0; r < rows; r++)
            if (dy[r] != 0f)
            {
                var row = dw.Slice(r * cols, cols);
                TensorPrimitives.MultiplyAdd(x, dy[r], row, row);
            }
    }

    /// <summary>
    /// c[i·ldc + j] += a_i · b_j for the rows a_i of <paramref name="a"/> (m × k) and b_j of <paramref name="b"/> (n × k):
    /// a product with a transposed matrix, two rows of a against four of b at a time so that each load is used
    /// several times (the word-by-word products of a layer done as one).
    /// </summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public static void DotRowsAdd(ReadOnlySpan<float> a, int m, ReadOnlySpan<float> b, int n, int k, Span<float> c, int ldc)
    {
        if (m == 0 || n == 0) return;
        if (a.Length < m * k || b.Length < n * k || c.Length < (m - 1) * ldc + n) throw new ArgumentException("matrix sizes do not match");
        int vk = Vector256.IsHardwareAccelerated ? k & ~7 : 0;
        ref float ra = ref MemoryMarshal.GetReference(a);
        ref float rb = ref MemoryMarshal.GetReference(b);
        int i = 0;
        for (; i + 2 <= m; i += 2)
        {
            int j = 0;
            for (; j + 4 <= n; j += 4)
            {
                var c00 = Vector256<float>.Zero; var c01 = c00; var c02 = c00; var c03 = c00;
                var c10 = c00; var c11 = c00; var c12 = c00; var c13 = c00;
                nuint a0 = (nuint)(i * k), a1 = a0 + (nuint)k, b0 = (nuint)(j * k), b1 = b0 + (nuint)k, b2 = b1 + (nuint)k, b3 = b2 + (nuint)k;
                for (int t = 0; t < vk; t += 8)
                {
                    nuint u = (nuint)t;
                    var x0 = Vector256.LoadUnsafe(ref ra, a0 + u); var x1 = Vector256.LoadUnsafe(ref ra, a1 + u);
                    var y = Vector256.LoadUnsafe(ref rb, b0 + u); c00 = Vector256.FusedMultiplyAdd(x0, y, c00); c10 = Vector256.FusedMultiplyAdd(x1, y, c10);
                    y = Vector256.LoadUnsafe(ref rb, b1 + u); c01 = Vector256.FusedMultiplyAdd(x0, y, c01); c11 = Vector256.FusedMultiplyAdd(x1, y, c11);
                    y = Vector256.LoadUnsafe(ref rb, b2 + u); c02 = Vector256.FusedMultiplyAdd(x0, y, c02); c12 = Vector256.FusedMultiplyAdd(x1, y, c12);
                    y = Vector256.LoadUnsafe(ref rb, b3 + u); c03 = Vector256.FusedMultiplyAdd(x0, y, c03); c13 = Vector256.FusedMultiplyAdd(x1, y, c13);
                }
                float s00 = Vector256.Sum(c00), s01 = Vector256.Sum(c01), s02 = Vector256.Sum(c02), s03 = Vector256.Sum(c03);
                float s10 = Vector256.Sum(c10), s11 = Vector256.Sum(c11), s12 = Vector256.Sum(c12), s13 = Vector256.Sum(c13);
                for (int t = vk; t < k; t++)
                {
                    float x0 = a[i * k + t], x1 = a[(i + 1) * k + t];
                    float y0 = b[j * k + t], y1 = b[(j + 1) * k + t], y2 = b[(j + 2) * k + t], y3 = b[(j + 3) * k + t];
                    s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
                    s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
                }
                int r0 = i * ldc + j, r1 = r0 + ldc;
                c[r0] += s00; c[r0 + 1] += s01; c[r0 + 2] += s02; c[r0 + 3] += s03;
                c[r1] += s10; c[r1 + 1] += s11; c[r1 + 2] += s12; c[r1 + 3] += s13;
            }
            for (; j < n; j++)
            {
                var bj = b.Slice(j * k, k);
                c[i * ldc + j] += TensorPrimitives.Dot(a.Slice(i * k, k), bj);
                c[(i + 1) * ldc + j] += TensorPrimitives.Dot(a.Slice((i + 1) * k, k), bj);
            }
        }
        for (; i < m; i++)
        {
            var ai = a.Slice(i * k, k);
            int j = 0;
            for (; j + 4 <= n; j += 4)
            {
                var c0 = Vector256<float>.Zero; var c1 = c0; var c2 = c0; var c3 = c0;
                nuint a0 = (nuint)(i * k), b0 = (nuint)(j * k), b1 = b0 + (nuint)k, b2 = b1 + (nuint)k, b3 = b2 + (nuint)k;
                for (int t = 0; t < vk; t += 8)
                {
                    nuint u = (nuint)t;
                    var x0 = Vector256.LoadUnsafe(ref ra, a0 + u);
                    c0 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref rb, b0 + u), c0);
                    c1 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref rb, b1 + u), c1);
                    c2 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref rb, b2 + u), c2);
                    c3 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref rb, b3 + u), c3);
                }
                float s0 = Vector256.Sum(c0), s1 = Vector256.Sum(c1), s2 = Vector256.Sum(c2), s3 = Vector256.Sum(c3);
                for (int t = vk; t < k; t++)
                {
                    float x0 = ai[t];
                    s0 += x0 * b[j * k + t]; s1 += x0 * b[(j + 1) * k + t]; s2 += x0 * b[(j + 2) * k + t]; s3 += x0 * b[(j + 3) * k + t];
                }
                int r0 = i * ldc + j;
                c[r0] += s0; c[r0 + 1] += s1; c[r0 + 2] += s2; c[r0 + 3] += s3;
            }
            for (; j < n; j++) c[i * ldc + j] += TensorPrimitives.Dot(ai, b.Slice(j * k, k));
        }
    }
}
