using EduCycle.Engine.Instruments;

namespace EduCycle.Engine.Tests.Instruments;

public sealed class ResultRoundTripTests
{
    [Fact]
    public void A_stored_result_reads_back_equal_even_with_null_members_left_out()
    {
        var definition = InstrumentJson.ParseDefinition(File.ReadAllText(InstrumentFiles.Absolute("methodology/instruments/mms-young-teachers.v1.json")));
        var answers = Enumerable.Range(1, 11).Select(i => KeyValuePair.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)(i <= 6 ? 2 : 1)));
        var result = InstrumentScorer.Score(definition, InstrumentResponse.Of(definition, answers)).Result!;

        var read = InstrumentJson.ParseResult(InstrumentJson.Serialize(result));

        Assert.Equal(17m, read.Total);
        Assert.Equal("высокая эффективность деятельности муниципальных методических служб", read.Band);
        Assert.Equal(result.Items.Select(i => (i.Code, i.Points, i.Reached)), read.Items.Select(i => (i.Code, i.Points, i.Reached)));
        Assert.Null(read.Threshold);
    }
}
