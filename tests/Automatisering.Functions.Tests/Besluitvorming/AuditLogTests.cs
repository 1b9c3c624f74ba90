using System.Text;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class AuditLogTests
{
    private static string Log(IEnumerable<AuditEntry> entries) => string.Concat(entries.Select(e => AuditLog.Serialize(e) + "\n"));

    private static string[] Regels(string log) => log.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Parse_SerializedChain_ReturnsSameEntriesAndValid()
    {
        var keten = AuditChainTests.Keten(5);

        var result = AuditLog.Parse(Log(keten));

        Assert.True(result.Verification.IsValid, result.Verification.Reason);
        Assert.Equal(keten, result.Entries);
    }

    [Fact]
    public void Serialize_Entry_IsCanonicalSingleLine()
    {
        var line = AuditLog.Serialize(AuditChainTests.Keten(1)[0]);

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("{\"seq\":1,\"actor\":\"stw-jbakker\",\"action\":\"paraaf\",", line);
        Assert.Contains("\"time\":\"2026-03-02T08:00:00.0000000Z\"", line);
        Assert.EndsWith($"\"hash\":\"{AuditChainTests.Keten(1)[0].Hash}\"}}", line);
    }

    [Fact]
    public void Parse_EmptyText_ValidWithoutEntries()
    {
        var result = AuditLog.Parse("");

        Assert.True(result.Verification.IsValid);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Parse_ValueChangedInThirdLine_ChangedAtIndexTwo()
    {
        var log = Log(AuditChainTests.Keten(5));
        var regels = Regels(log);
        regels[2] = regels[2].Replace("\"result\":\"ok\"", "\"result\":\"ik\"");

        var result = AuditLog.Parse(string.Join("\n", regels) + "\n");

        Assert.Equal((false, 2, AuditDefect.Changed), (result.Verification.IsValid, result.Verification.FirstInvalidIndex, result.Verification.Defect));
    }

    [Fact]
    public void Parse_LineBrokenInFourthLine_UnparseableAtIndexThreeWithEarlierEntries()
    {
        var regels = Regels(Log(AuditChainTests.Keten(5)));
        regels[3] = regels[3][..^1];

        var result = AuditLog.Parse(string.Join("\n", regels) + "\n");

        Assert.Equal((3, AuditDefect.Unparseable), (result.Verification.FirstInvalidIndex, result.Verification.Defect));
        Assert.Equal(3, result.Entries.Count);
    }

    [Fact]
    public void Parse_ExtraWhitespaceThatStillParses_ChangedAtThatIndex()
    {
        var regels = Regels(Log(AuditChainTests.Keten(3)));
        regels[1] = regels[1].Replace(",\"action\"", ", \"action\"");

        var result = AuditLog.Parse(string.Join("\n", regels) + "\n");

        Assert.Equal((1, AuditDefect.Changed), (result.Verification.FirstInvalidIndex, result.Verification.Defect));
    }

    [Fact]
    public void Parse_RemovedLine_RemovedAtThatIndex()
    {
        var regels = Regels(Log(AuditChainTests.Keten(5))).ToList();
        regels.RemoveAt(1);

        var result = AuditLog.Parse(string.Join("\n", regels) + "\n");

        Assert.Equal((1, AuditDefect.Removed), (result.Verification.FirstInvalidIndex, result.Verification.Defect));
    }

    [Fact]
    public void Parse_SwappedLines_ReorderedAtFirstSwappedIndex()
    {
        var regels = Regels(Log(AuditChainTests.Keten(5)));
        (regels[2], regels[3]) = (regels[3], regels[2]);

        var result = AuditLog.Parse(string.Join("\n", regels) + "\n");

        Assert.Equal((2, AuditDefect.Reordered), (result.Verification.FirstInvalidIndex, result.Verification.Defect));
    }

    /// <summary>Every single byte of the stored log matters: flipping any one of them makes the log invalid.</summary>
    [Fact]
    public void Parse_AnySingleByteChanged_Invalid()
    {
        var bytes = Encoding.UTF8.GetBytes(Log(AuditChainTests.Keten(4)));
        var gemist = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            var kopie = (byte[])bytes.Clone();
            kopie[i] = kopie[i] == (byte)'7' ? (byte)'8' : (byte)'7';
            if (AuditLog.Parse(Encoding.UTF8.GetString(kopie)).Verification.IsValid)
            {
                gemist.Add(i);
            }
        }

        Assert.Empty(gemist);
    }

    [Fact]
    public void Parse_ByteChangedInLine_ReportsThatLineIndex()
    {
        var log = Log(AuditChainTests.Keten(4));
        var regels = Regels(log);
        var offset = regels[0].Length + 1 + regels[1].Length + 1 + 40;
        var bytes = Encoding.UTF8.GetBytes(log);
        bytes[offset] ^= 0x01;

        var result = AuditLog.Parse(Encoding.UTF8.GetString(bytes));

        Assert.Equal(2, result.Verification.FirstInvalidIndex);
    }
}
