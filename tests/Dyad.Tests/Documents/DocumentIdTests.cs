using System.Security.Cryptography;
using System.Text;
using Dyad.Documents;

namespace Dyad.Tests.Documents;

/// <summary>A document's id is a hash of its words joined by single spaces, however the white space between them runs.</summary>
public sealed class DocumentIdTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("One")]
    [InlineData("One two three.")]
    [InlineData("  One  two   three.  ")]
    [InlineData("One\ntwo\n\nthree")]
    [InlineData("One \n two\t\tthree \n")]
    [InlineData("One\u00A0two\u2003three\r\nfour")]
    [InlineData("\n\tOne two  \n\n  three four \t")]
    public void The_id_hashes_the_words_joined_by_single_spaces(string text) =>
        Assert.Equal(Expected(text), Document.IdFor(text));

    [Fact]
    public void Spacing_does_not_change_the_id() =>
        Assert.Equal(Document.IdFor("Russia and Pakistan\nheld talks."), Document.IdFor("  Russia  and\tPakistan held\n\ntalks. "));

    private static string Expected(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words)));
        return "d-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
