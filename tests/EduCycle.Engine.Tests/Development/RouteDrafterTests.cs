using EduCycle.Engine.Development;

namespace EduCycle.Engine.Tests.Development;

public sealed class RouteDrafterTests
{
    private const int Math = 1, Russian = 2;
    private static readonly DateOnly Day = new(2026, 10, 15);

    private static readonly RouteDeficit Assessment = new(10, CompetencyGroup.Methodical, "Формирующее оценивание", null);
    private static readonly RouteDeficit Differentiation = new(11, CompetencyGroup.Methodical, "Дифференцированное обучение", null);
    private static readonly RouteDeficit Geometry = new(20, CompetencyGroup.Subject, "Планиметрия", Math);
    private static readonly RouteDeficit Conflicts = new(30, CompetencyGroup.Communicative, "Разрешение конфликтов", null);

    private static readonly RouteTeacher UrbanMathTeacher = new([Math], RuralSchool: false);
    private static readonly RouteTeacher RuralMathTeacher = new([Math], RuralSchool: true);

    private static ProgrammeOption Programme(int id, int[] topics, int? subject = null, bool targeted = false, bool distance = false, bool offered = true) =>
        new(id, $"ДПП {id}", topics, subject, targeted, distance, offered);

    private static EventOption Event(int id, int[] topics, RouteItemKind kind = RouteItemKind.Seminar, int? subject = null, DateOnly? date = null) =>
        new(id, $"Мероприятие {id}", kind, topics, subject, date ?? Day);

    [Fact]
    public void Every_addressed_deficit_gets_an_item_and_one_nothing_addresses_is_uncovered()
    {
        var draft = RouteDrafter.Draft([Assessment, Geometry, Conflicts], UrbanMathTeacher,
            [Programme(1, [10]), Programme(2, [20], subject: Math)],
            [Event(7, [99])]);

        // Subject group (1) comes before methodical (2); the communicative deficit has no option at all.
        Assert.Collection(draft.Items,
            i => { Assert.Equal(2, i.ProgrammeId); Assert.Equal([Geometry], i.Deficits); },
            i => { Assert.Equal(1, i.ProgrammeId); Assert.Equal([Assessment], i.Deficits); });
        Assert.Equal([Conflicts], draft.Uncovered);
    }

    [Fact]
    public void A_targeted_programme_is_preferred_to_one_of_the_teachers_subject()
    {
        var draft = RouteDrafter.Draft([Geometry], UrbanMathTeacher,
            [Programme(1, [20], subject: Math), Programme(2, [20], targeted: true, subject: Russian)], []);
        Assert.Equal(2, Assert.Single(draft.Items).ProgrammeId);
    }

    [Fact]
    public void The_teachers_subject_comes_before_a_common_programme_and_that_before_another_subject()
    {
        var ownSubject = RouteDrafter.Draft([Assessment], UrbanMathTeacher,
            [Programme(1, [10], subject: Russian), Programme(2, [10]), Programme(3, [10], subject: Math)], []);
        Assert.Equal(3, Assert.Single(ownSubject.Items).ProgrammeId);

        var common = RouteDrafter.Draft([Assessment], UrbanMathTeacher,
            [Programme(1, [10], subject: Russian), Programme(2, [10])], []);
        Assert.Equal(2, Assert.Single(common.Items).ProgrammeId);
    }

    [Fact]
    public void The_distance_form_is_preferred_only_when_the_school_is_rural()
    {
        ProgrammeOption[] options = [Programme(1, [10]), Programme(2, [10], distance: true)];
        Assert.Equal(2, Assert.Single(RouteDrafter.Draft([Assessment], RuralMathTeacher, options, []).Items).ProgrammeId);
        Assert.Equal(1, Assert.Single(RouteDrafter.Draft([Assessment], UrbanMathTeacher, options, []).Items).ProgrammeId);
    }

