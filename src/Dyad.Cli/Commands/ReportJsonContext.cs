using System.Text.Json.Serialization;
using Dyad.Benchmarking;

namespace Dyad.Cli.Commands;

/// <summary>
/// The JSON reports the commands print (<c>dyad bench --json</c>, <c>dyad eval --timeml --json</c>), their serializers
/// written at compile time: a NativeAOT build cannot make them by reflection. Each command binds its own options.
/// </summary>
[JsonSerializable(typeof(BenchReport))]
[JsonSerializable(typeof(TimeMLReport.Summary))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
