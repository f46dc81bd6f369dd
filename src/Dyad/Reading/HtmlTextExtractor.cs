using System.Text;
using AngleSharp.Dom;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// Turns an HTML tree into the text a reader sees: block elements and &lt;br&gt; end lines, paragraphs
/// are parted by a blank line, whitespace runs fold to one space inside a line, invisible elements
/// (script, style, template, svg, hidden) drop out. Entities are already decoded by the parser.
/// Also reports where in that text chosen elements ended up, so structure can be mapped to spans.
/// </summary>
internal static class HtmlTextExtractor
{
    public static string Extract(INode root) => Extract(root, []).Text;

    /// <summary>The visible text under <paramref name="root"/>, and for each tracked element the span its text occupies.</summary>
    public static (string Text, IReadOnlyList<TextSpan> TrackedSpans) Extract(INode root, IReadOnlyList<IElement> tracked)
    {
        var writer = new VisibleTextWriter(tracked);
        // An explicit stack, not recursion: malformed pages can nest thousands of unclosed tags.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                writer.Write(text.Data);
                continue;
            }
            if (node is not IElement && node is not IDocument && node is not IDocumentFragment) continue;
            if (node is IElement element)
            {
                if (leaving) { writer.Leave(element); continue; }
                if (IsHidden(element)) continue;
                writer.Enter(element);
                stack.Push((element, true));
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false));
        }
        return (writer.ToString(), writer.TrackedSpans());
    }

    private static bool IsHidden(IElement element) =>
        HtmlElements.Invisible.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style && IsDisplayNone(style));

    private static bool IsDisplayNone(string style)
    {
        var at = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var rest = style.AsSpan(at + "display".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != ':') return false;
        return rest[1..].TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Accumulates text with deferred breaks and spaces, so no line starts or ends with a space.</summary>
    private sealed class VisibleTextWriter(IReadOnlyList<IElement> tracked)
    {
        private readonly StringBuilder _text = new();
        private readonly int[] _starts = Enumerable.Repeat(-1, tracked.Count).ToArray();
        private readonly int[] _ends = new int[tracked.Count];
        private readonly List<int> _awaitingStart = [];
        private int _pendingBreaks;
        private bool _pendingSpace;
        private int _preformattedDepth;

        public void Enter(IElement element)
        {
            var name = element.LocalName;
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                _pendingBreaks = Math.Min(_pendingBreaks + 1, 2);
                _pendingSpace = false;
                return;
            }
            Break(name);
            if (HtmlElements.Preformatted.Contains(name)) _preformattedDepth++;
            for (var i = 0; i < tracked.Count; i++)
                if (ReferenceEquals(tracked[i], element)) _awaitingStart.Add(i);
        }

        public void Leave(IElement element)
        {
            var name = element.LocalName;
            if (HtmlElements.Preformatted.Contains(name)) _preformattedDepth--;
            for (var i = 0; i < tracked.Count; i++)
                if (ReferenceEquals(tracked[i], element))
                {
                    _awaitingStart.Remove(i);
                    _ends[i] = _text.Length;
                }
            if (HtmlElements.Cells.Contains(name)) _pendingSpace = true;
            else Break(name);
        }

        public void Write(string data)
        {
            if (_preformattedDepth > 0)
            {
                if (data.Length == 0) return;
                BeginText();
                _text.Append(data);
                return;
            }
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c)) { _pendingSpace = true; continue; }
                BeginText();
                _text.Append(c);
            }
        }

        public IReadOnlyList<TextSpan> TrackedSpans()
        {
            var spans = new List<TextSpan>(tracked.Count);
            for (var i = 0; i < tracked.Count; i++)
                if (_starts[i] >= 0 && _ends[i] > _starts[i]) spans.Add(new TextSpan(_starts[i], _ends[i]));
            return spans;
        }

        public override string ToString() => _text.ToString();

        private void Break(string elementName)
        {
            var breaks = HtmlElements.Paragraphs.Contains(elementName) ? 2 : HtmlElements.Lines.Contains(elementName) ? 1 : 0;
            if (breaks == 0) return;
            _pendingBreaks = Math.Max(_pendingBreaks, breaks);
            _pendingSpace = false;
        }

        /// <summary>Puts down the breaks or the space owed before the next visible character.</summary>
        private void BeginText()
        {
            if (_text.Length == 0) { _pendingBreaks = 0; _pendingSpace = false; }
            if (_pendingBreaks > 0)
            {
                TrimTrailingSpace();
                _text.Append('\n', _pendingBreaks);
                _pendingBreaks = 0;
                _pendingSpace = false;
            }
            if (_pendingSpace && _preformattedDepth == 0 && _text[^1] != '\n') _text.Append(' ');
            _pendingSpace = false;
            foreach (var i in _awaitingStart) _starts[i] = _text.Length;
            _awaitingStart.Clear();
        }

        private void TrimTrailingSpace()
        {
            while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
        }
    }
}
