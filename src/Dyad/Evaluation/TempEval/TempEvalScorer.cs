using Dyad.Annotation.Time;
using Dyad.Documents;

namespace Dyad.Evaluation.TempEval;

/// <summary>Precision, recall and F1 over counts of true positives, false positives and false negatives.</summary>
public readonly record struct PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public override string ToString() => $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})";
}

/// <summary>One disagreement with the gold, for error analysis.</summary>
public sealed record TimexError(string Document, string Kind, string Text, string? Gold, string? System);

/// <summary>TempEval-3 timex figures: extent strict and relaxed (overlap), and value and type accuracy over relaxed matches.</summary>
public sealed record TempEvalReport(int Documents, PrecisionRecall Strict, PrecisionRecall Relaxed, int ValueCorrect, int TypeCorrect, IReadOnlyList<TimexError> Errors)
{
    public double ValueAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)ValueCorrect / Relaxed.TruePositives;
    public double TypeAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)TypeCorrect / Relaxed.TruePositives;

    /// <summary>The TempEval-3 value F1: correct values over system and over gold expressions.</summary>
    public double ValueF1
    {
        get
        {
            var system = Relaxed.TruePositives + Relaxed.FalsePositives;
            var gold = Relaxed.TruePositives + Relaxed.FalseNegatives;
            double p = system == 0 ? 0 : (double)ValueCorrect / system, r = gold == 0 ? 0 : (double)ValueCorrect / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public override string ToString() =>
        $"documents={Documents}\nstrict:  {Strict}\nrelaxed: {Relaxed}\nvalue accuracy={ValueAccuracy:0.000} value F1={ValueF1:0.000} type accuracy={TypeAccuracy:0.000}";
}

/// <summary>
/// Scores the time expression engine on TimeML documents (TempEval-3): runs it on each document's text
/// with the document's own creation time as reference, and compares with the gold TIMEX3s.
/// </summary>
public sealed class TempEvalScorer(TimeExpressionRecognizer recognizer)
{
    public TempEvalScorer() : this(TimeExpressionRecognizer.Default) { }

    /// <summary>Scores every .tml file under the folder (recursively).</summary>
    public TempEvalReport ScoreFolder(string folder) =>
        Score(Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(TimeMLDocument.Read));

    public TempEvalReport Score(IEnumerable<TimeMLDocument> documents)
    {
        int documentCount = 0, strictTp = 0, relaxedTp = 0, systemCount = 0, goldCount = 0, valueOk = 0, typeOk = 0;
        var errors = new List<TimexError>();
        foreach (var document in documents)
        {
            documentCount++;
            var system = recognizer.Find(document.Text, document.CreationTime);
            systemCount += system.Count;
            goldCount += document.Timexes.Count;
            var used = new bool[system.Count];
            foreach (var gold in document.Timexes)
            {
                var hit = -1;
                for (var i = 0; i < system.Count && hit < 0; i++)
                    if (!used[i] && system[i].Span == gold.Span) hit = i;
                for (var i = 0; i < system.Count && hit < 0; i++)
                    if (!used[i] && system[i].Span.Overlaps(gold.Span)) hit = i;
                if (hit < 0)
                {
                    errors.Add(new TimexError(document.Name, "missed", gold.Text, gold.Value, null));
                    continue;
                }
                used[hit] = true;
                var found = system[hit];
                relaxedTp++;
                if (found.Span == gold.Span) strictTp++;
                else errors.Add(new TimexError(document.Name, "extent", gold.Text, gold.Text, found.Text));
                if (found.Value.ToTimex() == gold.Value) valueOk++;
                else errors.Add(new TimexError(document.Name, "value", gold.Text, gold.Value, found.Value.ToTimex()));
                if (found.TypeName == gold.Type) typeOk++;
                else errors.Add(new TimexError(document.Name, "type", gold.Text, gold.Type, found.TypeName));
            }
            for (var i = 0; i < system.Count; i++)
                if (!used[i]) errors.Add(new TimexError(document.Name, "spurious", system[i].Text, null, system[i].Value.ToTimex()));
        }
        var strict = new PrecisionRecall(strictTp, systemCount - strictTp, goldCount - strictTp);
        var relaxed = new PrecisionRecall(relaxedTp, systemCount - relaxedTp, goldCount - relaxedTp);
        return new TempEvalReport(documentCount, strict, relaxed, valueOk, typeOk, errors);
    }
}
