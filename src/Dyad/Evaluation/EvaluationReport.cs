namespace Dyad.Evaluation;

/// <summary>Precision, recall and F1 as the scorer's prf() gives them: rounded to three places as Python's round() does.</summary>
public sealed record PrecisionRecall(double P, double R, double F1, int Tp, int Fp, int Fn)
{
    public static PrecisionRecall From(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new PrecisionRecall(PythonFloat.Round(p, 3), PythonFloat.Round(r, 3), PythonFloat.Round(f, 3), tp, fp, fn);
    }
}

/// <summary>A count of hits out of a total, printed "hits/total".</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    public override string ToString() => $"{Hits}/{Total}";
}

public sealed record DocumentScores(
    Ratio Title, Ratio PublishedMonth, Ratio PublishedYear, PrecisionRecall BoilerplateRemoval, Ratio DuplicatePassagesKeptOnce);

/// <summary>Entity matching; <see cref="Missed"/> lines read "doc TYPE canonical" (doc is the name's first three characters).</summary>
public sealed record EntityScores(PrecisionRecall Match, IReadOnlyList<string> Missed);

/// <summary>Time expressions matched by overlapping span; <see cref="ValueF1"/> is the scorer's own formula.</summary>
public sealed record TimexScores(PrecisionRecall Match, double ValueAccuracy, double ValueF1, IReadOnlyList<string> Errors);

public sealed record EventScores(
    PrecisionRecall Match, Ratio StatusAccuracy, Ratio DirectionAccuracy, Ratio DateYear, Ratio DateExact, IReadOnlyList<string> Notes);

/// <summary>Pairwise fusion: pairs of gold mentions from different documents that one fused event covers.</summary>
public sealed record FusionScores(
    PrecisionRecall Pairs, int FusedEvents, int GoldClusters, IReadOnlyList<string> WrongMerges, IReadOnlyList<string> MissedMerges);

/// <summary>What <c>dyad eval</c> (and score.py) reports; <see cref="Fusion"/> is null when no fused events were given.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<string> DocumentsMissing,
    DocumentScores Documents,
    EntityScores Entities,
    TimexScores Timexes,
    EventScores Events,
    FusionScores? Fusion);
