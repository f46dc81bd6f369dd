using BenchmarkDotNet.Attributes;
using Dyad.Knowledge;

namespace Dyad.Bench;

/// <summary>
/// Throughput of the knowledge matcher over defence-reporting prose (text written for the bench,
/// repeated to about 1 MB). Reports time per pass; MB/s = 1 / (mean seconds) for the 1 MB text.
/// </summary>
[MemoryDiagnoser]
public class KnowledgeMatcherBench
{
    private const string Paragraph =
        "Pakistan and Russia held the fourth round of their Joint Military Consultative Committee in Rawalpindi, " +
        "where the Russian Deputy Defence Minister and Pakistan's Defence Secretary discussed Mi-35M helicopters, " +
        "RD-93 engines for the JF-17 Thunder and training under the Druzhba series. Officials in Islamabad said " +
        "the US and China were watching closely, while analysts at SIPRI and the IISS noted that India’s purchase " +
        "of the S-400 Triumf had changed the balance in South Asia. The talks touched on Afghanistan, the threat " +
        "from IS and the Taliban, and cooperation within the SCO and BRICS. Later the delegation flew to Moscow, " +
        "and the ministers agreed to meet again next year in Krasnodar after the drills ended.\n\n";

    private string _text = "";
    private readonly List<KnowledgeMatch> _found = new(4096);
    private KnowledgeMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _matcher = KnowledgeBase.Default.Matcher;
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 1_000_000) sb.Append(Paragraph);
        _text = sb.ToString();
    }

    [Benchmark(Description = "match 1 MB")]
    public int MatchOneMegabyte()
    {
        _found.Clear();
        _matcher.Match(_text, _found);
        return _found.Count;
    }
}
