using Dyad.Benchmarking;

namespace Dyad.Tests.Benchmarking;

public sealed class CompiledCodeTests
{
    [Fact]
    public void The_runtime_library_ships_ahead_of_time_compiled() =>
        Assert.True(CompiledCode.IsReadyToRun(typeof(object).Assembly.Location));

    [Fact]
    public void A_plain_build_of_dyad_is_compiled_just_in_time()
    {
        Assert.False(CompiledCode.IsReadyToRun(typeof(CompiledCode).Assembly.Location));
        Assert.Equal("JIT", CompiledCode.Describe());
    }

    [Fact]
    public void A_missing_file_is_not_ahead_of_time_code() =>
        Assert.False(CompiledCode.IsReadyToRun(Path.Combine(Path.GetTempPath(), "no-such-assembly.dll")));
}
