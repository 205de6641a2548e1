using EduCycle.Engine.Instruments;
using FsCheck;
using FsCheck.Fluent;

namespace EduCycle.Engine.Tests.Instruments;

/// <summary>A random valid definition of scale, yes/no and +/− items with random valid answers and the points each answer is worth.</summary>
public sealed record FilledInstrument(InstrumentDefinition Definition, IReadOnlyList<(string Code, object Answer, decimal Points)> Answers)
{
    public InstrumentResponse Response => Build.Answers(Definition, [.. Answers.Select(a => (a.Code, (object?)a.Answer))]);

    public override string ToString() =>
        $"{InstrumentJson.Serialize(Definition)}{Environment.NewLine}answers: {string.Join(", ", Answers.Select(a => $"{a.Code}={a.Answer}"))}";
}

/// <summary>Random bands: ends from 0..20 or open, every band from ≤ to, distinct labels.</summary>
public sealed record RandomBands(IReadOnlyList<Band> Bands)
{
    public override string ToString() => string.Join("; ", Bands);
}

/// <summary>Two filled responses to one definition whose bands cover 0..maximum.</summary>
public sealed record BandedPair(FilledInstrument First, FilledInstrument Second)
{
    public override string ToString() => $"{First}{Environment.NewLine}second: {string.Join(", ", Second.Answers.Select(a => $"{a.Code}={a.Answer}"))}";
}

/// <summary>A filled response in which the scale item <see cref="Code"/> is answered with <see cref="Value"/>, not a point of its scale.</summary>
public sealed record OutOfScaleAnswer(FilledInstrument Filled, string Code, decimal Value)
{
    public override string ToString() => $"{Filled}{Environment.NewLine}{Code} = {Value}";
}

/// <summary>FsCheck generators of instruments and answers for the property tests.</summary>
public static class InstrumentGenerators
{
    private static readonly Gen<IReadOnlyList<ScalePoint>> ScaleGen =
        Gen.SubListOf(Enumerable.Range(0, 6).Select(v => (decimal)v)).Where(values => values.Count > 0)
            .Select(values => (IReadOnlyList<ScalePoint>)[.. values.Select(v => new ScalePoint { Value = v, Label = $"балл {v}" })]);

    private static Gen<Item> ItemGen(int scales) =>
        from kind in Gen.Choose(0, 2)
        from scale in Gen.Choose(0, scales - 1)
        from first in Gen.Choose(0, 3)
        from second in Gen.Choose(0, 3)
        from required in Gen.Elements(true, false)
        select kind switch
        {
            0 => (Item)new ScaleItem { Code = "", Scale = $"s{scale}", Required = required },
            1 => new YesNoItem { Code = "", Required = required, Points = new YesNoPoints { Yes = first, No = second } },
            _ => new PlusMinusItem { Code = "", Required = required, Points = new PlusMinusPoints { Plus = first, Minus = second } },
        };

    public static Gen<InstrumentDefinition> DefinitionGen =>
        from scaleCount in Gen.Choose(1, 3)
        from scales in ScaleGen.ListOf(scaleCount)
        from sectionCount in Gen.Choose(1, 3)
        from sections in Gen.Choose(1, 6).SelectMany(n => ItemGen(scaleCount).ListOf(n)).ListOf(sectionCount)
        select Build.Instrument([.. sections.Select((items, s) => Build.Section($"{s + 1}", [.. items.Select((item, i) => item with { Code = $"{s + 1}.{i + 1}" })]))]) with
        {
            Scales = scales.Select((points, i) => (points, i)).ToDictionary(p => $"s{p.i}", p => p.points),
        };

    /// <summary>Valid answers: an optional item may be left out; each answer carries the points it is worth.</summary>
    public static Gen<FilledInstrument> Filled(InstrumentDefinition definition) =>
        Gen.CollectToList(definition.AllItems(), item => AnswerGen(definition, item))
            .Select(answers => new FilledInstrument(definition, [.. answers.OfType<(string, object, decimal)>()]));

    private static Gen<(string, object, decimal)?> AnswerGen(InstrumentDefinition definition, Item item)
    {
        var answer = item switch
        {
            ScaleItem s => Gen.Elements(definition.FindScale(s.Scale)!.Select(p => p.Value).ToArray()).Select(v => ((object)v, v)),
            YesNoItem y => Gen.Elements(((object)true, y.Points.Yes), (false, y.Points.No)),
            PlusMinusItem p => Gen.Elements(((object)"+", p.Points.Plus), ("-", p.Points.Minus), ("−", p.Points.Minus)),
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        };
        var given = answer.Select(a => ((string, object, decimal)?)(item.Code, a.Item1, a.Item2));
        return item.Required ? given : Gen.Frequency((4, given), (1, Gen.Constant<(string, object, decimal)?>(null)));
    }

    /// <summary>Bands that cover 0..maximum without gaps or overlaps, cut at random totals, ends randomly open.</summary>
    public static Gen<IReadOnlyList<Band>> CoveringBands(decimal maximum) =>
        from cuts in Gen.SubListOf(Enumerable.Range(1, (int)maximum).Select(c => (decimal)c))
        from openBottom in Gen.Elements(true, false)
        from openTop in Gen.Elements(true, false)
        let starts = cuts.Order().Prepend(0m).ToList()
        select (IReadOnlyList<Band>)[.. starts.Select((start, i) => new Band
        {
            From = i == 0 && openBottom ? null : start,
            To = i == starts.Count - 1 ? (openTop ? null : maximum) : starts[i + 1] - 1,
            Label = $"уровень {i}",
        })];

    public static Arbitrary<FilledInstrument> FilledInstrumentArb() => DefinitionGen.SelectMany(Filled).ToArbitrary();

    public static Arbitrary<RandomBands> RandomBandsArb() =>
        (from count in Gen.Choose(2, 4)
         from ends in (from a in Gen.Choose(0, 20) from b in Gen.Choose(0, 20) from openFrom in Gen.Choose(0, 5) from openTo in Gen.Choose(0, 5)
                       select (From: openFrom == 0 ? (decimal?)null : Math.Min(a, b), To: openTo == 0 ? (decimal?)null : Math.Max(a, b))).ListOf(count)
         select new RandomBands([.. ends.Select((e, i) => new Band { From = e.From, To = e.To, Label = $"уровень {i}" })])).ToArbitrary();

    public static Arbitrary<BandedPair> BandedPairArb() =>
        (from definition in DefinitionGen
         from bands in CoveringBands(InstrumentBounds.Total(definition).Max)
         let banded = definition with { Scoring = new Scoring { Bands = bands } }
         from first in Filled(banded)
         from second in Filled(banded)
         select new BandedPair(first, second)).ToArbitrary();

    public static Arbitrary<OutOfScaleAnswer> OutOfScaleAnswerArb() =>
        (from filled in DefinitionGen.Where(d => d.AllItems().OfType<ScaleItem>().Any()).SelectMany(Filled)
         from item in Gen.Elements(filled.Definition.AllItems().OfType<ScaleItem>().ToArray())
         from value in Gen.Choose(-20, 40).Select(v => v / 2m)
         where filled.Definition.FindScale(item.Scale)!.All(p => p.Value != value)
         select new OutOfScaleAnswer(filled, item.Code, value)).ToArbitrary();
}
