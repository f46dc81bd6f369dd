using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>Python's round(x, 3) and repr(x); expected values are what CPython 3.11 prints.</summary>
public sealed class PythonFloatTests
{
    [Theory]
    [InlineData(0.9995, 1.0)]                 // stored a hair above the half: up
    [InlineData(0.9994999999999999, 0.999)]
    [InlineData(0.8885, 0.888)]               // stored a hair below the half: down
    [InlineData(0.1235, 0.123)]
    [InlineData(0.1245, 0.124)]
    [InlineData(0.0015, 0.002)]
    [InlineData(0.0025, 0.003)]
    [InlineData(0.0625, 0.062)]               // an exact half: to even
    [InlineData(0.0005, 0.001)]
    [InlineData(1.0 / 3, 0.333)]
    [InlineData(2.0 / 3, 0.667)]
    [InlineData(0.995, 0.995)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 1.0)]
    public void Round_to_three_places_rounds_the_exact_binary_value_half_to_even(double x, double expected) =>
        Assert.Equal(expected, PythonFloat.Round(x, 3));

    [Fact]
    public void Round_to_two_places_keeps_two_point_six_seven_five_below_the_half() =>
        Assert.Equal(2.67, PythonFloat.Round(2.675, 2));

    [Theory]
    [InlineData(0.971, "0.971")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(123.0, "123.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e22, "1e+22")]
    [InlineData(12345678901234567890.0, "1.2345678901234567e+19")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void Repr_prints_the_shortest_round_trip_form_as_python_does(double x, string expected) =>
        Assert.Equal(expected, PythonFloat.Repr(x));
}
