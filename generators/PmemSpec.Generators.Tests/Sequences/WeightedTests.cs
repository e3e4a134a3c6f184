using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Generators.Sequences;

namespace PmemSpec.Generators.Tests.Sequences;

public class WeightedTests
{
    private static readonly Rnd Seed = new(42, 7);

    [Fact]
    public void Pick_DrawsInProportionToTheWeights_AndNeverAZeroWeight()
    {
        var draws = Weighted.Pick((1, Gen.Constant('a')), (0, Gen.Constant('z')), (3, Gen.Constant('b'))).Sample(4000, Seed, 10);

        Assert.DoesNotContain('z', draws);
        Assert.InRange(draws.Count(c => c == 'b'), 2800, 3200);
    }

    [Fact]
    public void Build_BuildsOnlyTheGeneratorDrawn()
    {
        var built = new List<char>();
        Gen<char> Make(char c)
        {
            built.Add(c);
            return Gen.Constant(c);
        }

        var draws = Weighted.Build((1, () => Make('a')), (0, () => Make('z'))).Sample(50, Seed, 10);

        Assert.All(draws, c => Assert.Equal('a', c));
        Assert.DoesNotContain('z', built);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 2)]
    public void Pick_RejectsWeightsWithoutAPositiveTotal_OrNegative(int first, int second)
    {
        Assert.Throws<ArgumentException>(() => Weighted.Pick((first, Gen.Constant(1)), (second, Gen.Constant(2))));
    }
}
