using Dyad.Documents;

namespace Dyad.Cleaning;

/// <summary>
/// Gives each line of a page its role. The article is found first: its prose paragraphs, from the first
/// to the point where only chrome follows (a 'Source:' line, an author bio, share buttons, 'About us',
/// a copyright line, after which fewer than two paragraphs come). Before the article stand the
/// title, byline and dateline among site chrome; after it, chrome and closing metadata; inside it, the
/// rare chrome line (a teaser, a button row, a headline of another story) is picked out by pattern and topic.
/// </summary>
internal sealed class PageClassifier(LineRecurrence? recurrence)
{
    /// <summary>A headline-shaped line inside the article whose words the article shares less than this is another story's.</summary>
    private const double UnrelatedTopic = 0.34;

    /// <summary>Each line of a hard-wrapped paragraph but the last holds at least this many words.</summary>
    private const int WrappedLineWords = 8;

    /// <summary>Hard-wrapped text breaks lines at about 60 to 80 characters; no line of a wrapped paragraph is wider than this.</summary>
    private const int WrapWidth = 100;

    /// <summary>How far into the article a bare name can still be its byline (under a standfirst).</summary>
    private const int BylineReach = 3;

    /// <summary>A paragraph after an end mark still belongs to the article when this share of its words is the article's.</summary>
    private const double OnTopic = 0.15;

    /// <summary>Shorter lines inside an article are its own subheadings ("What comes next"), however generic.</summary>
    private const int MinimumHeadlineWords = 5;

    /// <summary>Batch signal: a short line two documents share is chrome, once the batch holds this many documents.</summary>
    private const int RecurrenceMinimumBatch = 3;

    public PageClassification Classify(Document document)
    {
        var lines = PageLine.Split(document.Text);
        var page = new Page(document, lines, recurrence);
        var roles = new LineRole[lines.Count];
        var first = page.FirstProse();
        var titleLine = page.FindTitle(first, document.Metadata.Title);
        if (first == lines.Count) first = titleLine + 1; // a note without prose: what follows its title is the note
        var end = page.ArticleEnd(first);
        var (title, author, publisher) = (document.Metadata.Title, document.Metadata.Author, document.Metadata.Publisher);

        for (var i = 0; i < first; i++)
        {
            var line = lines[i];
            if (i == titleLine)
            {
                roles[i] = LineRole.Title;
                var (read, byline) = TitleLine.Read(line.Text);
                title ??= read;
                author ??= byline;
            }
            else if (page.Metadata(i, PageRegion.Head) is { } meta)
            {
                roles[i] = LineRole.Metadata;
                author ??= meta.Author;
                publisher ??= meta.Publisher;
            }
            else if (LineShapes.IsPublicationStamp(line)) roles[i] = LineRole.Metadata; // the article's own date, wherever the site puts it
            else if (titleLine >= 0 && i > titleLine && page.ReadsAsByline(i))
            {
                roles[i] = LineRole.Metadata;
                if (!LineShapes.IsDateLine(line)) author ??= PersonNames.Clean(line.Text.Split(',', '|')[0]);
            }
            else roles[i] = page.IsStandfirst(i) ? LineRole.Body : LineRole.Chrome;
        }

        var inTeaserBlock = false;
        var lastProse = page.LastProse(end);
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            if (lastProse >= 0 && i > lastProse && !line.EndsLikeSentence && page.Metadata(i, PageRegion.Tail) is null) // nothing of the article ends on a headline
                roles[i] = LineRole.Chrome;
            else if (page.IsChrome(i))
            {
                roles[i] = LineRole.Chrome;
                inTeaserBlock |= ChromeHeadings.Opens(line);
            }
            else if (page.Metadata(i, PageRegion.Any) is { } meta)
            {
                roles[i] = LineRole.Metadata;
                author ??= meta.Author;
                publisher ??= meta.Publisher;
            }
            else if (i <= first + BylineReach && page.ReadsAsByline(i) && PersonNames.Clean(line.Text.Split(',', '|')[0]) is { } name)
            {
                roles[i] = LineRole.Metadata; // a byline under a standfirst
                author ??= name;
            }
            else if (page.IsProse(i))
            {
                roles[i] = LineRole.Body;
                inTeaserBlock = false;
            }
            else if (inTeaserBlock || LineShapes.IsDateLine(line) || page.IsUnrelatedHeadline(i))
                roles[i] = LineRole.Chrome;
            else roles[i] = LineRole.Body;
        }

