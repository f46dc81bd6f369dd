namespace Dyad.Cleaning;

/// <summary>Reads a person's name out of a byline: honorifics and ranks dropped, the name's shape checked.</summary>
internal static class PersonNames
{
    /// <summary>
    /// "Dr Muhammad Khan" → "Muhammad Khan"; "Lt Gen (retd) Talat Masood" → "Talat Masood";
    /// null when what is left does not read as a name (2–5 capitalized words, name particles allowed).
    /// </summary>
    public static string? Clean(string candidate)
    {
        var words = candidate.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && CleaningRules.Honorifics.Contains(words[0].Trim('.', ',', '(', ')')))
            words.RemoveAt(0);
        words.RemoveAll(w => w.StartsWith('(') && w.EndsWith(')')); // "(retd)"
        if (words.Count is < 2 or > 5) return null;
        foreach (var word in words)
        {
            var bare = word.TrimEnd('.', ',');
            if (bare.Length == 0) return null;
            if (CleaningRules.NameParticles.Contains(bare)) continue;
            if (CleaningRules.NewsroomRoles.Contains(bare)) return null; // "Staff Reporter", "News Desk"
            if (!char.IsUpper(bare[0]) || CleaningRules.MonthNames.Contains(bare) || CleaningRules.WeekdayNames.Contains(bare)) return null;
        }
        return string.Join(' ', words).TrimEnd('.', ',');
    }
}
