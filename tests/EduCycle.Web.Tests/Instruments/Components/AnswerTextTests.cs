using System.Text.Json;
using EduCycle.Engine.Instruments;
using EduCycle.Web.Features.Instruments.Components;

namespace EduCycle.Web.Tests.Instruments.Components;

public sealed class AnswerTextTests
{
    private static readonly InstrumentDefinition Sample = InstrumentJson.ParseDefinition("""
        {
          "code": "sample", "version": 1, "validFrom": "2024-09-01", "name": "Образец", "kind": "checklist", "subject": "organisation",
          "scales": {
            "s210": [ { "value": 2, "label": "соответствует" }, { "value": 1, "label": "частично" }, { "value": 0, "label": "не соответствует" } ],
            "hml": [ { "value": 3, "label": "высокая", "code": "high" }, { "value": 1, "label": "низкая", "code": "low" } ]
          },
          "sections": [ { "code": "1", "title": "Раздел", "items": [
            { "code": "s", "kind": "scale", "scale": "s210" },
            { "code": "y", "kind": "yesNo" },
            { "code": "p", "kind": "plusMinus" },
            { "code": "n", "kind": "number", "unit": "%" },
            { "code": "one", "kind": "single", "options": [ { "code": "a", "text": "первый" }, { "code": "b", "text": "второй" } ], "allowOther": true },
            { "code": "many", "kind": "multiple", "options": [ { "code": "a", "text": "первый" }, { "code": "b", "text": "второй" }, { "code": "c", "text": "третий" } ], "allowOther": true },
            { "code": "l", "kind": "likert", "scale": "hml", "rows": [ { "code": "r1", "text": "Актуальность" }, { "code": "r2", "text": "Оснащённость" } ] },
            { "code": "t", "kind": "text" },
            { "code": "q", "kind": "testQuestion", "options": [ { "code": "a", "text": "да" }, { "code": "b", "text": "нет" } ], "key": "b" }
          ] } ]
        }
        """);

    private static string Show(string code, string json) =>
        AnswerText.Of(Sample, Sample.AllItems().Single(i => i.Code == code), JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData("s", "1", "частично")]
    [InlineData("s", "2.0", "соответствует")]
    [InlineData("s", "3", "3")]
    [InlineData("y", "true", "да")]
    [InlineData("y", "false", "нет")]
    [InlineData("p", "\"+\"", "+")]
    [InlineData("p", "\"-\"", "−")]
    [InlineData("n", "87.5", "87,5 %")]
    [InlineData("one", "\"b\"", "второй")]
    [InlineData("one", "{\"other\": \"свой вариант\"}", "другое: свой вариант")]
    [InlineData("many", "[\"c\", {\"other\": \"ещё\"}, \"a\"]", "первый; третий; другое: ещё")]
    [InlineData("many", "[]", "—")]
    [InlineData("l", "{\"r1\": \"high\", \"r2\": 1}", "Актуальность — высокая; Оснащённость — низкая")]
    [InlineData("t", "\"замечаний нет\"", "замечаний нет")]
    [InlineData("t", "\"  \"", "—")]
    [InlineData("q", "\"a\"", "да")]
    [InlineData("s", "null", "—")]
    public void An_answer_reads_as_russian_text(string item, string json, string expected) =>
        Assert.Equal(expected, Show(item, json));

    [Fact]
    public void An_unanswered_item_is_a_dash() =>
        Assert.Equal("—", AnswerText.Of(Sample, Sample.AllItems().First(), new Dictionary<string, JsonElement>()));

    [Fact]
    public void The_same_answer_written_differently_is_no_difference()
    {
        var first = Parse("""{ "s": 2, "many": ["a", "c"], "l": { "r1": "high" } }""");
        var second = Parse("""{ "s": 2.0, "many": ["c", "a"], "l": { "r1": "высокая" }, "y": true }""");

        Assert.Equal(["y"], AnswerDifferences.Of(Sample, first, second));
    }

    private static Dictionary<string, JsonElement> Parse(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
