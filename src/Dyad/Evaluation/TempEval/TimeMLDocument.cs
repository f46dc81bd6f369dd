using System.Text;
using System.Xml;
using Dyad.Documents;

namespace Dyad.Evaluation.TempEval;

/// <summary>A gold TIMEX3 of a TimeML document: its extent as offsets into the tag-free text, type and value.</summary>
public sealed record TimeMLTimex(TextSpan Span, string Text, string Type, string Value);

/// <summary>
/// A TimeML (.tml) document as TempEval-3 ships it: the text of its &lt;TEXT&gt; element with the tags
/// stripped (the original text, so offsets are recovered), its creation time (DCT) and its gold TIMEX3s.
/// </summary>
public sealed record TimeMLDocument(string Name, string Text, PartialDate? CreationTime, IReadOnlyList<TimeMLTimex> Timexes)
{
    public static TimeMLDocument Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        var timexes = new List<TimeMLTimex>();
        PartialDate? creation = null;
        bool inDct = false, inText = false;
        (int Start, string Type, string Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "DCT":
                    inDct = true;
                    break;
                case XmlNodeType.EndElement when reader.Name == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3" && inDct:
                    creation = PartialDate.ParseIso(reader.GetAttribute("value"));
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3" && inText:
                    open = (text.Length, reader.GetAttribute("type") ?? "", reader.GetAttribute("value") ?? "");
                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open is { } o:
                    timexes.Add(new TimeMLTimex(new TextSpan(o.Start, text.Length), text.ToString(o.Start, text.Length - o.Start), o.Type, o.Value));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return new TimeMLDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), creation, timexes);
    }
}
