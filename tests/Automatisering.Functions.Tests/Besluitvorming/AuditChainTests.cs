using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    internal static List<AuditEntry> Keten(int aantal)
    {
        var entries = new List<AuditEntry>();
        AuditEntry? vorige = null;
        for (var i = 0; i < aantal; i++)
        {
            vorige = AuditChain.Append(
                vorige,
                i % 2 == 0 ? "stw-jbakker" : "timer",
                i % 2 == 0 ? "paraaf" : "herinnering",
                $"dossier/stw-{i / 2}",
                i == 3 ? AuditResult.Denied : AuditResult.Ok,
                i % 2 == 0 ? "203.0.113.7 Mozilla/5.0 (Financiën)" : "timer",
                Start.AddMinutes(i * 7).AddTicks(i),
                i % 2 == 0 ? new string((char)('a' + i), 64) : null);
            entries.Add(vorige);
        }

        return entries;
    }

    [Fact]
    public void Append_Chain_LinksSequenceAndPreviousHash()
    {
        var keten = Keten(3);

        Assert.Equal([1L, 2L, 3L], keten.Select(e => e.Sequence));
        Assert.Equal(AuditChain.GenesisHash, keten[0].PreviousHash);
        Assert.Equal(keten[0].Hash, keten[1].PreviousHash);
        Assert.Equal(keten[1].Hash, keten[2].PreviousHash);
        Assert.All(keten, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.Equal(TimeSpan.Zero, keten[0].Time.Offset);
    }

    [Fact]
    public void Append_MissingActor_ArgumentExceptionNamingField()
    {
        var ex = Assert.Throws<ArgumentException>(() => AuditChain.Append(null, " ", "paraaf", "dossier/1", AuditResult.Ok, "timer", Start));
        Assert.Equal("actor", ex.ParamName);
    }

    [Fact]
    public void Verify_IntactChain_Valid()
    {
        Assert.Equal(AuditVerification.Valid, AuditChain.Verify(Keten(6)));
        Assert.True(AuditChain.Verify([]).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    public void Verify_ChangedField_ChangedAtThatIndex(int index)
    {
        var keten = Keten(6);
        keten[index] = keten[index] with { Result = AuditResult.Ok == keten[index].Result ? AuditResult.Denied : AuditResult.Ok };

        var result = AuditChain.Verify(keten);

        Assert.Equal((false, index, AuditDefect.Changed), (result.IsValid, result.FirstInvalidIndex, result.Defect));
    }

    [Fact]
    public void Verify_EntryRewrittenWithRecomputedHash_ChangedAtThatIndex()
    {
        var keten = Keten(6);
        var herschreven = keten[2] with { Actor = "iemand-anders" };
        keten[2] = herschreven with { Hash = AuditChain.ComputeHash(herschreven) };

        var result = AuditChain.Verify(keten);

        Assert.Equal((2, AuditDefect.Changed), (result.FirstInvalidIndex, result.Defect));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void Verify_RemovedEntry_RemovedAtIndexWhereItWas(int index)
    {
        var keten = Keten(6);
        keten.RemoveAt(index);

        var result = AuditChain.Verify(keten);

        Assert.Equal((index, AuditDefect.Removed), (result.FirstInvalidIndex, result.Defect));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void Verify_SwappedNeighbours_ReorderedAtFirstSwappedIndex(int index)
    {
        var keten = Keten(6);
        (keten[index], keten[index + 1]) = (keten[index + 1], keten[index]);

        var result = AuditChain.Verify(keten);

        Assert.Equal((index, AuditDefect.Reordered), (result.FirstInvalidIndex, result.Defect));
    }

    [Fact]
    public void Verify_LastEntryRemovedWithKnownHead_Truncated()
    {
        var keten = Keten(6);
        var kop = keten[^1].Hash;
        keten.RemoveAt(5);

        Assert.True(AuditChain.Verify(keten).IsValid);
        var result = AuditChain.Verify(keten, kop);
        Assert.Equal((5, AuditDefect.Truncated), (result.FirstInvalidIndex, result.Defect));
        Assert.True(AuditChain.Verify(Keten(6), kop).IsValid);
    }
}
