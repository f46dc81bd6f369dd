using System.Text;
using Dyad.Documents;
using Dyad.Output;
using Dyad.Pipeline;

namespace Dyad.Tests.Output;

public sealed class DocumentRecordWriterTests
{
    [Fact]
    public void The_bytes_written_to_a_stream_are_the_record_line_and_a_newline_in_UTF_8()
    {
        var document = DefaultPipeline.Create().Process(new Document("talks.txt",
            "Talks in Moscow\n\nPakistan and Russia held talks in Moscow on 12 March 2019 about the Mi-35 deal — “in earnest”, said a £600m-minded café owner.\n"));
        using var stream = new MemoryStream();

        DocumentRecordWriter.WriteJsonLine(stream, document);
        DocumentRecordWriter.WriteJsonLine(stream, document);

        var line = DocumentRecordWriter.ToJsonLine(document);
        Assert.Equal(Encoding.UTF8.GetBytes(line + "\n" + line + "\n"), stream.ToArray());
    }
}
