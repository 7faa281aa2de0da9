using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Tests;

/// <summary>Parser inputs of common news words and random tags, for tests where two ways of parsing must agree (the parser need not like them).</summary>
internal static class RandomParserInput
{
    private static readonly string[] Words = ["the", "minister", "said", "on", "Monday", "that", "talks", "would", "resume", "in", "Doha", ",", "."];

    /// <summary>A sentence of <paramref name="n"/> words drawn with <paramref name="random"/>.</summary>
    public static ParserInput Make(int n, Random random)
    {
        var x = new ParserInput();
        x.Reset(n);
        for (int i = 0; i < n; i++) x.Set(i, WordAtoms.Of(Words[random.Next(Words.Length)], WordLexicons.Default), random.Next(0, 40));
        return x;
    }
}
