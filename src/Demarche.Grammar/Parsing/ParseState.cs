using System.Runtime.CompilerServices;

namespace Demarche.Grammar.Parsing;

/// <summary>The transitions of the arc-eager system (Nivre 2003), unlabelled; labels are chosen apart.</summary>
public enum Move : byte { Shift, Reduce, Left, Right }

/// <summary>
/// A configuration of the arc-eager transition system with the root at the end of the buffer (Ballesteros and
/// Nivre 2013): a stack, the front of the buffer, the arcs so far, and for each word the children and label sets
/// that the feature templates read. Words are 0…n-1; n is the root.
/// </summary>
public sealed class ParseState
{
    public int Length { get; private set; }
    public int Root => Length;
    private int[] _stack = new int[64];
    public int StackCount { get; private set; }
    public int Front { get; private set; }
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] LeftMost = new int[64], LeftMost2 = new int[64], RightMost = new int[64], RightMost2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public void Reset(int length)
    {
        int size = length + 1;
        if (Heads.Length < size)
        {
            int cap = Math.Max(size, Heads.Length * 2);
            _stack = new int[cap]; Heads = new int[cap]; Labels = new int[cap];
            LeftMost = new int[cap]; LeftMost2 = new int[cap]; RightMost = new int[cap]; RightMost2 = new int[cap];
            LeftCount = new int[cap]; RightCount = new int[cap]; LeftLabels = new ulong[cap]; RightLabels = new ulong[cap];
        }
        Length = length;
        StackCount = 0;
        Front = 0;
        Array.Fill(Heads, -1, 0, size);
        Array.Fill(Labels, -1, 0, size);
        Array.Fill(LeftMost, -1, 0, size); Array.Fill(LeftMost2, -1, 0, size);
        Array.Fill(RightMost, -1, 0, size); Array.Fill(RightMost2, -1, 0, size);
        Array.Clear(LeftCount, 0, size); Array.Clear(RightCount, 0, size);
        Array.Clear(LeftLabels, 0, size); Array.Clear(RightLabels, 0, size);
    }

    public bool IsFinal => Front == Length && StackCount == 0;

    /// <summary>Makes this state a copy of another (beam search keeps several).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyFrom(ParseState o)
    {
        int size = o.Length + 1;
        if (Heads.Length < size) Reset(o.Length);
        Length = o.Length;
        StackCount = o.StackCount;
        Front = o.Front;
        // span copies: a plain memmove each (Array.Copy's type checks cost more than these short copies)
        o._stack.AsSpan(0, o.StackCount).CopyTo(_stack);
        o.Heads.AsSpan(0, size).CopyTo(Heads); o.Labels.AsSpan(0, size).CopyTo(Labels);
        o.LeftMost.AsSpan(0, size).CopyTo(LeftMost); o.LeftMost2.AsSpan(0, size).CopyTo(LeftMost2);
        o.RightMost.AsSpan(0, size).CopyTo(RightMost); o.RightMost2.AsSpan(0, size).CopyTo(RightMost2);
        o.LeftCount.AsSpan(0, size).CopyTo(LeftCount); o.RightCount.AsSpan(0, size).CopyTo(RightCount);
        o.LeftLabels.AsSpan(0, size).CopyTo(LeftLabels); o.RightLabels.AsSpan(0, size).CopyTo(RightLabels);
    }

    /// <summary>The i-th word from the top of the stack (0 = top), or -1.</summary>
    public int Stack(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;

    /// <summary>The i-th word of the buffer (0 = front; the root counts), or -1.</summary>
    public int Buffer(int i) => Front + i <= Length ? Front + i : -1;

    public bool InStack(int word)
    {
        for (int i = 0; i < StackCount; i++) if (_stack[i] == word) return true;
        return false;
    }

    public ReadOnlySpan<int> StackItems => _stack.AsSpan(0, StackCount);

    public bool CanDo(Move m) => m switch
    {
        Move.Shift => Front < Length,
        Move.Reduce => StackCount > 0 && Heads[Stack(0)] >= 0,
        Move.Left => StackCount > 0 && Heads[Stack(0)] < 0,
        Move.Right => StackCount > 0 && Front < Length,
        _ => false,
    };

    public void Apply(Move m, int label)
    {
        switch (m)
        {
            case Move.Shift:
                _stack[StackCount++] = Front++;
                break;
            case Move.Reduce:
                StackCount--;
                break;
            case Move.Left:
                AddArc(Front, _stack[--StackCount], label);
                break;
            case Move.Right:
                AddArc(_stack[StackCount - 1], Front, label);
                _stack[StackCount++] = Front++;
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (dependent < head)
        {
            // a head's left children attach nearest first, so each new one is the leftmost
            LeftMost2[head] = LeftMost[head];
            LeftMost[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            RightMost2[head] = RightMost[head];
            RightMost[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }
}