        for (var i = end; i < lines.Count; i++)
        {
            if (page.Metadata(i, PageRegion.Tail) is { } meta)
            {
                roles[i] = LineRole.Metadata;
                author ??= meta.Author;
                publisher ??= meta.Publisher;
            }
            else roles[i] = LineRole.Chrome;
        }
        return new PageClassification(lines, roles, title, author, publisher);
    }

    /// <summary>The lines of one page with what is known of each, computed once.</summary>
    private sealed class Page
    {
        private readonly List<PageLine> _lines;
        private readonly bool[] _chrome;
        private readonly bool[] _prose;
        private readonly bool[] _outsideMain;
        private TopicOverlap? _topic;

        /// <summary>What the metadata patterns said of each line in each region (<see cref="MetadataSlot"/>), once asked.</summary>
        private MetadataSlot[]? _metadata;

        private struct MetadataSlot
        {
            public bool Matched;
            public MetadataMatch? Match;
        }

        public Page(Document document, List<PageLine> lines, LineRecurrence? recurrence)
        {
            _lines = lines;
            _chrome = new bool[lines.Count];
            _prose = new bool[lines.Count];
            _outsideMain = new bool[lines.Count];
            var main = document.Metadata.MainContent;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                _outsideMain[i] = main.Count > 0 && !Overlaps(main, line.Span);
                _chrome[i] = ChromePatterns.IsChrome(line) || LineShapes.IsCalendarRow(line) || LineShapes.IsMenu(line);
                _prose[i] = !_chrome[i] && line.ReadsAsProse && !LineShapes.IsDateLine(line);
            }
            MarkWrappedParagraphs(document.Text);
            ApplyRecurrence(recurrence, document.CountedWith);
            // The reader's guess at the article region counts only when the region holds prose.
            if (!HasProseInMain()) Array.Clear(_outsideMain);
            for (var i = 0; i < lines.Count; i++)
                if (_outsideMain[i])
                {
                    _chrome[i] = true;
                    _prose[i] = false;
                }
        }

        private static bool Overlaps(IReadOnlyList<TextSpan> spans, TextSpan span)
        {
            for (var k = 0; k < spans.Count; k++)
                if (spans[k].Overlaps(span)) return true;
            return false;
        }

        private bool HasProseInMain()
        {
            for (var i = 0; i < _lines.Count; i++)
                if (_prose[i] && !_outsideMain[i]) return true;
            return false;
        }

        public bool IsChrome(int i) => _chrome[i];

        /// <summary>What the metadata patterns say of line i read in a region; each line and region is matched once.</summary>
        public MetadataMatch? Metadata(int i, PageRegion region)
        {
            _metadata ??= new MetadataSlot[_lines.Count * 3];
            ref var slot = ref _metadata[i * 3 + (int)region];
            if (!slot.Matched) slot = new MetadataSlot { Matched = true, Match = MetadataPatterns.Match(_lines[i], region) };
            return slot.Match;
        }

        public bool IsProse(int i) => _prose[i];

        /// <summary>The first prose line; the page's length when there is none.</summary>
        public int FirstProse()
        {
            for (var i = 0; i < _lines.Count; i++)
                if (_prose[i]) return i;
            return _lines.Count;
        }

        /// <summary>The last prose line before <paramref name="end"/>; -1 when there is none.</summary>
        public int LastProse(int end)
        {
            for (var i = end - 1; i >= 0; i--)
                if (_prose[i]) return i;
            return -1;
        }

        /// <summary>
        /// Where the article stops: the first end mark (chrome, a credit, a bio) after which at most one prose
        /// line comes, and that one not on the article's topic: a site's blurb under 'About us' is prose, but
        /// about something else; a closing paragraph after an advertisement is the article's.
        /// </summary>
        public int ArticleEnd(int first)
        {
            var proseAfter = new int[_lines.Count + 1];
            for (var i = _lines.Count - 1; i >= 0; i--) proseAfter[i] = proseAfter[i + 1] + (_prose[i] ? 1 : 0);
            // The article's words before each end mark: the prose lines from first on, added as the marks move down.
            TopicOverlap? before = null;
            var counted = first;
            for (var i = first + 1; i < _lines.Count; i++)
            {
                if (proseAfter[i + 1] >= 2 || !IsEndMark(i)) continue;
                if (proseAfter[i + 1] == 0) return i; // no paragraph after it to weigh
                before ??= new TopicOverlap();
                for (; counted < i; counted++)
                    if (_prose[counted]) before.Add(_lines[counted].Chars);
                var onTopicAfter = false;
                for (var j = i + 1; j < _lines.Count && !onTopicAfter; j++)
                    onTopicAfter = _prose[j] && before.Of(_lines[j].Chars) >= OnTopic;
                if (!onTopicAfter) return i;
            }
            return _lines.Count;
        }

        private bool IsEndMark(int i) =>
            _chrome[i] || ChromeHeadings.Opens(_lines[i])
            || Metadata(i, PageRegion.Tail) is not null; // a credit, a source, a bio: the article has ended

        /// <summary>
        /// The title among the lines before the article: the one closest to what the source said the title is;
        /// else the headline-shaped line (not chrome, a date, a byline or a masthead) that leads into the article,
        /// standing just above a byline, a date or the first paragraph, the longest such line winning ties.
        /// </summary>
        public int FindTitle(int first, string? statedTitle)
        {
            var best = -1;
            var bestScore = 0.0;
            TopicOverlap? stated = null;
            for (var i = 0; i < first; i++)
            {
                var line = _lines[i];
                if (_chrome[i] && !_outsideMain[i] || LineShapes.IsDateLine(line) || LineShapes.IsDateline(line) || LineShapes.IsMasthead(line) || line.Words is < 1 or > 30) continue;
                if (Metadata(i, PageRegion.Head) is not null) continue;
                if (line.EndsLikeSentence && line.Chars[^1] == '.' && line.Words > 12) continue;
                if (statedTitle is null && first == _lines.Count) return i; // no article to lead into: the first headline
                var score = statedTitle is null ? line.Words + (LeadsIntoArticle(i, first) ? 100 : 0) : (stated ??= new TopicOverlap([statedTitle])).Of(line.Chars);
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }
            return statedTitle is null || bestScore >= 0.5 ? best : -1;
        }

        /// <summary>True when only bylines and dates stand between the line and the first paragraph.</summary>
        private bool LeadsIntoArticle(int i, int first)
        {
            for (var j = i + 1; j < first; j++)
            {
                var line = _lines[j];
                if (!(LineShapes.IsDateLine(line) || Metadata(j, PageRegion.Head) is not null || ReadsAsByline(j))) return false;
            }
            return true;
        }

        /// <summary>A short line under the title: an author and a place, a date, a credit.</summary>
        public bool ReadsAsByline(int i)
        {
            var line = _lines[i];
            return line.Words <= 8 && !_chrome[i] && line.Chars[^1] is not ('.' or '?' or '!') || LineShapes.IsDateLine(line) || LineShapes.IsDateline(line);
        }

        /// <summary>A sentence under the title that introduces the article: body, not chrome.</summary>
        public bool IsStandfirst(int i) => !_chrome[i] && _lines[i].EndsLikeSentence && _lines[i].Words >= 8;

        /// <summary>A headline-shaped line standing between two paragraphs that shares little of the article's topic.</summary>
        public bool IsUnrelatedHeadline(int i)
        {
            var line = _lines[i];
            if (line.EndsLikeSentence || line.Words is < MinimumHeadlineWords or > 20) return false;
            if (i == 0 || i + 1 >= _lines.Count || !_prose[i - 1] || !_prose[i + 1]) return false;
            if (_topic is null)
            {
                _topic = new TopicOverlap();
                for (var j = 0; j < _lines.Count; j++)
                    if (_prose[j]) _topic.Add(_lines[j].Chars);
            }
            return _topic.Of(line.Chars) < UnrelatedTopic;
        }

        /// <summary>
        /// Plain text wrapped at a fixed width breaks a paragraph into lines that do not end like sentences:
        /// a run of long lines no wider than a wrap, with no blank line between them, whose last line ends
        /// like a sentence, is prose.
        /// </summary>
        private void MarkWrappedParagraphs(string text)
        {
            var start = 0;
            for (var i = 1; i <= _lines.Count; i++)
            {
                var runEnds = i == _lines.Count || text.AsSpan(_lines[i - 1].Span.End, _lines[i].Span.Start - _lines[i - 1].Span.End).Count('\n') > 1;
                if (!runEnds) continue;
                if (i - start >= 2 && _lines[i - 1].EndsLikeSentence && IsWrappedRun(start, i))
                    for (var j = start; j < i; j++) _prose[j] = !_chrome[j];
                start = i;
            }
        }

        /// <summary>Lines start to end (exclusive) are no wider than a wrap, and all but the last are long lines that are not chrome.</summary>
        private bool IsWrappedRun(int start, int end)
        {
            for (var j = start; j < end; j++)
            {
                if (_lines[j].Chars.Length > WrapWidth) return false;
                if (j < end - 1 && (_lines[j].Words < WrappedLineWords || _chrome[j])) return false;
            }
            return true;
        }

        /// <summary>Short lines many pages of the batch share (menus, buttons, blurbs' headings) are chrome.</summary>
        /// <param name="counted">The documents of the batch the page is compared with (<see cref="Document.CountedWith"/>); null: all counted so far.</param>
        private void ApplyRecurrence(LineRecurrence? recurrence, int? counted)
        {
            if (recurrence is null) return;
            var documents = counted ?? recurrence.Documents;
            if (documents < RecurrenceMinimumBatch) return;
            for (var i = 0; i < _lines.Count; i++)
            {
                if (_lines[i].ReadsAsProse || !recurrence.SharedWithin(_lines[i].Chars, documents)) continue;
                _chrome[i] = true;
                _prose[i] = false;
            }
        }
    }
}
