using System.Collections;
using System.Numerics;

namespace Dyad.Annotation.Time;

/// <summary>A set of rows of the rule table, read in table order.</summary>
internal readonly struct RowSet(ulong rows) : IEnumerable<int>
{
    /// <summary>How many rows a set can hold.</summary>
    public const int Capacity = 64;

    public Enumerator GetEnumerator() => new(rows);

    IEnumerator<int> IEnumerable<int>.GetEnumerator()
    {
        foreach (var row in this) yield return row;
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<int>)this).GetEnumerator();

    public struct Enumerator(ulong rows)
    {
        private ulong _left = rows;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            if (_left == 0) return false;
            Current = BitOperations.TrailingZeroCount(_left);
            _left &= _left - 1;
            return true;
        }
    }
}
