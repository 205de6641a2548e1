namespace EduCycle.Engine.Instruments;

/// <summary>
/// Random test variants by the instrument's draw rules (the cadre-reserve test structure of seed 004:
/// 45 questions — Constitution 5, education law 15, regional charter 5, anti-corruption 5, Russian 10, …).
/// </summary>
/// <remarks>
/// For each rule in order, <c>count</c> distinct test questions of the section are drawn by a partial
/// Fisher–Yates shuffle driven by SplitMix64 seeded with <c>seed</c>, so a seed gives the same variant on
/// every machine and runtime. Drawn questions keep their order in the bank.
/// </remarks>
public static class TestVariants
{
    public static TestVariant Draw(InstrumentDefinition instrument, int seed)
    {
        var problems = InstrumentValidation.Validate(instrument).Where(p => p.IsError).ToList();
        if (problems.Count > 0) throw new InstrumentException(instrument.Code, problems);
        if (instrument.Draw.Count == 0) throw new ArgumentException($"Инструмент «{instrument.Code}» не задаёт правил выборки вопросов (draw).", nameof(instrument));

        var random = new SplitMix64((ulong)(uint)seed);
        var drawn = new HashSet<string>();
        foreach (var rule in instrument.Draw)
        {
            var questions = instrument.FindSection(rule.Section)!.Items.OfType<TestQuestionItem>().ToArray();
            for (var i = 0; i < rule.Count; i++)
            {
                var j = i + (int)random.Below((ulong)(questions.Length - i));
                (questions[i], questions[j]) = (questions[j], questions[i]);
                drawn.Add(questions[i].Code);
            }
        }
        var drawnSections = instrument.Draw.Select(d => d.Section).ToHashSet();
        var definition = instrument with { Sections = [.. instrument.Sections.Select(s => Keep(s, drawnSections, drawn))], Draw = [] };
        return new TestVariant(seed, [.. definition.AllItems().OfType<TestQuestionItem>().Select(q => q.Code)], definition);
    }

    private static Section Keep(Section section, HashSet<string> drawnSections, HashSet<string> drawn) => section with
    {
        Items = drawnSections.Contains(section.Code) ? [.. section.Items.Where(i => i is not TestQuestionItem || drawn.Contains(i.Code))] : section.Items,
        Sections = [.. section.Sections.Select(s => Keep(s, drawnSections, drawn))],
    };

    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        private ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Uniform in [0, bound) by rejection, without modulo bias.</summary>
        public ulong Below(ulong bound)
        {
            var limit = ulong.MaxValue - ulong.MaxValue % bound;
            ulong value;
            do value = Next(); while (value >= limit);
            return value % bound;
        }
    }
}

/// <summary>A drawn variant: the seed, the drawn question codes, and the definition reduced to them —
/// score a variant's response against <see cref="Definition"/>, whose maximum is the drawn questions' points.</summary>
public sealed record TestVariant(int Seed, IReadOnlyList<string> QuestionCodes, InstrumentDefinition Definition);
