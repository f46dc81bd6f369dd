using System.Text;

namespace Dyad.Tests.Cli.Commands;

/// <summary>
/// A folder as analysts have them: good articles beside a binary file, an empty file, an oversized
/// text, broken UTF-8 and malformed HTML. Written fresh for each test and deleted after.
/// </summary>
internal sealed class MixedBatch : IDisposable
{
    public const int GoodArticles = 3;
    public const long OversizeBytes = 20 * 1024 * 1024;

    public MixedBatch()
    {
        Directory.CreateDirectory(Path);
        Write("a-agreement.txt", Article("Rawalpindi hosts defence talks",
            "Pakistan and Russia signed a defence cooperation agreement in Rawalpindi in November 2014. " +
            "The agreement opened the way for exchanges of military delegations."));
        Write("b-exercise.txt", Article("Joint drills in the hills",
            "Special forces of both countries held their first joint exercise at Cherat in 2016. " +
            "The drills lasted two weeks and focused on counter-terrorism."));
        File.WriteAllBytes(System.IO.Path.Combine(Path, "c-broken.txt"),
            [.. Encoding.UTF8.GetBytes("Helicopter deal\n\nThe contract for four helicopters was signed in August 2015 "), 0xC3, 0x28,
             .. Encoding.UTF8.GetBytes(" after long talks between the two ministries.\n")]);
        Write("d-malformed.html",
            "<html><head><title>Engine deliveries resume</title><body><div><p>Deliveries of jet engines resumed in 2017" +
            "<p>Officials said the <b>engines would power <i>new fighters</div></span> in the coming years.<table><tr><td>");
        File.WriteAllBytes(System.IO.Path.Combine(Path, "e-picture.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        File.WriteAllBytes(System.IO.Path.Combine(Path, "f-empty.txt"), []);
        using (var huge = File.Create(System.IO.Path.Combine(Path, "g-huge.txt")))
        {
            var line = Encoding.ASCII.GetBytes("A very long scraped page of repeated filler text about nothing in particular.\n");
            for (long written = 0; written < OversizeBytes; written += line.Length) huge.Write(line);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dyad-batch-" + Guid.NewGuid().ToString("N"));

    public string Db => System.IO.Path.Combine(Path + "-store", "dyad.db");

    public static string[] RefusedFiles => ["e-picture.png", "f-empty.txt", "g-huge.txt"];

    public void Dispose()
    {
        foreach (var dir in new[] { Path, Path + "-store" })
            TempFolder.Delete(dir);
    }

    private void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

    private static string Article(string title, string body) => $"{title}\n\n{body}\n";
}
