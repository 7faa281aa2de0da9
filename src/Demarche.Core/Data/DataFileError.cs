namespace Demarche.Core.Data;

/// <summary>
/// A data file that does not read, said in the one form every loader uses and the command line prints in one line:
/// "file: line L, column C: what is wrong" (an <see cref="InvalidDataException"/>), so that a user who edits data/
/// finds the place at once. The file is named as the caller gives it (a user's dictionary by its whole path).
/// </summary>
public static class DataFileError
{
    public static InvalidDataException At(string path, long line, long column, string message, Exception? inner = null) =>
        new($"{path}: line {line}, column {column}: {message}", inner);
}
