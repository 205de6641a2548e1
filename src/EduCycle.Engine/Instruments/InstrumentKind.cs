namespace EduCycle.Engine.Instruments;

/// <summary>What kind of instrument a definition is (DOMAIN §3–§6, seed 004).</summary>
public enum InstrumentKind
{
    /// <summary>Scored checklist (чек-лист), e.g. the 2/1/0 checklists of municipal methodical services.</summary>
    Checklist,
    /// <summary>Expertise form (экспертиза), e.g. the 0/1/2 expertise of further-training programmes.</summary>
    Expertise,
    /// <summary>Self-assessment (самооценка), e.g. a school's transition programme.</summary>
    SelfAssessment,
    /// <summary>Questionnaire (анкета) with no total.</summary>
    Questionnaire,
    /// <summary>Criteria framework (критерии эффективности руководителя) with indicators and thresholds.</summary>
    Framework,
    /// <summary>Test (тест) with keyed questions and random variants.</summary>
    Test,
}

/// <summary>What an instrument assesses.</summary>
public enum AssessedSubject
{
    Organisation,
    Municipality,
    Person,
    Programme,
}
