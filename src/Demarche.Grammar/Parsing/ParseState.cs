using System.Runtime.CompilerServices;

namespace Demarche.Grammar.Parsing;

/// <summary>The transitions of the arc-eager system (Nivre 2003), unlabelled; labels are chosen apart.</summary>
public enum Move : byte { Shift, Reduce, Left, Right }

/// <summary>What a parse state knows of one word: its head and label, its outermost children and how many it has on each side, the labels of those.</summary>
public struct WordArcs
{
    public int Head, Label, LeftMost, LeftMost2, RightMost, RightMost2, LeftCount, RightCount;
    public ulong LeftLabels, RightLabels;

    /// <summary>A word without arcs.</summary>
    public static readonly WordArcs None = new() { Head = -1, Label = -1, LeftMost = -1, LeftMost2 = -1, RightMost = -1, RightMost2 = -1 };
}

/// <summary>
/// A configuration of the arc-eager transition system with the root at the end of the buffer (Ballesteros and
/// Nivre 2013): a stack, the front of the buffer, the arcs so far, and for each word the children and label sets
/// that the feature templates read (one record a word, so that a copy of a state is one block). Words are 0…n-1;
/// n is the root.
/// </summary>
public sealed class ParseState
{
    public int Length { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; private set; }
    public int Root => Length;
    private int[] _stack = new int[64];
    public int StackCount { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; private set; }
    public int Front { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; private set; }
    private WordArcs[] _words = new WordArcs[64];

    /// <summary>Word i's arcs (the root's at <see cref="Length"/>).</summary>
    public ref readonly WordArcs Word(int i) => ref _words[i];

    /// <summary>Word i's head (-1: none yet).</summary>
    public int Head(int i) => _words[i].Head;

    /// <summary>The label of word i's arc (-1: none yet).</summary>
    public int Label(int i) => _words[i].Label;

    public void Reset(int length)
    {
        int size = length + 1;
        if (_words.Length < size)
        {
            int cap = Math.Max(size, _words.Length * 2);
            _stack = new int[cap];
            _words = new WordArcs[cap];
        }
        Length = length;
        StackCount = 0;
        Front = 0;
        _words.AsSpan(0, size).Fill(WordArcs.None);
    }

    public bool IsFinal => Front == Length && StackCount == 0;

    /// <summary>Makes this state a copy of another (beam search keeps several).</summary>
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public void CopyFrom(ParseState o)
    {
        int size = o.Length + 1;
        if (_words.Length < size) Reset(o.Length);
        Length = o.Length;
        StackCount = o.StackCount;
        Front = o.Front;
        o._stack.AsSpan(0, o.StackCount).CopyTo(_stack);
        o._words.AsSpan(0, size).CopyTo(_words);
    }

    /// <summary>The i-th word from the top of the stack (0 = top), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Stack(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;

    /// <summary>The i-th word of the buffer (0 = front; the root counts), or -1.</summary>
    public int Buffer(int i) => Front + i <= Length ? Front + i : -1;

    public bool InStack(int word)
    {
        for (int i = 0; i < StackCount; i++) if (_stack[i] == word) return true;
        return false;
    }

    public ReadOnlySpan<int> StackItems => _stack.AsSpan(0, StackCount);

    // the beam's hot path: optimised at once in a plain build (HotPath; called, not inlined, from the beam's step)
    [MethodImpl(Demarche.Core.HotPath.Optimization)]
    public bool CanDo(Move m) => m switch
    {
        Move.Shift => Front < Length,
        Move.Reduce => StackCount > 0 && _words[Stack(0)].Head >= 0,
        Move.Left => StackCount > 0 && _words[Stack(0)].Head < 0,
        Move.Right => StackCount > 0 && Front < Length,
        _ => false,
    };

    [MethodImpl(Demarche.Core.HotPath.Optimization)]
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
        _words[dependent].Head = head;
        _words[dependent].Label = label;
        ulong bit = 1UL << (label & 63);
        ref var h = ref _words[head];
        if (dependent < head)
        {
            // a head's left children attach nearest first, so each new one is the leftmost
            h.LeftMost2 = h.LeftMost;
            h.LeftMost = dependent;
            h.LeftCount++;
            h.LeftLabels |= bit;
        }
        else
        {
            h.RightMost2 = h.RightMost;
            h.RightMost = dependent;
            h.RightCount++;
            h.RightLabels |= bit;
        }
    }
}
