using System.Collections.Generic;

namespace ScoModel.Generators.Reading;

/// <summary>
/// The readers' scratch lists hold the items and pairs of the collections being read, innermost last: each collection
/// takes its own off the end into an array of its exact size, so reading allocates no list per collection.
/// </summary>
internal static class Scratch
{
    /// <summary>The elements of <paramref name="scratch"/> from <paramref name="first"/> on, removed from it.</summary>
    public static T[] TakeFrom<T>(List<T> scratch, int first)
    {
        var taken = new T[scratch.Count - first];
        scratch.CopyTo(first, taken, 0, taken.Length);
        scratch.RemoveRange(first, taken.Length);
        return taken;
    }
}
