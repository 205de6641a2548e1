using EduCycle.Engine.Cycle;

namespace EduCycle.Web.Features.Cycle.Recommendations;

/// <summary>
/// A targeted recommendation («адресная рекомендация») of a cycle, answering its findings, addressed to one
/// addressee: the heads of one organisation (or of every organisation of the cycle's territory when no organisation is
/// named), a municipality's methodical service, a community, or the teachers of an organisation.
/// </summary>
public sealed class Recommendation
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int? TemplateId { get; set; }
    public AddresseeKind AddresseeKind { get; set; }
    public int? AddresseeOrganisationId { get; set; }
    public int? AddresseeMunicipalityId { get; set; }
    public int? AddresseeCommunityId { get; set; }
    /// <summary>The addressee as printed («Руководителям образовательных организаций Ленинского района»).</summary>
    public required string AddresseeName { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public RecommendationState State { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public string? WithdrawReason { get; set; }
    public List<RecommendationFinding> Findings { get; set; } = [];
    public List<RecommendationAcknowledgement> Acknowledgements { get; set; } = [];
}

public sealed class RecommendationFinding
{
    public int RecommendationId { get; set; }
    public int FindingId { get; set; }
}

/// <summary>An addressee's mark that the recommendation was read («ознакомлен»).</summary>
public sealed class RecommendationAcknowledgement
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime At { get; set; }
    public string? Comment { get; set; }
}
