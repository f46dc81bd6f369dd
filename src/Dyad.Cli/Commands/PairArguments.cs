using System.CommandLine;
using Dyad.Knowledge;

namespace Dyad.Cli.Commands;

/// <summary>The two states a pair view is about: codes or names ('PAK RUS', 'Pakistan Russia').</summary>
internal sealed class PairArguments
{
    public Argument<CountryCode> A { get; } = new("a") { Description = "The first state (code or name).", CustomParser = CountryArgument.ParseOne };

    public Argument<CountryCode> B { get; } = new("b") { Description = "The second state (code or name).", CustomParser = CountryArgument.ParseOne };

    public void AddTo(Command command)
    {
        command.Arguments.Add(A);
        command.Arguments.Add(B);
    }

    public (CountryCode A, CountryCode B) Read(ParseResult parsed) => (parsed.GetValue(A), parsed.GetValue(B));
}