    [Fact]
    public void Any_programme_comes_before_an_event_and_an_event_is_used_when_no_programme_addresses_the_topic()
    {
        var draft = RouteDrafter.Draft([Assessment, Conflicts], UrbanMathTeacher,
            [Programme(1, [10], subject: Russian)],
            [Event(5, [10], subject: Math), Event(6, [30], RouteItemKind.MasterClass)]);

        Assert.Collection(draft.Items,
            i => { Assert.Equal(RouteItemKind.Programme, i.Kind); Assert.Equal(1, i.ProgrammeId); Assert.Null(i.EventId); },
            i => { Assert.Equal(RouteItemKind.MasterClass, i.Kind); Assert.Equal(6, i.EventId); Assert.Equal(Day, i.Date); Assert.Equal([Conflicts], i.Deficits); });
        Assert.Empty(draft.Uncovered);
    }

    [Fact]
    public void Among_events_the_teachers_subject_then_the_earlier_date_wins()
    {
        var draft = RouteDrafter.Draft([Conflicts], UrbanMathTeacher, [],
            [Event(1, [30], date: Day), Event(2, [30], subject: Math, date: Day.AddDays(30)), Event(3, [30], subject: Math, date: Day.AddDays(3))]);
        Assert.Equal(3, Assert.Single(draft.Items).EventId);
    }

    [Fact]
    public void A_programme_not_offered_now_is_never_drafted()
    {
        var draft = RouteDrafter.Draft([Assessment], UrbanMathTeacher, [Programme(1, [10], targeted: true, offered: false)], []);
        Assert.Empty(draft.Items);
        Assert.Equal([Assessment], draft.Uncovered);
    }

    [Fact]
    public void An_option_covering_several_deficits_appears_once_with_all_of_them()
    {
        // Programme 2 covers both methodical deficits; programme 1 only one, equally preferred otherwise.
        var draft = RouteDrafter.Draft([Assessment, Differentiation], UrbanMathTeacher,
            [Programme(1, [11]), Programme(2, [10, 11])], []);

        var item = Assert.Single(draft.Items);
        Assert.Equal(2, item.ProgrammeId);
        Assert.Equal([Differentiation, Assessment], item.Deficits);
    }

    [Fact]
    public void A_preference_outweighs_wider_coverage()
    {
        var draft = RouteDrafter.Draft([Assessment, Differentiation], UrbanMathTeacher,
            [Programme(1, [11], targeted: true), Programme(2, [10, 11])], []);

        Assert.Collection(draft.Items,
            i => { Assert.Equal(1, i.ProgrammeId); Assert.Equal([Differentiation], i.Deficits); },
            i => { Assert.Equal(2, i.ProgrammeId); Assert.Equal([Assessment], i.Deficits); });
    }

    [Fact]
    public void The_draft_does_not_depend_on_the_order_of_its_inputs()
    {
        ProgrammeOption[] programmes = [Programme(1, [10]), Programme(2, [10]), Programme(3, [20])];
        EventOption[] events = [Event(4, [30]), Event(5, [30])];
        var first = RouteDrafter.Draft([Assessment, Geometry, Conflicts], UrbanMathTeacher, programmes, events);
        var second = RouteDrafter.Draft([Conflicts, Geometry, Assessment], UrbanMathTeacher, programmes.Reverse(), events.Reverse());

        Assert.Equal(first.Items.Select(i => (i.ProgrammeId, i.EventId)), second.Items.Select(i => (i.ProgrammeId, i.EventId)));
        Assert.Equal([(3, (int?)null), (1, null), (null, 4)], first.Items.Select(i => (i.ProgrammeId, i.EventId)));
    }

    [Fact]
    public void No_deficits_make_an_empty_draft()
    {
        var draft = RouteDrafter.Draft([], UrbanMathTeacher, [Programme(1, [10])], [Event(2, [10])]);
        Assert.Empty(draft.Items);
        Assert.Empty(draft.Uncovered);
    }
}
