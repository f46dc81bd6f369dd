using System.Text;
using static Dyad.Tests.Reading.ReadTestKit;

namespace Dyad.Tests.Reading;

public class EncodingTests
{
    private const string Prose = "Moscow – Islamabad: “Druzhba” drills résumé.\r\nSecond line.";

    public static TheoryData<string, byte[]> WellFormedEncodings => new()
    {
        { "UTF-8 without a BOM", Encoding.UTF8.GetBytes(Prose) },
        { "UTF-8 with a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Prose)] },
        { "UTF-16 LE with a BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Prose)] },
        { "UTF-16 BE with a BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Prose)] },
        { "UTF-16 LE without a BOM", Encoding.Unicode.GetBytes(Prose) },
        { "UTF-16 BE without a BOM", Encoding.BigEndianUnicode.GetBytes(Prose) },
        { "UTF-32 LE with a BOM", [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(Prose)] },
    };

    [Theory]
    [MemberData(nameof(WellFormedEncodings))]
    public void Each_encoding_decodes_to_the_same_text_without_BOM_or_warnings(string encoding, byte[] bytes)
    {
        using var folder = new TempFolder();
        var document = ReadOne(folder.Write("article.txt", bytes)).Document;
        Assert.True(Prose == document.Text, $"{encoding} read as \"{document.Text}\"");
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Line_endings_are_kept_as_written_so_offsets_point_into_the_decoded_text()
    {
        using var folder = new TempFolder();
        var document = ReadOne(folder.Write("mixed.txt", "one\r\ntwo\nthree\rfour")).Document;
        Assert.Equal("one\r\ntwo\nthree\rfour", document.Text);
    }

    [Fact]
    public void Stray_invalid_bytes_in_UTF8_are_replaced_and_reported_by_byte_offset()
    {
        using var folder = new TempFolder();
        const string middle = " in Moscow – Rawalpindi “quoted” ";
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Café talks"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(middle), 0xC3, .. "end"u8];
        var document = ReadOne(folder.Write("broken.txt", bytes)).Document;

        Assert.Equal("Café talks\uFFFD\uFFFD" + middle + "\uFFFDend", document.Text);
        Assert.Equal(["invalid UTF-8 at byte 11: replaced 2 bytes", "invalid UTF-8 at byte 52: replaced 1 byte"], document.Warnings);
    }

    [Fact]
    public void Byte_offsets_in_warnings_count_the_BOM()
    {
        using var folder = new TempFolder();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab – c"u8, 0x80];
        var document = ReadOne(folder.Write("bom.txt", bytes)).Document;
        Assert.Equal("ab – c\uFFFD", document.Text);
        Assert.Equal(["invalid UTF-8 at byte 11: replaced 1 byte"], document.Warnings);
    }

    [Fact]
    public void More_invalid_sequences_than_valid_ones_mean_Windows_1252_despite_an_accidental_UTF8_pair()
    {
        using var folder = new TempFolder();
        // "Ã©" in Windows-1252 is C3 A9, which is also UTF-8 for "é"; the other accents are not UTF-8.
        byte[] bytes = [0xC3, 0xA9, .. " caf"u8, 0xE9, .. " na"u8, 0xEF, .. "ve "u8, 0xE0];
        var document = ReadOne(folder.Write("legacy.txt", bytes)).Document;
        Assert.Equal("Ã© café naïve à", document.Text);
    }

    [Fact]
    public void High_bytes_without_any_valid_UTF8_sequence_are_read_as_Windows_1252_with_a_warning()
    {
        using var folder = new TempFolder();
        // "Café – naïve ‘quotes’" in Windows-1252: é E9, – 96, ï EF, ‘ 91, ’ 92.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " "u8, 0x96, .. " na"u8, 0xEF, .. "ve "u8, 0x91, .. "quotes"u8, 0x92];
        var document = ReadOne(folder.Write("legacy.txt", bytes)).Document;
        Assert.Equal("Café – naïve ‘quotes’", document.Text);
        Assert.Equal(["not valid UTF-8: read as Windows-1252"], document.Warnings);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_follow_the_charset_the_page_declares()
    {
        using var folder = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Москва и Исламабад</p></body></html>";
        var document = ReadOne(folder.Write("ru.html", Encoding.GetEncoding(1251).GetBytes(html))).Document;
        Assert.Equal("Москва и Исламабад", document.Text);
        Assert.Equal(["not valid UTF-8: read as windows-1251, as the file declares"], document.Warnings);
    }

    [Fact]
    public void A_declared_charset_does_not_override_valid_UTF8()
    {
        using var folder = new TempFolder();
        var html = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><item><title>Москва</title></item></channel></rss>";
        var document = ReadOne(folder.Write("feed.xml", Encoding.UTF8.GetBytes(html))).Document;
        Assert.Equal("Москва", document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Many_invalid_runs_are_summed_up_after_the_first_ten()
    {
        using var folder = new TempFolder();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("ü"));
        for (var i = 0; i < 15; i++) { bytes.AddRange("word ü "u8.ToArray()); bytes.Add(0xFF); }
        var document = ReadOne(folder.Write("noisy.txt", bytes.ToArray())).Document;
        Assert.Equal(11, document.Warnings.Count);
        Assert.Equal("invalid UTF-8 in 5 more places: replaced 5 bytes", document.Warnings[^1]);
    }

    [Fact]
    public void HTML_in_UTF16_is_decoded_before_its_format_is_sniffed()
    {
        using var folder = new TempFolder();
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<html><body><p>Hello from Rawalpindi</p></body></html>")];
        var document = ReadOne(folder.Write("page.txt", bytes)).Document;
        Assert.Equal("Hello from Rawalpindi", document.Text);
        Assert.Equal("html", document.Metadata.Format);
    }
}
