using System.Buffers;
using System.Text;
using System.Text.Json;
using Dyad.Output;

namespace Dyad.Tests.Output;

public sealed class JsonTextTests
{
    private static string WrittenBy(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, DocumentRecordWriter.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("before", 1);
            write(json);
            json.WriteNumber("after", 2);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertWrittenAsTheWriterDoes(string value) =>
        Assert.Equal(WrittenBy(json => json.WriteString("text", value)), WrittenBy(json => JsonText.WriteString(json, "text", value)));

    [Theory]
    [InlineData("")]
    [InlineData("Talks on defence")]
    [InlineData("A \"quoted\" word, a back\\slash,\ta tab\nand lines\r\n\n")]
    [InlineData("£600m, café, “quotes”, Erdoğan’s — dash\u00A0and\u00ADsoft\u2028line\uFEFF")]
    [InlineData("emoji 😀 pair, lone \uD83D high, lone \uDE00 low, high at the end \uD83D")]
    public void Writes_a_string_as_the_writer_does(string value) => AssertWrittenAsTheWriterDoes(value);

    [Fact]
    public void Writes_every_character_of_the_basic_plane_as_the_writer_does()
    {
        var all = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++) all.Append('a').Append((char)c);
        AssertWrittenAsTheWriterDoes(all.ToString());
    }

    [Fact]
    public void Writes_random_text_as_the_writer_does()
    {
        const string alphabet = "ab \n\t\"\\<>&'+`é£’\u00AD\u2028\uD83D\uDE00\u0001\u007F";
        var random = new Random(11);
        for (var trial = 0; trial < 2000; trial++)
        {
            AssertWrittenAsTheWriterDoes(RandomText.Of(random, alphabet, 40));
        }
    }
}
